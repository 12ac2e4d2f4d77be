package dev.tablebook.engine.classpath;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The compiler's view of the class path for cells: the JVM's class path (the kernel: one jar, or
 * {@code target/classes} and dependency jars in tests) with the classes of packages that
 * {@link CellClassPolicy} hides left out, so a cell that names them fails to compile rather than to
 * run, plus every jar or folder users add, in full.
 */
final class CellFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> implements StandardJavaFileManager {
  private final UserEntries userEntries;

  /** The standard file manager, less what cells may not see; {@code userEntries} are seen in full. */
  CellFileManager(StandardJavaFileManager standard, UserEntries userEntries) {
    super(standard);
    this.userEntries = userEntries;
  }

  /** The jars and folders users added, as the URI prefixes of the files the compiler reads from them. */
  static final class UserEntries {
    private final List<String> prefixes = new CopyOnWriteArrayList<>();

    /** Marks {@code entry} (a jar or class folder) as the user's; call it before the entry joins the class path. */
    void add(Path entry) {
      String uri = entry.toUri().toString();
      prefixes.add(uri.endsWith("/") ? uri : "jar:" + uri + "!/");
    }

    boolean contain(String fileUri) {
      for (String prefix : prefixes) {
        if (fileUri.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
      throws IOException {
    Iterable<JavaFileObject> files = super.list(location, packageName, kinds, recurse);
    if (location != StandardLocation.CLASS_PATH || !recurse && CellClassPolicy.isVisiblePackage(packageName)) {
      return files;
    }
    List<JavaFileObject> kept = new ArrayList<>();
    for (JavaFileObject file : files) {
      if (isVisible(location, file)) {
        kept.add(file);
      }
    }
    return kept;
  }

  @Override
  public JavaFileObject getJavaFileForInput(Location location, String className, JavaFileObject.Kind kind) throws IOException {
    JavaFileObject file = super.getJavaFileForInput(location, className, kind);
    return file == null || location != StandardLocation.CLASS_PATH || isVisible(location, file) ? file : null;
  }

  /** Whether the compiler may see {@code file}: it is the user's, or in a package cells see. */
  private boolean isVisible(Location location, JavaFileObject file) {
    if (userEntries.contain(file.toUri().toString())) {
      return true;
    }
    String binaryName = inferBinaryName(location, file);
    int dot = binaryName == null ? -1 : binaryName.lastIndexOf('.');
    return binaryName != null && CellClassPolicy.isVisiblePackage(dot < 0 ? "" : binaryName.substring(0, dot));
  }

  // StandardJavaFileManager: everything else is the standard file manager's

  @Override
  public boolean isSameFile(FileObject a, FileObject b) {
    return fileManager.isSameFile(a, b);
  }

  @Override
  public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
    return fileManager.getJavaFileObjectsFromFiles(files);
  }

  @Override
  public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
    return fileManager.getJavaFileObjectsFromPaths(paths);
  }

  @Override
  public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
    return fileManager.getJavaFileObjects(files);
  }

  @Override
  public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
    return fileManager.getJavaFileObjects(paths);
  }

  @Override
  public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
    return fileManager.getJavaFileObjectsFromStrings(names);
  }

  @Override
  public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
    return fileManager.getJavaFileObjects(names);
  }

  @Override
  public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
    fileManager.setLocation(location, files);
  }

  @Override
  public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
    fileManager.setLocationFromPaths(location, paths);
  }

  @Override
  public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths) throws IOException {
    fileManager.setLocationForModule(location, moduleName, paths);
  }

  @Override
  public Iterable<? extends File> getLocation(Location location) {
    return fileManager.getLocation(location);
  }

  @Override
  public Iterable<? extends Path> getLocationAsPaths(Location location) {
    return fileManager.getLocationAsPaths(location);
  }

  @Override
  public Path asPath(FileObject file) {
    return fileManager.asPath(file);
  }

  @Override
  public void setPathFactory(PathFactory factory) {
    fileManager.setPathFactory(factory);
  }
}

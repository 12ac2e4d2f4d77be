package dev.tablebook.engine.classpath;

import java.nio.file.Path;
import java.util.Optional;
import javax.tools.StandardJavaFileManager;
import jdk.jshell.execution.LoaderDelegate;

/**
 * What cells compile against and load their classes from: the part of the kernel's class path that
 * {@link CellClassPolicy} shows them, plus the jars and folders users add. The one type of this
 * package the engine calls; one per JShell session.
 *
 * @since 0.2
 */
public final class CellClassPath {
  private final CellLoaderDelegate loader;
  private final CellFileManager.UserEntries userEntries = new CellFileManager.UserEntries();

  /** The class path of a session in a kernel whose classes {@code kernel} loads. */
  public CellClassPath(ClassLoader kernel) {
    this.loader = new CellLoaderDelegate(new CellParentLoader(kernel));
  }

  /** How JShell's execution engine loads cell classes. */
  public LoaderDelegate loaderDelegate() {
    return loader;
  }

  /** The loader of cell classes and of the jars users add. */
  public ClassLoader cellLoader() {
    return loader.loader();
  }

  /** The compiler's file manager for cells, over JShell's {@code standard} one: it hides what cells may not see. */
  public StandardJavaFileManager fileManager(StandardJavaFileManager standard) {
    return new CellFileManager(standard, userEntries);
  }

  /** Marks {@code entry} (a jar or class folder) as the user's: seen in full; call it before the entry joins the class path. */
  public void addUserEntry(Path entry) {
    userEntries.add(entry);
  }

  /**
   * The version of {@code groupId:artifactId} that cells already see from the kernel, when it is one of
   * the libraries the kernel keeps for them.
   */
  public static Optional<String> keptVersion(String groupId, String artifactId) {
    return CellClassPolicy.keptVersion(groupId, artifactId);
  }
}

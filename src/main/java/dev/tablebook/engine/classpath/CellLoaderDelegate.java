package dev.tablebook.engine.classpath;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads cells' classes for JShell's in-process execution, as JShell's own default delegate does, but
 * under {@link CellParentLoader}: a class is looked up in the JDK and the visible part of the kernel,
 * then among the classes JShell compiled and in the jars and folders users added (in that order).
 * So a user's library wins over the kernel's hidden copy of it, and cells never see the rest.
 */
final class CellLoaderDelegate implements LoaderDelegate {
  private final CellClassLoader loader;
  private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

  /** A delegate whose cells see what {@code parent} shows them, and the jars added later. */
  CellLoaderDelegate(ClassLoader parent) {
    this.loader = new CellClassLoader(parent);
  }

  /** The loader of cell classes and of the jars users add. */
  ClassLoader loader() {
    return loader;
  }

  @Override
  public void load(ClassBytecodes[] classes) throws ClassInstallException {
    boolean[] installed = new boolean[classes.length];
    try {
      for (ClassBytecodes c : classes) {
        loader.declare(c.name(), c.bytecodes());
      }
      for (int i = 0; i < classes.length; i++) {
        Class<?> type = loader.loadClass(classes[i].name());
        loaded.put(classes[i].name(), type);
        installed[i] = true;
        type.getDeclaredMethods(); // links the class now, so a missing dependency fails the load, as in JShell
      }
    } catch (Throwable e) {
      throw new ClassInstallException("load: " + e.getMessage(), installed);
    }
  }

  @Override
  public void classesRedefined(ClassBytecodes[] classes) {
    for (ClassBytecodes c : classes) {
      loader.declare(c.name(), c.bytecodes());
    }
  }

  @Override
  public void addToClasspath(String path) throws InternalException {
    try {
      for (String entry : path.split(java.io.File.pathSeparator)) {
        loader.add(Path.of(entry).toUri().toURL());
      }
    } catch (MalformedURLException | RuntimeException e) {
      throw new InternalException(e.toString());
    }
  }

  @Override
  public Class<?> findClass(String name) throws ClassNotFoundException {
    Class<?> type = loaded.get(name);
    if (type == null) {
      throw new ClassNotFoundException(name + " not found");
    }
    return type;
  }

  /** Defines the classes JShell compiled from their bytes, and reads the added jars. */
  private static final class CellClassLoader extends URLClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final Map<String, byte[]> classFiles = new ConcurrentHashMap<>();

    CellClassLoader(ClassLoader parent) {
      super("tablebook-cells", new URL[0], parent);
    }

    void declare(String className, byte[] bytes) {
      classFiles.put(className.replace('.', '/') + ".class", bytes);
    }

    void add(URL url) {
      addURL(url);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classFiles.get(name.replace('.', '/') + ".class");
      return bytes == null ? super.findClass(name) : defineClass(name, bytes, 0, bytes.length, (CodeSource) null);
    }

    @Override
    public URL findResource(String name) {
      byte[] bytes = classFiles.get(name);
      return bytes == null ? super.findResource(name) : classFileUrl(name, bytes);
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
      byte[] bytes = classFiles.get(name);
      if (bytes == null) {
        return super.findResources(name);
      }
      List<URL> urls = new ArrayList<>(Collections.list(super.findResources(name)));
      urls.add(classFileUrl(name, bytes));
      return Collections.enumeration(urls);
    }

    /** A {@code jshell:} URL that reads a compiled cell class, for libraries that read class files. */
    private static URL classFileUrl(String name, byte[] bytes) {
      try {
        return new URL("jshell", null, -1, "/" + name, new URLStreamHandler() {
          @Override
          protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
              @Override
              public void connect() {
                connected = true;
              }

              @Override
              public InputStream getInputStream() {
                return new ByteArrayInputStream(bytes);
              }

              @Override
              public long getContentLengthLong() {
                return bytes.length;
              }
            };
          }
        });
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}

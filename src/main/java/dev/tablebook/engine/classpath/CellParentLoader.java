package dev.tablebook.engine.classpath;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shows cells the JDK and the part of the kernel's class loader that {@link CellClassPolicy} makes
 * visible, and nothing else: the parent of the loader of cell classes and of the jars users add.
 * A hidden class is not found here, so the cells' loader finds it in the user's jars or not at all.
 * The few library classes {@link CellRedirects} changes for notebooks are defined here, from the
 * kernel's class files, so cells get the changed class and the kernel keeps its own.
 */
final class CellParentLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  /** Packages of the JDK's modules, including those the application class loader defines (jdk.jshell, ...). */
  private static final Set<String> JDK_PACKAGES = ModuleLayer.boot().modules().stream()
      .flatMap(module -> module.getPackages().stream()).collect(Collectors.toUnmodifiableSet());

  private final ClassLoader kernel;

  /** A view of {@code kernel}, the loader of the kernel's own classes and libraries. */
  CellParentLoader(ClassLoader kernel) {
    super("tablebook-cell-parent", ClassLoader.getPlatformClassLoader());
    this.kernel = kernel;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    if (CellRedirects.isRedirected(name)) {
      byte[] classFile = CellRedirects.classFile(name, kernel);
      return defineClass(name, classFile, 0, classFile.length);
    }
    int dot = name.lastIndexOf('.');
    if (CellClassPolicy.isVisibleWhenRunning(name) || dot > 0 && JDK_PACKAGES.contains(name.substring(0, dot))) {
      return kernel.loadClass(name);
    }
    throw new ClassNotFoundException(name);
  }

  @Override
  protected URL findResource(String name) {
    return CellClassPolicy.isVisibleResource(name) ? kernel.getResource(name) : null;
  }

  @Override
  protected Enumeration<URL> findResources(String name) throws IOException {
    return CellClassPolicy.isVisibleResource(name) ? kernel.getResources(name) : Collections.emptyEnumeration();
  }
}

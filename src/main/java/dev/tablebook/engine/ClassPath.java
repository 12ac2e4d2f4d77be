package dev.tablebook.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path the JVM runs with, as the compiler of cells needs it: {@code java.class.path}
 * plus the jars that manifest {@code Class-Path} attributes name (test runners and launchers
 * often start the JVM with a single manifest-only jar).
 */
final class ClassPath {
  private ClassPath() {}

  static Set<Path> ofThisJvm() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        add(Path.of(entry).toAbsolutePath().normalize(), entries);
      }
    }
    return entries;
  }

  private static void add(Path entry, Set<Path> entries) {
    if (!Files.exists(entry) || !entries.add(entry) || !entry.toString().endsWith(".jar")) {
      return;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest manifest = jar.getManifest();
      String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (classPath == null) {
        return;
      }
      for (String item : classPath.trim().split("\\s+")) {
        Path resolved = item.startsWith("file:") ? Path.of(java.net.URI.create(item)) : entry.resolveSibling(item);
        add(resolved.toAbsolutePath().normalize(), entries);
      }
    } catch (IOException | IllegalArgumentException e) {
      // an unreadable jar adds nothing of its own
    }
  }
}

package dev.tablebook.jvm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A Java installation as a class-data archive sees it, read from its files without starting it:
 * the {@code release} file's versions and the size and time of the JVM library, which together
 * name one build of the JVM.
 *
 * @param home the installation (the real path, links resolved)
 * @param version {@code JAVA_VERSION}, as {@code java.version} says it, such as 17.0.15
 * @param runtimeVersion {@code JAVA_RUNTIME_VERSION}, as {@code java.runtime.version} says it, such as
 *     17.0.15+6-Debian-1deb12u1 (the version when the release file does not say)
 * @param jvmLibrary "size mtime" of lib/server/libjvm (or its platform's name), empty when not found
 */
record JavaRuntime(Path home, String version, String runtimeVersion, String jvmLibrary) {
  private static final List<String> JVM_LIBRARIES = List.of("lib/server/libjvm.so", "lib/server/libjvm.dylib",
      "bin/server/jvm.dll");

  /** The installation of the {@code java} executable (bin/java), read from its release file. */
  static JavaRuntime of(Path java) throws IOException {
    Path home = java.toRealPath().getParent().getParent();
    Properties release = new Properties();
    try (InputStream in = Files.newInputStream(home.resolve("release"))) {
      release.load(in);
    }
    String version = unquote(release.getProperty("JAVA_VERSION", ""));
    if (version.isEmpty()) {
      throw new IOException(home.resolve("release") + " names no JAVA_VERSION");
    }
    String runtime = unquote(release.getProperty("JAVA_RUNTIME_VERSION", version));
    String library = "";
    for (String name : JVM_LIBRARIES) {
      Path file = home.resolve(name);
      if (Files.isRegularFile(file)) {
        library = FileStamp.of(file);
        break;
      }
    }
    return new JavaRuntime(home, version, runtime, library);
  }

  /** The feature release: 17 for 17.0.15, 25 for 25.0.3 (and 9 for a 1.8-style "1.8.0_402" it is not). */
  int feature() {
    String first = version.split("[.+-]", 2)[0];
    try {
      return Integer.parseInt(first);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Whether this Java makes an AOT cache in one training run ({@code -XX:AOTCacheOutput}, JEP 514). */
  boolean hasAotCache() {
    return feature() >= 25;
  }

  private static String unquote(String value) {
    String trimmed = value.strip();
    return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
        ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
  }
}

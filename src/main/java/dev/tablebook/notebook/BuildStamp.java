package dev.tablebook.notebook;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which build of Tablebook this JVM runs, for the execution cache: its version and the content of
 * its class path, not where it lies (a copy of the jar elsewhere, or a CI's other workspace, is the
 * same build). A jar is known by its ZIP directory ({@link JarStamp}: the build is reproducible, so
 * the same sources give the same one); a class folder (a development build) by its file count and
 * newest time.
 */
final class BuildStamp {
  private BuildStamp() {}

  /** This JVM's build: its version and a digest of its class path entries' stamps. */
  static String current() {
    String version = BuildStamp.class.getPackage().getImplementationVersion();
    var digest = InputFingerprints.newDigest();
    for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
      digest.update((stamp(Path.of(entry)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return (version == null ? "development" : version) + " " + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static String stamp(Path entry) {
    try {
      if (!Files.isDirectory(entry)) {
        return JarStamp.of(entry);
      }
      try (Stream<Path> files = Files.walk(entry)) {
        long[] countAndNewest = {0, 0};
        files.filter(Files::isRegularFile).forEach(file -> {
          countAndNewest[0]++;
          try {
            countAndNewest[1] = Math.max(countAndNewest[1], Files.getLastModifiedTime(file).toMillis());
          } catch (IOException e) {
            countAndNewest[1] = Long.MAX_VALUE; // unreadable: never matches a later stamp of a readable tree
          }
        });
        return "classes " + countAndNewest[0] + "@" + countAndNewest[1];
      }
    } catch (IOException | RuntimeException e) {
      return "unreadable " + entry;
    }
  }
}

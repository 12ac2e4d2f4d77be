package dev.tablebook.jvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a class-data archive was made for, kept in a small properties file next to it: the archive's
 * own size, time and checksum, the jar's path, size and time, and the Java it was made with. An archive is used
 * only while all of them still hold; a JVM given one that does not fit would ignore it anyway, but
 * only after trying to map it.
 */
record ArchiveRecord(String archive, String checksum, Path jar, String jarStamp, JavaRuntime java, String options, long makeMillis) {

  /** The record of {@code archiveFile} (the file next to it), if there is a readable one. */
  static Optional<ArchiveRecord> read(Path archiveFile) {
    Path file = fileOf(archiveFile);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      JavaRuntime java = new JavaRuntime(Path.of(p.getProperty("java.home", "")), p.getProperty("java.version", ""),
          p.getProperty("java.runtime.version", ""), p.getProperty("java.library", ""));
      return Optional.of(new ArchiveRecord(p.getProperty("archive", ""), p.getProperty("archive.crc32c", ""),
          Path.of(p.getProperty("jar", "")),
          p.getProperty("jar.stamp", ""), java, p.getProperty("options", ""),
          Long.parseLong(p.getProperty("make.millis", "0"))));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Writes this record next to {@code archiveFile}. */
  void write(Path archiveFile) throws IOException {
    Properties p = new Properties();
    p.setProperty("archive", archive);
    p.setProperty("archive.crc32c", checksum);
    p.setProperty("jar", jar.toString());
    p.setProperty("jar.stamp", jarStamp);
    p.setProperty("java.home", java.home().toString());
    p.setProperty("java.version", java.version());
    p.setProperty("java.runtime.version", java.runtimeVersion());
    p.setProperty("java.library", java.jvmLibrary());
    p.setProperty("options", options);
    p.setProperty("make.millis", Long.toString(makeMillis));
    StringWriter text = new StringWriter();
    try {
      p.store(text, "What the class-data archive next to this file was made for; it is used only while this holds.");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    dev.tablebook.io.AtomicFiles.write(fileOf(archiveFile), text.toString(), true);
  }

  /**
   * Why the archive {@code archiveFile} does not fit {@code jarFile} run by {@code runtime}, or empty
   * when it does. The JVM options it was made with are not compared: most options (heap size, the JIT)
   * leave an archive usable, and the JVM checks the ones that do not.
   */
  Optional<String> mismatch(Path archiveFile, Path jarFile, JavaRuntime runtime) {
    if (!FileStamp.orEmpty(archiveFile).equals(archive)) {
      return Optional.of("the archive file was changed or replaced after it was made");
    }
    if (!java.runtimeVersion().equals(runtime.runtimeVersion()) || !java.home().equals(runtime.home())) {
      return Optional.of("it was made for Java " + java.runtimeVersion() + " in " + java.home() + ", this is Java "
          + runtime.runtimeVersion() + " in " + runtime.home());
    }
    if (!java.jvmLibrary().equals(runtime.jvmLibrary())) {
      return Optional.of("the JVM in " + runtime.home() + " was replaced after the archive was made");
    }
    Path real;
    try {
      real = jarFile.toRealPath();
    } catch (IOException e) {
      return Optional.of("there is no jar at " + jarFile);
    }
    if (!real.equals(jar) || !FileStamp.orEmpty(real).equals(jarStamp)) {
      return Optional.of("it was made for another build of " + jar.getFileName());
    }
    return Optional.empty();
  }

  static Path fileOf(Path archiveFile) {
    return archiveFile.resolveSibling(archiveFile.getFileName() + ".properties");
  }
}

package dev.tablebook.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real archive, made once for a copy of the packaged jar and the Java running the tests (AppCDS on
 * 17, the AOT cache on 25), and child JVMs started with it: used when it fits; damaged, missing or
 * made for another build of the jar, a normal start with exactly one warning line on stderr. The
 * damaged copies are started with the stored options (as a kernelspec holds them), with which the
 * JVM checks the archive itself.
 */
class ClassDataArchiveIT {
  private static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final String WARNING = "tablebook: warning: not using the class-data archive ";

  @TempDir static Path dir;
  static Path jar;
  static Path archive;
  static List<String> options;
  static List<String> stored;

  record Started(int exit, String out, String err) {}

  @BeforeAll
  static void makeTheArchive() throws Exception {
    jar = Files.copy(JAR, dir.resolve("tablebook.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    ClassDataArchive.Made made = ClassDataArchive.make(JAVA, jar, List.of());
    archive = made.archive();
    options = ClassDataArchive.jvmOptionsFor(JAVA, jar);
    stored = ClassDataArchive.jvmOptionsToStore(JAVA, jar);
    assertTrue(!options.isEmpty(), "a fresh archive gives options");
    assertEquals(ClassDataArchive.argumentFile(stored),
        Files.readString(ClassDataArchive.argsFile(archive)), "the argument file holds the same options");
  }

  static Started start(List<String> jvmOptions, Path jarFile, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(JvmOptions.forCells(JAVA)); // as every JVM Tablebook starts, and the training, have
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jarFile.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish in 60 s: " + command);
    }
    return new Started(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The stored options with {@code other} for the archive: the same start, given another archive file. */
  static List<String> optionsFor(Path other) {
    return stored.stream().map(option -> option.replace(archive.toString(), other.toString())).toList();
  }

  static void assertNormalStartWithOneWarningLine(Started started, String what) {
    String said = what + ":\n" + started.out() + started.err();
    assertEquals(0, started.exit(), said);
    assertTrue(started.out().startsWith("tablebook "), said);
    String[] lines = started.err().split("\n");
    assertEquals(1, lines.length, said);
    assertTrue(lines[0].startsWith(WARNING), said);
  }

  @Test
  void aFittingArchiveIsUsedAndSaysNothing() throws Exception {
    for (List<String> given : List.of(options, stored)) {
      Started plain = start(given, jar, "--version");
      assertEquals(0, plain.exit(), plain.err());
      assertEquals("", plain.err());
      assertTrue(plain.out().startsWith("tablebook "), plain.out());
      List<String> logged = new ArrayList<>(given);
      logged.add("-Xlog:class+load=info");
      Started traced = start(logged, jar, "--version");
      assertTrue(traced.out().contains("dev.tablebook.cli.Main source: shared objects file"), "Main came from the archive");
    }
  }

  @Test
  void aDamagedArchiveStartsNormallyWithOneWarningLine() throws Exception {
    long size = Files.size(archive);
    for (long at : new long[] {0, 4096, size / 3, size / 2}) { // the header and the class regions
      assertNormalStartWithOneWarningLine(start(optionsFor(damagedCopy(at)), jar, "--version"), "damaged at " + at);
    }
  }

  @Test
  void anArchiveDamagedInItsHeapObjectsStartsNormallyOnJava17() throws Exception {
    // The archived heap objects are last; the JVM checks them apart and, when damaged, maps the classes only.
    long at = Files.size(archive) - 100_000;
    Started started = start(optionsFor(damagedCopy(at)), jar, "--version");
    if (Runtime.version().feature() >= 25) {
      // Java 25's AOT-linked classes need the archived heap: the JVM stops. jvmOptionsFor checks the
      // checksum first, so no JVM that Tablebook starts is given such an archive.
      assertEquals(1, started.exit(), started.out() + started.err());
      assertTrue((started.out() + started.err()).contains("Unable to use AOT cache"), started.out() + started.err());
      return;
    }
    if (!started.err().isEmpty()) {
      assertNormalStartWithOneWarningLine(started, "damaged at " + at);
    }
    assertEquals(0, started.exit(), started.err());
    assertTrue(started.out().startsWith("tablebook "), started.out());
  }

  /** A copy of the archive with 64 KB of noise at {@code at}. */
  private static Path damagedCopy(long at) throws IOException {
    Path damaged = copyOfArchive("damaged-at-" + at);
    try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
      byte[] noise = new byte[64 * 1024];
      new Random(at).nextBytes(noise);
      file.seek(at);
      file.write(noise, 0, (int) Math.min(noise.length, file.length() - at));
    }
    return damaged;
  }

  @Test
  void aTruncatedEmptyOrMissingArchiveStartsNormallyWithOneWarningLine() throws Exception {
    Path truncated = copyOfArchive("truncated");
    try (RandomAccessFile file = new RandomAccessFile(truncated.toFile(), "rw")) {
      file.setLength(Files.size(archive) / 2);
    }
    assertNormalStartWithOneWarningLine(start(optionsFor(truncated), jar, "--version"), "truncated");
    Path empty = Files.writeString(dir.resolve("empty.archive"), "");
    assertNormalStartWithOneWarningLine(start(optionsFor(empty), jar, "--version"), "empty");
    assertNormalStartWithOneWarningLine(start(optionsFor(dir.resolve("missing.archive")), jar, "--version"), "missing");
  }

  @Test
  void anArchiveOfAnotherBuildOfTheJarGivesNoOptionsAndStartsNormallyWithOneWarningLine() throws Exception {
    FileTime built = Files.getLastModifiedTime(jar);
    try {
      Files.setLastModifiedTime(jar, FileTime.fromMillis(built.toMillis() + 60_000)); // as a rebuild leaves it
      assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(JAVA, jar));
      Started started = start(stored, jar, "--version");
      assertNormalStartWithOneWarningLine(started, "a rebuilt jar");
      assertTrue(started.err().contains("it was made for another build of tablebook.jar"), started.err());
    } finally {
      Files.setLastModifiedTime(jar, built);
    }
    assertEquals(options, ClassDataArchive.jvmOptionsFor(JAVA, jar), "the same jar again: the archive fits again");
  }

  @Test
  void anotherJarGetsNoOptionsAndTheArchiveOfThisOneStartsItWithOneWarningLine() throws Exception {
    Path other = Files.copy(jar, Files.createDirectories(dir.resolve("other")).resolve("tablebook.jar"));
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(JAVA, other));
    assertNormalStartWithOneWarningLine(start(stored, other, "--version"), "another jar");
    assertNormalStartWithOneWarningLine(start(options, other, "--version"), "another jar, options of now");
  }

  @Test
  void makingAgainWhenTheArchiveFitsDoesNothing() throws Exception {
    FileTime made = Files.getLastModifiedTime(archive);
    ClassDataArchive.make(JAVA, jar, List.of());
    assertEquals(made, Files.getLastModifiedTime(archive));
  }

  private static Path copyOfArchive(String name) throws IOException {
    Path copy = dir.resolve(name + archive.getFileName().toString().replaceAll("^.*\\.", "."));
    Files.copy(archive, copy, StandardCopyOption.REPLACE_EXISTING);
    copy.toFile().setWritable(true);
    return copy;
  }
}

package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands killed with SIGKILL at random moments, as a crash or an impatient user would: each
 * file they write is afterwards either exactly as before or complete — never truncated. Writes that
 * cannot happen fail with a clear message and leave the original alone.
 */
class NothingLostIT {
  private static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();
  private static final Random RANDOM = new Random(20261128);
  /** How many times `run --in-place` is killed (CI's second JDK uses fewer: -Dtablebook.kills=10). */
  private static final int KILLS = Integer.getInteger("tablebook.kills", 50);
  private static final String NOTEBOOK = """
      {"cells": [
        {"cell_type": "code", "execution_count": null, "id": "a", "metadata": {}, "outputs": [],
         "source": ["for (int i = 0; i < 3; i++) System.out.println(\\"line \\" + i);"]},
        {"cell_type": "code", "execution_count": null, "id": "b", "metadata": {}, "outputs": [],
         "source": ["Thread.sleep(200); ArticleFacts.topCrudeSupplier(2023)"]},
        {"cell_type": "code", "execution_count": null, "id": "c", "metadata": {}, "outputs": [],
         "source": ["ArticleFacts.tradeTotals().rowCount()"]}
       ],
       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
      """;

  private static Process start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("output.log").toFile()).start();
  }

  /** Runs to the end and returns how long it took, in milliseconds. */
  private static long runWhole(Path dir, String... args) throws Exception {
    long start = System.nanoTime();
    Process process = start(dir, args);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
    assertEquals(0, process.exitValue(), Files.readString(dir.resolve("output.log")));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Starts the command and kills it with SIGKILL after a random part of {@code duration} (up to 120 %). */
  private static void killAtRandom(Path dir, long duration, String... args) throws Exception {
    Process process = start(dir, args);
    long delay = (long) (RANDOM.nextDouble() * duration * 1.2);
    if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void runInPlaceKilledManyTimesLeavesTheNotebookAsBeforeOrComplete(@TempDir Path dir) throws Exception {
    Path notebook = dir.resolve("killed.ipynb");
    byte[] before = NOTEBOOK.getBytes(StandardCharsets.UTF_8);
    Files.write(notebook, before);
    long duration = runWhole(dir, "run", "killed.ipynb", "--in-place", "--no-cache");
    byte[] complete = Files.readAllBytes(notebook);
    assertNotEquals(new String(before, StandardCharsets.UTF_8), new String(complete, StandardCharsets.UTF_8));
    int untouched = 0;
    int written = 0;
    for (int i = 0; i < KILLS; i++) {
      Files.write(notebook, before);
      killAtRandom(dir, duration, "run", "killed.ipynb", "--in-place", "--no-cache"); // kills while it executes, not a cache hit
      byte[] after = Files.readAllBytes(notebook);
      if (java.util.Arrays.equals(after, before)) {
        untouched++;
      } else {
        assertArrayEquals(complete, after, "kill " + i + ": the notebook is either as before or complete");
        written++;
      }
    }
    assertEquals(KILLS, untouched + written);
    assertTrue(untouched > 0, "some kills came before the write");
    runWhole(dir, "run", "killed.ipynb", "--in-place", "--no-cache");
    assertNothingLeftBehind(dir, "killed.ipynb"); // the write after the kills removed what they left
  }

  @Test
  void reportKilledTenTimesLeavesEveryPageWholeOrAbsent(@TempDir Path dir) throws Exception {
    Path notebook = dir.resolve("page.ipynb");
    Files.writeString(notebook, NOTEBOOK);
    runWhole(dir, "run", "page.ipynb", "--in-place", "--no-cache");
    Path out = dir.resolve("report");
    long duration = runWhole(dir, "report", "page.ipynb", "--out", out.toString());
    for (int i = 0; i < 10; i++) {
      deleteTree(out);
      killAtRandom(dir, duration, "report", "page.ipynb", "--out", out.toString());
      for (String page : List.of("index.html", "page.html")) {
        Path file = out.resolve(page);
        if (Files.exists(file)) {
          assertTrue(Files.readString(file).endsWith("</html>\n"), "kill " + i + ": " + page + " is complete");
        }
      }
    }
  }

  @Test
  void aWriteThatCannotHappenIsAClearErrorAndTheOriginalStays(@TempDir Path dir) throws Exception {
    Path notebook = dir.resolve("kept.ipynb");
    Files.writeString(notebook, NOTEBOOK);
    Path notADirectory = dir.resolve("plain-file");
    Files.writeString(notADirectory, "not a folder");
    Process process = start(dir, "run", "kept.ipynb", "--out", notADirectory.resolve("sub").toString());
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    String output = Files.readString(dir.resolve("output.log"));
    assertNotEquals(0, process.exitValue(), output);
    assertTrue(output.contains("plain-file"), "the message names the path: " + output);
    assertEquals(NOTEBOOK, Files.readString(notebook), "the notebook is untouched");
    assertEquals("not a folder", Files.readString(notADirectory));
  }

  @Test
  void aReadOnlyFolderIsAClearErrorAndTheOriginalStays(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("read-only");
    Files.createDirectories(folder);
    Path notebook = folder.resolve("kept.ipynb");
    Files.writeString(notebook, NOTEBOOK);
    Files.setPosixFilePermissions(notebook, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      // root writes anywhere: run as nobody so the folder's mode counts
      command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + dir, "-jar", JAR.toString(), "run", "kept.ipynb", "--in-place"));
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("output.log").toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    String output = Files.readString(dir.resolve("output.log"));
    assertNotEquals(0, process.exitValue(), output);
    assertTrue(output.contains("kept.ipynb"), "the message names the file: " + output);
    assertEquals(NOTEBOOK, Files.readString(notebook), "the notebook is untouched");
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(1, files.count(), "nothing else was written");
    }
  }

  private static void assertNothingLeftBehind(Path dir, String name) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String fileName = file.getFileName().toString();
        assertTrue(fileName.equals(name) || fileName.equals("output.log"), "left behind: " + fileName);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}

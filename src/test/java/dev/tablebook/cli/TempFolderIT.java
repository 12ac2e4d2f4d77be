package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tablebook run} leaves the temp folder as it found it: no DuckDB native library (72 MB, now
 * read from a cache folder that the next run reuses), no DuckDB spill folder, no Spark glue jar —
 * whether the notebook's JVM ends normally, is killed after its time limit, or halts. The runner and
 * its notebooks' JVMs get a temp folder of this test's own ({@code -Djava.io.tmpdir}), so its count
 * of entries is exact.
 */
class TempFolderIT {
  private static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();
  /**
   * A cell that no stop can end, on any Java: it opens a named pipe that no one will ever write, and
   * such an open waits in the kernel, where neither an interrupt, nor {@code Thread.stop} (Java 17),
   * nor JShell's checks in loops (Java 25) reach it. Its JVM is killed once the grace after its time
   * limit is over; the pipe is in its temp folder, and goes with it.
   */
  private static final String UNSTOPPABLE = "Path fifo = Files.createTempDirectory(\"fifo\").resolve(\"never-written\");\n"
      + "new ProcessBuilder(\"mkfifo\", fifo.toString()).start().waitFor();\n"
      + "new java.io.FileInputStream(fifo.toFile()).read();";

  @TempDir Path dir;
  private Path tmp;
  private Path cache;

  @BeforeEach
  void folders() throws IOException {
    tmp = Files.createDirectories(dir.resolve("tmp"));
    cache = Files.createDirectories(dir.resolve("cache"));
    Files.writeString(tmp.resolve("someone-elses.txt"), "not Tablebook's: left alone");
  }

  private Path notebook(String name, String... code) throws IOException {
    StringBuilder cells = new StringBuilder();
    for (int i = 0; i < code.length; i++) {
      cells.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c").append(i)
          .append("\", \"metadata\": {}, \"outputs\": [], \"source\": ").append(JsonNodeFactory.instance.textNode(code[i])).append("}");
    }
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"cells\": [" + cells + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
    return file;
  }

  private record Run(int exit, String output) {}

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "run", "--no-cache")); // each run executes: what it leaves is the point
    command.addAll(List.of(args));
    Path log = dir.resolve("run.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    Process process = builder.start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("tablebook run did not finish in 300 s: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private List<String> entries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static int closedPort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void sqlAndSparkLeaveNothingAndTheNativeLibraryIsExtractedOnceForAllRuns() throws Exception {
    Path notebook = notebook("sql.ipynb", "%%sql\nSELECT 42 AS answer", "%spark connect sc://127.0.0.1:" + closedPort());
    List<String> before = entries(tmp);
    Run first = run(notebook.toString(), "--allow-errors", "--out", "out");
    assertEquals(0, first.exit(), first.output());
    String executed = Files.readString(dir.resolve("out/sql.ipynb"));
    assertTrue(executed.contains("1 row × 1 column"), "the query ran: " + executed);
    assertTrue(executed.contains("cannot reach the Spark Connect server"), "the glue jar was extracted and used: " + executed);
    assertEquals(before, entries(tmp), "the temp folder is as it was");

    List<Path> libraries;
    try (Stream<Path> files = Files.walk(cache)) {
      libraries = files.filter(f -> f.getFileName().toString().startsWith("libduckdb_java")).toList();
    }
    assertEquals(1, libraries.size(), libraries.toString());
    Object extracted = Files.readAttributes(libraries.get(0), BasicFileAttributes.class).fileKey();
    Run second = run(notebook.toString(), "--allow-errors", "--out", "out");
    assertEquals(0, second.exit(), second.output());
    assertEquals(extracted, Files.readAttributes(libraries.get(0), BasicFileAttributes.class).fileKey(), "the same file, reused");
    assertEquals(before, entries(tmp));
  }

  @Test
  void aNotebookJvmKilledAfterItsTimeLimitLeavesNothing() throws Exception {
    Path notebook = notebook("stuck.ipynb", "%%sql\nSELECT 42 AS answer", UNSTOPPABLE);
    List<String> before = entries(tmp);
    Run run = run(notebook.toString(), "--timeout", "10", "--out", "out");
    assertEquals(1, run.exit(), run.output());
    assertTrue(run.output().contains("did not stop the cell within 60 s after its time limit and was killed"), run.output());
    assertEquals(before, entries(tmp), "the temp folder is as it was");
  }

  @Test
  void aRunnerKilledWhileItsNotebookRunsLeavesNothing() throws Exception {
    Path notebook = notebook("endless.ipynb", "%%sql\nSELECT 42 AS answer", UNSTOPPABLE);
    List<String> before = entries(tmp);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "run", notebook.toString(), "--out", "out");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    Process runner = builder.start();
    List<ProcessHandle> workers;
    try (java.io.BufferedReader lines = new java.io.BufferedReader(
        new java.io.InputStreamReader(runner.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder seen = new StringBuilder();
      String line;
      while ((line = lines.readLine()) != null && !line.contains("cell 1/2 done")) {
        seen.append(line).append('\n');
      }
      assertTrue(line != null, "the runner ended before the SQL cell was done: " + seen);
      workers = runner.descendants().toList(); // the notebook's JVM, in its endless cell, with DuckDB loaded
      assertTrue(!workers.isEmpty());
      runner.destroyForcibly(); // SIGKILL: the runner cannot clean up; its notebook's JVM must
      assertTrue(runner.waitFor(60, TimeUnit.SECONDS));
    }
    for (ProcessHandle worker : workers) {
      worker.onExit().get(60, TimeUnit.SECONDS); // it notices its runner's end, removes its temp folder, halts
    }
    assertEquals(before, entries(tmp), "the temp folder is as it was");
  }

  @Test
  void aNotebookJvmThatHaltsLeavesNothing() throws Exception {
    Path notebook = notebook("halts.ipynb", "%%sql\nSELECT 42 AS answer",
        "Class.forName(\"java.lang.Runtime\").getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 3);");
    List<String> before = entries(tmp);
    Run run = run(notebook.toString(), "--allow-errors", "--out", "out");
    assertEquals(1, run.exit(), run.output());
    assertTrue(run.output().contains("the notebook's JVM died while cell 2 ran"), run.output());
    assertEquals(before, entries(tmp), "the temp folder is as it was");
  }
}

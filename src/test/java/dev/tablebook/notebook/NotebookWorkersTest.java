package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each notebook in a JVM of its own, started in its folder: real child JVMs, on this test's class path. */
class NotebookWorkersTest {
  private static final NotebookRunner.Progress QUIET = (done, total, line, elapsed, failed) -> { };
  private static final ByteArrayOutputStream STRAY = new ByteArrayOutputStream();
  private static NotebookWorkers workers;
  @TempDir Path dir;

  @BeforeAll
  static void startWorkers() {
    workers = new NotebookWorkers(List.of("-XX:TieredStopAtLevel=1"), new PrintStream(STRAY, true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void closeWorkers() {
    workers.close();
  }

  private static Notebook notebook(String... code) throws NotebookFormatException {
    StringBuilder cells = new StringBuilder();
    for (int i = 0; i < code.length; i++) {
      cells.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c").append(i)
          .append("\", \"metadata\": {}, \"outputs\": [], \"source\": ")
          .append(JupyterJson.MAPPER.getNodeFactory().textNode(code[i])).append("}");
    }
    return Notebook.parse("w.ipynb", "{\"cells\": [" + cells + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
  }

  private static String value(NotebookRunner.Result result, int cell) {
    JsonNode outputs = result.notebook().cells().get(cell).outputs();
    StringBuilder text = new StringBuilder();
    outputs.forEach(output -> output.path("data").path("text/plain").forEach(line -> text.append(line.asText())));
    outputs.forEach(output -> output.path("text").forEach(line -> text.append(line.asText())));
    return text.toString();
  }

  @Test
  void aRelativePathInACellIsTheNotebooksFolderWhereverTheRunStarted() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("deep/analysis"));
    Files.writeString(folder.resolve("input.txt"), "read from the notebook's folder");
    NotebookRunner.Result result = workers.run(notebook("Files.readString(Path.of(\"input.txt\"))"), "w.ipynb", folder,
        NotebookRunner.Options.defaults(), QUIET);
    assertEquals("read from the notebook's folder", value(result, 0), result.notebook().toJson());
  }

  @Test
  void aNotebookWhoseJvmDiesGetsABannerNamingTheCellAndTheNextNotebookRuns() throws Exception {
    NotebookRunner.Result died = workers.run(notebook("int before = 1;",
        "Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 7);", "before"), "dies.ipynb", dir,
        NotebookRunner.Options.defaults(), QUIET);
    assertEquals(NotebookRunner.Outcome.DIED, died.outcome());
    assertEquals(2, died.failure().orElseThrow().cellNumber());
    assertEquals("DeadKernelError", died.failure().get().error().ename());
    assertTrue(died.failure().get().error().evalue().contains("exit code 7"), died.failure().get().error().evalue());
    List<Notebook.Cell> cells = died.notebook().cells();
    assertTrue(cells.get(0).source().startsWith("**Execution failed in cell 2**"), cells.get(0).source());
    assertEquals("DeadKernelError", cells.get(2).outputs().get(0).path("ename").asText(), "the running cell shows the error");
    assertEquals(0, cells.get(3).outputs().size(), "the cell after it did not run");
    assertEquals("2", value(workers.run(notebook("1 + 1"), "next.ipynb", dir, NotebookRunner.Options.defaults(), QUIET), 0));
  }

  @Test
  void aDeadJvmIsNotAFailedCellEvenWithErrorsAllowed() throws Exception {
    NotebookRunner.Options allowErrors = new NotebookRunner.Options(null, true, Map.of());
    NotebookRunner.Result failed = workers.run(notebook("int bad = 1 / 0;", "1 + 1"), "fails.ipynb", dir, allowErrors, QUIET);
    assertEquals(NotebookRunner.Outcome.CELLS_FAILED, failed.outcome());
    assertTrue(failed.passed(true) && !failed.passed(false));
    assertEquals(2, failed.cellsRun());
    assertEquals(1, failed.cellsFailed());
    NotebookRunner.Result died = workers.run(notebook("int bad = 1 / 0;",
        "Class.forName(\"java.lang.Runtime\").getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 3);", "1 + 1"),
        "dies.ipynb", dir, allowErrors, QUIET);
    assertEquals(NotebookRunner.Outcome.DIED, died.outcome());
    assertTrue(!died.passed(true) && !died.passed(false), "a dead notebook never passes");
    assertEquals(2, died.failure().orElseThrow().cellNumber(), "the cell that was running, not the first that failed");
    assertTrue(died.describe("dies.ipynb").startsWith("dies.ipynb: the notebook's JVM died while cell 2 ran\n"), died.describe("d"));
  }

  @Test
  void aWorkerWritesToATempFolderOfItsOwnThatGoesWithIt() throws Exception {
    for (String last : List.of("1 + 1", "Class.forName(\"java.lang.Runtime\").getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 3);")) {
      NotebookRunner.Result result = workers.run(notebook(
          "Path temp = Files.createTempFile(\"left\", \".tmp\"); Files.writeString(temp, \"x\"); System.out.print(temp.getParent())",
          "System.out.print(System.getenv(\"TMPDIR\"))", last), "temp.ipynb", dir, NotebookRunner.Options.defaults(), QUIET);
      int banner = result.outcome() == NotebookRunner.Outcome.DIED ? 1 : 0;
      Path folder = Path.of(value(result, banner));
      assertTrue(folder.getFileName().toString().startsWith("tablebook-" + ProcessHandle.current().pid() + "-"), result.notebook().toJson());
      assertEquals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath(), folder.getParent());
      assertEquals(folder.toString(), value(result, banner + 1), "programs the notebook starts get it as TMPDIR");
      assertTrue(!Files.exists(folder), "removed once the worker ended (" + result.outcome() + ")");
    }
  }

  @Test
  void twoNotebooksRunAtOnceShareNothing() throws Exception {
    Notebook sets = notebook("System.setProperty(\"tablebook.owner\", \"mine\")", "ProcessHandle.current().pid()");
    Notebook reads = notebook("System.getProperty(\"tablebook.owner\")", "ProcessHandle.current().pid()");
    NotebookRunner.Result first = workers.run(sets, "sets.ipynb", dir, NotebookRunner.Options.defaults(), QUIET);
    CompletableFuture<NotebookRunner.Result> second = CompletableFuture.supplyAsync(
        () -> workers.run(reads, "reads.ipynb", dir, NotebookRunner.Options.defaults(), QUIET));
    NotebookRunner.Result third = workers.run(reads, "reads-again.ipynb", dir, NotebookRunner.Options.defaults(), QUIET);
    assertEquals("null", value(second.join(), 0), "a property set by another notebook is not seen");
    assertEquals("null", value(third, 0));
    String runner = String.valueOf(ProcessHandle.current().pid());
    List<String> pids = List.of(value(first, 1), value(second.join(), 1), value(third, 1));
    assertEquals(3, pids.stream().distinct().count(), pids.toString());
    assertTrue(pids.stream().noneMatch(runner::equals), "no notebook runs in the runner's JVM");
  }

  @Test
  void aCellPastItsTimeLimitIsStoppedInsideTheWorker() throws Exception {
    NotebookRunner.Result result = workers.run(notebook("while (true) { }", "\"never\""), "spins.ipynb", dir,
        new NotebookRunner.Options(Duration.ofSeconds(1), false, Map.of()), QUIET);
    NotebookRunner.Failure failure = result.failure().orElseThrow();
    assertTrue(failure.timedOut(), failure.toString());
    assertEquals("TimeoutError", failure.error().ename());
  }

  @Test
  void aStartedAheadWorkerIsUsedByTheNotebookOfItsFolder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("ahead"));
    workers.prestart(folder);
    NotebookRunner.Result result = workers.run(notebook("Path.of(\"\").toAbsolutePath().toString()"), "ahead.ipynb", folder,
        NotebookRunner.Options.defaults(), QUIET);
    assertEquals(folder.toRealPath().toString(), Path.of(value(result, 0)).toRealPath().toString());
    assertNotEquals("", value(result, 0));
  }
}

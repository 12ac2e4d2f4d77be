package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookRunnerTest {
  private static final NotebookRunner.Progress QUIET = (done, total, line, elapsed, failed) -> { };

  private static Notebook notebook(String... codeCells) throws NotebookFormatException {
    StringBuilder cells = new StringBuilder();
    for (int i = 0; i < codeCells.length; i++) {
      String tags = codeCells[i].startsWith("int year") ? "[\"parameters\"]" : "[]";
      cells.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c").append(i)
          .append("\", \"metadata\": {\"tags\": ").append(tags).append("}, \"outputs\": [], \"source\": ")
          .append(JupyterJson.MAPPER.getNodeFactory().textNode(codeCells[i]).toString()).append("}");
    }
    return Notebook.parse("test.ipynb", "{\"cells\": [" + cells + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
  }

  @Test
  void cellsRunInOrderAndTheInputIsUntouched(@TempDir Path dir) throws Exception {
    Notebook input = notebook("int x = 20;", "System.out.print(\"a\");\nSystem.out.println(\"b\");\nx + 22");
    String before = input.toJson();
    NotebookRunner.Result result = NotebookRunner.run(input, dir, NotebookRunner.Options.defaults(), QUIET);
    assertEquals(before, input.toJson());
    assertTrue(result.failure().isEmpty());
    assertEquals(NotebookRunner.Outcome.COMPLETED, result.outcome());
    Notebook.Cell second = result.notebook().cells().get(1);
    assertEquals("[{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"ab\\n\"]},"
        + "{\"data\":{\"text/plain\":[\"42\"]},\"execution_count\":2,\"metadata\":{},\"output_type\":\"execute_result\"}]",
        JupyterJson.sorted(second.outputs()).toString());
  }

  @Test
  void aFailingCellStopsTheRunAndABannerPointsAtIt(@TempDir Path dir) throws Exception {
    NotebookRunner.Result result = NotebookRunner.run(notebook("int ok = 1;", "int bad = 1 / 0;", "System.out.println(\"never\");"),
        dir, NotebookRunner.Options.defaults(), QUIET);
    NotebookRunner.Failure failure = result.failure().orElseThrow();
    assertEquals(NotebookRunner.Outcome.CELLS_FAILED, result.outcome());
    assertEquals(2, failure.cellNumber());
    assertEquals("java.lang.ArithmeticException", failure.error().ename());
    List<Notebook.Cell> cells = result.notebook().cells();
    assertEquals(List.of(NotebookRunner.BANNER_TAG), cells.get(0).tags());
    assertTrue(cells.get(0).source().startsWith("**Execution failed in cell 2**"), cells.get(0).source());
    assertEquals("error", cells.get(2).outputs().get(0).path("output_type").asText());
    assertEquals(0, cells.get(3).outputs().size(), "nothing ran after the failure");
    assertTrue(result.describe("nb.ipynb").startsWith("nb.ipynb: cell 2 failed\n    | int bad = 1 / 0;\n  java.lang.ArithmeticException: / by zero"));
  }

  @Test
  void timingIsRecordedOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
    Notebook plain = NotebookRunner.run(notebook("1"), dir, NotebookRunner.Options.defaults(), QUIET).notebook();
    assertTrue(!plain.toJson().contains("cell_start"), "no volatile timestamps by default");
    Notebook timed = NotebookRunner.run(notebook("1"), dir, new NotebookRunner.Options(null, false, Map.of(), true), QUIET).notebook();
    assertTrue(timed.toJson().contains("\"tablebook.cell_start\": \"20"), timed.toJson());
  }

  @Test
  void allowErrorsRunsEveryCell(@TempDir Path dir) throws Exception {
    NotebookRunner.Result result = NotebookRunner.run(notebook("int bad = 1 / 0;", "\"after\""),
        dir, new NotebookRunner.Options(null, true, Map.of()), QUIET);
    assertEquals("after", result.notebook().cells().get(2).outputs().get(0).path("data").path("text/plain").get(0).asText());
  }

  @Test
  void aCellThatRunsTooLongIsInterruptedAndFails(@TempDir Path dir) throws Exception {
    NotebookRunner.Result result = NotebookRunner.run(notebook("while (true) { }", "\"never\""),
        dir, new NotebookRunner.Options(Duration.ofSeconds(1), false, Map.of()), QUIET);
    NotebookRunner.Failure failure = result.failure().orElseThrow();
    assertTrue(failure.timedOut());
    assertEquals("TimeoutError", failure.error().ename());
  }

  @Test
  void parametersAreInjectedTypedAfterTheParametersCell(@TempDir Path dir) throws Exception {
    Notebook input = notebook("int year = 2023;\nString supplier = \"Russia\";\nLocalDate day = LocalDate.of(2024, 5, 16);",
        "supplier + \" \" + year + \" \" + day");
    Map<String, String> values = Map.of("year", "2022", "supplier", "Saudi \"Arabia\"", "day", "2024-05-17");
    NotebookRunner.Result result = NotebookRunner.run(input, dir, new NotebookRunner.Options(null, false, values), QUIET);
    List<Notebook.Cell> cells = result.notebook().cells();
    assertEquals(List.of(Parameters.INJECTED_TAG), cells.get(1).tags());
    assertEquals("Saudi \"Arabia\" 2022 2024-05-17", cells.get(2).outputs().get(0).path("data").path("text/plain").get(0).asText());
    NotebookRunner.Result again = NotebookRunner.run(result.notebook(), dir, new NotebookRunner.Options(null, false, Map.of("year", "2021")), QUIET);
    assertEquals(1, again.notebook().cells().stream().filter(c -> c.tags().contains(Parameters.INJECTED_TAG)).count(),
        "a second run replaces the injected cell");
  }

  @Test
  void aParameterValueThatDoesNotFitIsAnErrorBeforeAnythingRuns() throws Exception {
    Notebook input = notebook("int year = 2023;", "year");
    assertEquals("parameter year is declared int, and \"twenty\" is not an int (a whole number from -2147483648 to 2147483647)",
        assertThrows(IllegalArgumentException.class, () -> Parameters.inject(input, Map.of("year", "twenty"))).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Parameters.inject(input, Map.of("month", "5")))
        .getMessage().startsWith("unknown parameter \"month\"; the parameters cell declares: year"));
  }

  @Test
  void theRunCommandWritesThePartialNotebookAndExitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fails.ipynb");
    Files.writeString(file, notebook("int a = 1;", "throw new IllegalStateException(\"stop here\");", "int b = 2;").toJson());
    String original = Files.readString(file);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, exit);
    assertTrue(err.toString().contains("fails.ipynb: cell 2 failed\n    | throw new IllegalStateException(\"stop here\");"), err.toString());
    assertTrue(err.toString().contains("java.lang.IllegalStateException: stop here"), err.toString());
    assertTrue(Files.readString(dir.resolve("out/fails.ipynb")).contains("Execution failed in cell 2"));
    assertEquals(original, Files.readString(file), "the input is untouched without --in-place");
  }
}

package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookVerifierTest {

  private static Notebook notebook(String tagsJson, String... code) throws NotebookFormatException {
    StringBuilder cells = new StringBuilder();
    for (int i = 0; i < code.length; i++) {
      cells.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c").append(i)
          .append("\", \"metadata\": {\"tags\": ").append(i == code.length - 1 ? tagsJson : "[]")
          .append("}, \"outputs\": [], \"source\": ").append(JupyterJson.MAPPER.getNodeFactory().textNode(code[i])).append("}");
    }
    return Notebook.parse("v.ipynb", "{\"cells\": [" + cells + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
  }

  private static Notebook executed(Notebook notebook, Path dir) {
    return NotebookRunner.run(notebook, dir, NotebookRunner.Options.defaults(), (d, t, l, e, f) -> { }).notebook();
  }

  /** One code cell with these outputs (JSON array text). */
  private static Notebook withOutputs(String outputs) throws NotebookFormatException {
    return Notebook.parse("o.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"id\": \"c\", \"metadata\": {},"
        + " \"outputs\": " + outputs + ", \"source\": \"x\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
  }

  @Test
  void outputsCompareAsJupyterSavesThem() throws Exception {
    Notebook saved = withOutputs("[{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"a\\nb\\n\"},"
        + " {\"output_type\": \"execute_result\", \"execution_count\": 1, \"metadata\": {},"
        + " \"data\": {\"text/html\": \"<b>x</b>\", \"text/plain\": \"x\"}}]");
    Notebook ran = withOutputs("[{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"a\\n\"},"
        + " {\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"b\\n\"},"
        + " {\"output_type\": \"execute_result\", \"execution_count\": 1, \"metadata\": {},"
        + " \"data\": {\"text/plain\": \"x\", \"text/html\": \"<b>x</b>\"}}]");
    assertTrue(NotebookVerifier.compare(saved, ran, OutputNormalizer.standard()).get(0).matches(),
        "text cut into two messages, MIME types in another order: the same outputs");
  }

  /** One display_data output of {@code data} (a JSON object's members). */
  private static Notebook display(String data) throws NotebookFormatException {
    return withOutputs("[{\"output_type\": \"display_data\", \"metadata\": {}, \"data\": {" + data + "}}]");
  }

  @Test
  void imagesCompareByTypeNotContentSvgToo() throws Exception {
    String svg = "\"image/svg+xml\": \"<svg><text font-family=\\\"%s\\\">Q1</text><path d=\\\"M0 %s\\\"/></svg>\"";
    Notebook saved = display(String.format(svg, "DejaVu Sans", "0h12.5") + ", \"image/png\": \"iVBORw0KGgo=\", \"image/jpeg\": \"/9j/4A==\","
        + " \"text/plain\": \"Chart\"");
    Notebook ran = display(String.format(svg, "Liberation Sans", "0h13.25") + ", \"image/png\": \"iVBORw0KGgoAAAA=\","
        + " \"image/jpeg\": \"/9j/4B==\", \"text/plain\": \"Chart\"");
    NotebookVerifier.CellVerdict verdict = NotebookVerifier.compare(saved, ran, OutputNormalizer.standard()).get(0);
    assertTrue(verdict.matches(), "drawn with other fonts, the same images: " + verdict.difference());
  }

  @Test
  void aMissingOrExtraImageIsADifferenceThatNamesItsType() throws Exception {
    Notebook saved = display("\"image/svg+xml\": \"<svg/>\", \"text/plain\": \"Chart\"");
    NotebookVerifier.CellVerdict missing = NotebookVerifier.compare(saved, display("\"text/plain\": \"Chart\""),
        OutputNormalizer.standard()).get(0);
    assertEquals("  output 1 (missing image/svg+xml):\n    - display_data\n    - image/svg+xml: (an image)\n    - text/plain: Chart\n"
        + "    + display_data\n    + text/plain: Chart\n", missing.difference());
    NotebookVerifier.CellVerdict changed = NotebookVerifier.compare(saved,
        display("\"image/png\": \"iVBORw0KGgo=\", \"text/plain\": \"Chart\""), OutputNormalizer.standard()).get(0);
    assertTrue(changed.difference().startsWith("  output 1 (missing image/svg+xml; extra image/png):\n"), changed.difference());
    NotebookVerifier.CellVerdict gone = NotebookVerifier.compare(saved, withOutputs("[]"), OutputNormalizer.standard()).get(0);
    assertTrue(gone.difference().startsWith("  output 1 (missing: the run has no such output):\n    - display_data\n"),
        gone.difference());
  }

  @Test
  void anErrorThatMovedIsADifference() throws Exception {
    String error = "[{\"output_type\": \"error\", \"ename\": \"CompilationException\", \"evalue\": \"cannot find symbol\","
        + " \"traceback\": [\"In [1], line %d, column 1: cannot find symbol\"]}]";
    NotebookVerifier.CellVerdict verdict = NotebookVerifier.compare(withOutputs(String.format(error, 2)),
        withOutputs(String.format(error, 3)), OutputNormalizer.standard()).get(0);
    assertTrue(verdict.difference().contains("- In [1], line 2") && verdict.difference().contains("+ In [1], line 3"),
        verdict.difference());
  }

  @Test
  void anExecutedNotebookVerifiesDespiteVolatileOutput(@TempDir Path dir) throws Exception {
    Notebook committed = executed(notebook("[]", "Object o = new Object();\nSystem.out.println(o);",
        "%time int x = 1;", "Path v = Files.createTempFile(\"v\", \".txt\");\nSystem.out.println(v);\nFiles.delete(v);"), dir);
    List<NotebookVerifier.CellVerdict> verdicts = NotebookVerifier.verify(committed, dir, OutputNormalizer.standard());
    assertEquals(3, verdicts.size());
    assertTrue(verdicts.stream().allMatch(NotebookVerifier.CellVerdict::matches), verdicts.toString());
  }

  @Test
  void aChangedValueInADatasetIsCaught(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("datasets"));
    try (Stream<Path> files = Files.list(Path.of("datasets"))) {
      for (Path file : files.toList()) {
        Files.copy(file, data.resolve(file.getFileName()));
      }
    }
    Notebook committed = executed(notebook("[]", "Table trade = Datasets.open(Path.of(\"" + data + "\")).table(\"trade_totals\");\n"
        + "trade.where(trade.intColumn(\"year\").isEqualTo(2023)).doubleColumn(\"total_usd_bn\").get(0)"), dir);
    assertTrue(NotebookVerifier.verify(committed, dir, OutputNormalizer.standard()).get(0).matches());
    Path csv = data.resolve("trade_totals.csv");
    Files.writeString(csv, Files.readString(csv).replace("2023,240.11,", "2023,241.11,"));
    NotebookVerifier.CellVerdict verdict = NotebookVerifier.verify(committed, dir, OutputNormalizer.standard()).get(0);
    assertEquals("  output 1:\n    - execute_result\n    - text/plain: 240.11\n    + execute_result\n    + text/plain: 241.11\n",
        verdict.difference());
  }

  @Test
  void taggedCellsAreSkippedOrNotCompared(@TempDir Path dir) throws Exception {
    Notebook committed = executed(notebook("[\"ignore-output\"]", "1", "System.nanoTime()"), dir);
    List<NotebookVerifier.CellVerdict> verdicts = NotebookVerifier.verify(committed, dir, OutputNormalizer.standard());
    assertTrue(verdicts.get(1).skipped() && verdicts.get(1).matches());
    Notebook skipped = executed(notebook("[\"nbval-skip\"]", "2", "System.exit(1);"), dir);
    assertTrue(NotebookVerifier.verify(skipped, dir, OutputNormalizer.standard()).stream().allMatch(NotebookVerifier.CellVerdict::matches));
  }

  @Test
  void sanitizersAddTheirOwnRules(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("sanitize.txt");
    Files.writeString(rules, "# run ids\nrun-[0-9]+ => run-N\n");
    OutputNormalizer normalizer = OutputNormalizer.withSanitizers(rules);
    assertEquals("run-N at @HASH took Wall time: DURATION", normalizer.normalize("run-42 at @1b6d3586 took Wall time: 12.5 ms"));
    Files.writeString(rules, "no arrow here\n");
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> OutputNormalizer.withSanitizers(rules)).getMessage().endsWith("sanitize.txt:1: expected REGEX => REPLACEMENT"));
  }

  @Test
  void theVerifyCommandPrintsADiffExitsOneAndWritesJunitXml(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("stale.ipynb");
    Notebook committed = executed(notebook("[]", "int n = 2;", "n * 21"), dir);
    Files.writeString(file, committed.toJson().replace("\"42\"", "\"41\""));
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = dev.tablebook.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
        "verify", file.toString(), "--junit", dir.resolve("junit.xml").toString());
    assertEquals(1, exit);
    assertTrue(err.toString().contains("stale.ipynb: cell 2 differs (n * 21)\n  output 1:\n    - execute_result\n    - text/plain: 41"),
        err.toString());
    String xml = Files.readString(dir.resolve("junit.xml"));
    assertTrue(xml.contains("tests=\"2\" failures=\"1\""), xml);
  }
}

package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String fixture(String name) throws URISyntaxException {
    return Path.of(MainTest.class.getResource("/packages/" + name + "/datapackage.json").toURI()).getParent().toString();
  }

  @Test
  void listShowsEveryResourceWithItsRows() {
    assertEquals(0, run("datasets", "list"));
    assertTrue(out.toString().contains("trade_totals             13    trade_totals.csv"), out.toString());
    assertTrue(out.toString().contains("article                  file  article.txt"), out.toString());
  }

  @Test
  void showPrintsATableInTheChosenFormat() {
    assertEquals(0, run("datasets", "show", "crude_oil_import_totals", "--format", "csv"));
    assertTrue(out.toString().startsWith("year,total_mt,yoy_pct,volume_bpd,source_url,note\n2022,508.28,-0.9,,"),
        out.toString());
  }

  @Test
  void anUnknownTableOrFormatIsAUsageErrorThatListsTheChoices() {
    assertEquals(2, run("datasets", "show", "trade"));
    assertTrue(err.toString().contains("no table \"trade\" in the data package; tables: article_sentences, trade_totals"),
        err.toString());
    assertEquals(2, run("datasets", "show", "events", "--format", "xml"));
    assertTrue(err.toString().contains("unknown format \"xml\"; use text, csv, json or markdown"), err.toString());
  }

  @Test
  void validateOfTheProjectPackageSucceeds() {
    assertEquals(0, run("datasets", "validate"));
    assertEquals("datasets: valid (8 resources, 7 tables, 67 rows)\n", out.toString());
  }

  @Test
  void validateOfABrokenPackageListsEveryProblemAndExitsOne() throws URISyntaxException {
    assertEquals(1, run("datasets", "validate", fixture("broken")));
    String report = err.toString();
    assertTrue(report.contains("trade_totals.csv:7:3 total_usd_bn: \"24o.11\" is not a number"), report);
    assertTrue(report.endsWith("13 problems\n"), report);
  }

  @Test
  void showOfABrokenTableExitsOneWithItsProblems() throws URISyntaxException {
    assertEquals(1, run("datasets", "--dir", fixture("broken"), "show", "trade_totals"));
    assertTrue(err.toString().startsWith("13 problems in the data package:\n"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] command : new String[][] {{}, {"datasets"}, {"datasets", "list"}, {"datasets", "show"},
        {"datasets", "validate"}}) {
      out.getBuffer().setLength(0);
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      assertEquals(0, run(args), String.join(" ", args));
      assertTrue(out.toString().startsWith("Usage: tablebook"), out.toString());
    }
  }

  @Test
  void theKernelCommandParsedOnItsOwnReadsAsInTheWholeCommandTree() {
    picocli.CommandLine whole = Main.wholeCommandLine().getSubcommands().get("kernel");
    assertEquals(whole.getUsageMessage(), Main.kernelCommandLine().getUsageMessage());
    assertEquals(0, run("kernel", "--help"));
    assertEquals(whole.getUsageMessage(), out.toString());
    assertEquals(2, run("kernel"));
    assertTrue(err.toString().startsWith("Missing required option: '--connection-file=FILE'\nUsage: tablebook kernel"),
        err.toString());
  }

  @Test
  void hiddenCommandsAreNotListed() {
    assertEquals(0, run("--help"));
    assertTrue(!out.toString().contains("train") && !out.toString().contains("class-data"), out.toString());
  }

  @Test
  void verifyWritesTheNotebooksAsTheyRanOnlyIntoItsOutputFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path folder = java.nio.file.Files.createDirectories(dir.resolve("deep").resolve("notebooks"));
    Path notebook = folder.resolve("..").resolve("notebooks").resolve("two.ipynb");
    java.nio.file.Files.writeString(folder.resolve("two.ipynb"), """
        {"cells": [{"cell_type": "code", "execution_count": 1, "id": "a", "metadata": {},
          "outputs": [{"data": {"text/plain": ["2"]}, "execution_count": 1, "metadata": {}, "output_type": "execute_result"}],
          "source": ["1 + 1"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """);
    Path out = dir.resolve("out");
    assertEquals(0, run("verify", notebook.toString(), "--out", out.toString()), err.toString());
    try (var files = java.nio.file.Files.walk(dir)) {
      assertEquals(java.util.List.of(folder.resolve("two.ipynb"), out.resolve("two.ipynb")),
          files.filter(java.nio.file.Files::isRegularFile).sorted().toList(), "one copy, in the output folder");
    }
    assertTrue(java.nio.file.Files.readString(out.resolve("two.ipynb")).contains("\"2\""));
  }
}

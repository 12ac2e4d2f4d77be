package dev.tablebook.cli;

import static dev.tablebook.cli.BrowserReport.count;
import static dev.tablebook.cli.BrowserReport.strings;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.NodeTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed kernel in a real front end: Debian's classic Jupyter Notebook in headless Chromium, driven by
 * {@code src/test/node/browser/drive-notebooks.js} (puppeteer-core). Every notebook of {@code notebooks/} (a
 * copy) is opened untrusted, as a reader opens it, then re-run with Kernel → Restart &amp; Run All; a scratch
 * notebook interrupts a loop, answers an input box and uses Tab completion and the Shift-Tab tooltip.
 * Screenshots go to {@code target/browser/}. It fails, never skips, when a prerequisite is missing:
 * {@code .ci/run} installs them all.
 */
class NotebookBrowserIT implements ScratchChecks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = NodeTools.DIR.resolve("browser/drive-notebooks.js");
  private static final Path OUT = Path.of("target/browser").toAbsolutePath();
  private static final String SCRATCH = "scratch.ipynb";
  /** What scratch-cells.js types into the input box. */
  private static final String TYPED = "typed in the browser";
  private static final List<String> CHART_TYPES = List.of("application/vnd.plotly.v1+json", "image/svg+xml", "image/png");

  @TempDir static Path work;
  private static List<Path> notebooks;
  private static JsonNode report;

  @BeforeAll
  static void driveEveryNotebookInTheBrowser() throws Exception {
    Path chromium = prerequisites();
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
    Path jupyterDir = Files.createDirectory(work.resolve("jupyter"));
    NotebookServer.installKernel(jupyterDir, work.resolve("install.log"));
    Path served = NotebookServer.copyOfNotebooks(work.resolve("served"), SCRATCH, List.of("notebooks", "datasets"));
    Files.createDirectories(OUT);
    try (NotebookServer server = NotebookServer.start(jupyterDir, served.resolve("notebooks"), OUT.resolve("jupyter-notebook.log"))) {
      List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), "--chromium", chromium.toString(),
          "--url", server.url(), "--token", server.token(), "--out", OUT.toString(),
          "--report", OUT.resolve("report.json").toString(), "--scratch", SCRATCH));
      notebooks.forEach(notebook -> command.add(notebook.getFileName().toString()));
      Path log = OUT.resolve("drive-notebooks.log");
      Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!node.waitFor(15, TimeUnit.MINUTES)) {
        node.destroyForcibly();
        fail("the browser run did not finish in 15 minutes:\n" + Files.readString(log, UTF_8) + server.log());
      }
      assertEquals(0, node.exitValue(), "the browser run failed:\n" + Files.readString(log, UTF_8) + "\n" + server.log());
    }
    report = JSON.readTree(OUT.resolve("report.json").toFile());
  }

  @Test
  void everyChartTableAndMarkdownIsDrawnWhenANotebookIsOpenedUntrusted() throws IOException {
    List<String> hidden = new ArrayList<>();
    for (Path notebook : notebooks) {
      JsonNode opened = page(notebook, "opened");
      assertFalse(opened.path("trusted").asBoolean(), notebook + " is opened untrusted, as a reader opens it");
      hidden(opened).forEach(output -> hidden.add(name(notebook) + "-opened.png: " + output));
    }
    assertEquals(List.of(), hidden, "outputs an untrusted reader does not see (screenshots in target/browser/)");
  }

  @Test
  void restartAndRunAllDrawsEveryTableAndChartWithNoError() throws IOException {
    for (Path notebook : notebooks) {
      JsonNode run = page(notebook, "run");
      assertEquals(0, run.path("errorsShown").asInt(), notebook + " shows an error after Restart & Run All:\n" + run.path("outputs"));
      for (JsonNode prompt : run.path("prompts")) {
        assertTrue(prompt.path("empty").asBoolean() || prompt.path("prompt").isInt(), notebook + ": a cell with no execution count: " + prompt);
      }
      assertEquals(List.of(), hidden(run), notebook + ": outputs not drawn (target/browser/" + name(notebook) + "-run.png)");
      int[] committed = chartsAndTables(JSON.readTree(notebook.toFile()));
      assertEquals(committed[0], count(run, "chart"), notebook + ": charts drawn, as many as the committed notebook has");
      assertEquals(committed[1], count(run, "table"), notebook + ": HTML tables, as many as the committed notebook has");
      assertEquals(List.of(), strings(report(notebook).path("pageErrors")), notebook + ": JavaScript errors in the page");
    }
  }

  @Test
  void noTwoChartsOfANotebookShareAnSvgId() throws IOException {
    List<String> shared = new ArrayList<>();
    for (Path notebook : notebooks) {
      strings(page(notebook, "run").path("duplicateIds")).forEach(id -> shared.add(name(notebook) + ": " + id));
    }
    assertEquals(List.of(), shared, "ids used by two inline SVGs of one page (the first ten of each notebook), so url(#id) "
        + "in the later chart uses the earlier chart's clip path");
  }

  @Test
  void theUiShowsTheKernelsNameAndLanguage() throws IOException {
    for (Path notebook : notebooks) {
      JsonNode run = page(notebook, "run");
      assertEquals("Java (Tablebook)", run.path("kernelIndicator").asText(), notebook + ": the kernel indicator");
      assertEquals("tablebook", run.path("kernelspec").path("name").asText(), notebook.toString());
      assertEquals("java", run.path("kernelspec").path("language").asText(), notebook.toString());
      assertEquals("java", run.path("languageInfo").asText(), notebook + ": language_info from the kernel");
    }
  }

  @Test
  void aCellReadingSystemInGetsTheLineTypedIntoTheInputBox() {
    JsonNode input = scratch("input");
    assertTrue(input.path("shown").asText().contains("Out[") && input.path("shown").asText().contains(TYPED), input.toString());
  }

  @Test
  void shiftTabShowsTheSignaturesOfATablesawMethod() {
    JsonNode tooltip = scratch("tooltip");
    assertTrue(tooltip.path("text").asText().contains("Table.column(int columnIndex)"), tooltip.toString());
  }

  /** What the browser saw of {@code notebook} when it was {@code "opened"} or after the {@code "run"}. */
  private static JsonNode page(Path notebook, String when) {
    JsonNode seen = report(notebook);
    assertTrue(seen.path("failed").isMissingNode(), notebook + ": the browser run failed: " + seen.path("failed").asText());
    return seen.path(when);
  }

  private static JsonNode report(Path notebook) {
    for (JsonNode seen : report.path("notebooks")) {
      if (seen.path("name").asText().equals(notebook.getFileName().toString())) {
        return seen;
      }
    }
    throw new AssertionError(notebook + " is not in the browser's report");
  }

  @Override
  public JsonNode scratchStep(String step) {
    return scratch(step);
  }

  private static JsonNode scratch(String step) {
    return BrowserReport.scratch(report, step);
  }

  /** Chart outputs the browser drew no visible image, SVG or Plotly div for, table outputs with no visible table and Markdown not rendered. */
  private static List<String> hidden(JsonNode page) {
    List<String> hidden = new ArrayList<>();
    for (JsonNode output : page.path("outputs")) {
      if (output.path("chart").asBoolean() && output.path("chartsDrawn").asInt() == 0
          || output.path("table").asBoolean() && output.path("tablesDrawn").asInt() == 0
          || output.path("markdown").asBoolean() && output.path("markdownDrawn").asInt() == 0) {
        hidden.add("cell " + output.path("cell").asInt() + " " + output.path("mimeTypes") + " shown as: "
            + output.path("shown").asText().strip().replaceFirst("^Out\\[\\d+\\]:\\s*", "").lines().findFirst().orElse(""));
      }
    }
    return hidden;
  }

  /** How many chart outputs and HTML-table outputs a notebook file holds. */
  private static int[] chartsAndTables(JsonNode notebook) {
    int[] counts = new int[2];
    for (JsonNode cell : notebook.path("cells")) {
      for (JsonNode output : cell.path("outputs")) {
        JsonNode data = output.path("data");
        counts[0] += CHART_TYPES.stream().anyMatch(data::has) ? 1 : 0;
        String html = data.path("text/html").isArray() ? String.join("", strings(data.path("text/html"))) : data.path("text/html").asText();
        counts[1] += html.matches("(?s).*<table[\\s>].*") ? 1 : 0;
      }
    }
    return counts;
  }

  private static String name(Path notebook) {
    return notebook.getFileName().toString().replaceFirst("\\.ipynb$", "");
  }

  /** Fails, naming every missing piece, unless jupyter-notebook, chromium, node and puppeteer-core are there; returns chromium. */
  private static Path prerequisites() throws IOException {
    List<String> missing = new ArrayList<>();
    if (NodeTools.onPath("jupyter-notebook") == null) {
      missing.add("jupyter-notebook is not on the PATH (Debian: apt-get install jupyter-notebook)");
    }
    Path chromium = NodeTools.onPath("chromium");
    if (chromium == null) {
      missing.add("chromium is not on the PATH (Debian: apt-get install chromium)");
    }
    missing.addAll(NodeTools.missing("puppeteer-core"));
    if (!missing.isEmpty()) {
      fail("the browser test cannot run (`bash .ci/run` installs what it needs):\n  " + String.join("\n  ", missing));
    }
    return chromium;
  }
}

package dev.tablebook.cli;

import static dev.tablebook.cli.BrowserReport.count;
import static dev.tablebook.cli.BrowserReport.strings;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed kernel in JupyterLab 4.6 and Notebook 7.6 (one {@code jupyter lab} server from the venv
 * src/test/jupyter/install-lab.sh makes) in headless Chromium, driven by {@code src/test/node/browser/drive-lab.js}.
 * Every notebook of {@code notebooks/} and {@code notebooks/guide/} (a copy) is opened untrusted in Lab, then
 * re-run with Restart Kernel and Run All; two are done again in Notebook 7; a scratch notebook in Lab checks
 * highlighting, a progress bar, Markdown and HTML, an input box, interrupt, completion, the tooltip, Plot.show and restart.
 * Screenshots and {@code renderers.txt} go to {@code target/lab/}. It fails, never skips, when a prerequisite is missing.
 */
class JupyterLabBrowserIT implements ScratchChecks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = NodeTools.DIR.resolve("browser/drive-lab.js");
  private static final Path INSTALL = Path.of("src/test/jupyter/install-lab.sh");
  static final Path VENV = Path.of("target/jupyter-venv").toAbsolutePath();
  private static final Path OUT = Path.of("target/lab").toAbsolutePath();
  private static final String SCRATCH = "scratch.ipynb";
  private static final List<String> NOTEBOOK7 = List.of("01-trade-totals.ipynb", "02-crude-oil-suppliers.ipynb");
  /** What lab-scratch.js types into the input box. */
  private static final String TYPED = "typed in the browser";
  private static final List<String> CHART_TYPES = List.of("application/vnd.plotly.v1+json",
      "application/vnd.vegalite.v5+json", "image/svg+xml", "image/png");
  /**
   * The renderers accepted for a chart output, opened untrusted and after Run All (Lab's class on the rendered output).
   * Every chart carries a Vega-Lite 5 spec, which Lab's own renderer draws, trusted or not, ahead of SVG and PNG
   * (Lab has no Plotly renderer without the plotly package's extension).
   */
  private static final Map<String, List<String>> CHART_RENDERERS =
      Map.of("opened", List.of("jp-RenderedVegaLite"), "run", List.of("jp-RenderedVegaLite"));
  /**
   * Chart outputs Lab shows as HTML, "NOTEBOOK cell N", with why: the IJava-style Plotly output (Lab has no Plotly
   * renderer) is HTML whose script loads plotly.js from the kernelspec folder and draws. Opened untrusted, Lab runs no
   * script and the HTML says in words that the figure draws when the notebook is trusted; after Run All it is drawn.
   */
  private static final Map<String, String> PLOTLY_HTML_IN_LAB = Map.of("guide/06-ijava-compatibility.ipynb cell 15",
      "Plotly as HTML whose script draws it: Lab has no Plotly renderer");
  /** What that HTML says until its script draws the figure. */
  private static final String UNTIL_DRAWN = "it draws when the notebook is trusted";

  @TempDir static Path work;
  private static List<String> notebooks;
  private static JsonNode report;

  @BeforeAll
  static void driveEveryNotebookInTheBrowser() throws Exception {
    Path chromium = prerequisites();
    Path served = NotebookServer.copyOfNotebooks(work.resolve("served"), SCRATCH, List.of("notebooks", "notebooks/guide", "datasets"));
    notebooks = notebooksToDrive();
    Path jupyterDir = Files.createDirectory(work.resolve("jupyter"));
    NotebookServer.installKernel(jupyterDir, work.resolve("install.log"));
    Files.createDirectories(OUT);
    try (NotebookServer server = NotebookServer.startLab(VENV, jupyterDir, served.resolve("notebooks"), OUT.resolve("jupyter-lab.log"))) {
      List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), "--chromium", chromium.toString(),
          "--url", server.url(), "--token", server.token(), "--out", OUT.toString(),
          "--report", OUT.resolve("report.json").toString(), "--scratch", SCRATCH, "--notebook7", String.join(",", NOTEBOOK7)));
      command.addAll(notebooks);
      Path log = OUT.resolve("drive-lab.log");
      Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!node.waitFor(25, TimeUnit.MINUTES)) {
        node.destroyForcibly();
        fail("the browser run did not finish in 25 minutes:\n" + Files.readString(log, UTF_8) + server.log());
      }
      assertEquals(0, node.exitValue(), "the browser run failed:\n" + Files.readString(log, UTF_8) + "\n" + server.log());
    }
    report = JSON.readTree(OUT.resolve("report.json").toFile());
  }

  /**
   * The notebooks of notebooks/ and notebooks/guide/, or those {@code -Dtablebook.lab.notebooks} names, comma-separated
   * and relative to notebooks/ (a quicker run, for example {@code 01-trade-totals.ipynb,guide/02-tables-and-charts.ipynb}).
   */
  private static List<String> notebooksToDrive() throws IOException {
    List<String> all = new ArrayList<>();
    for (String folder : List.of("", "guide/")) {
      try (Stream<Path> files = Files.list(Path.of("notebooks", folder))) {
        files.map(f -> folder + f.getFileName()).filter(f -> f.endsWith(".ipynb")).sorted().forEach(all::add);
      }
    }
    String chosen = System.getProperty("tablebook.lab.notebooks", "").strip();
    if (chosen.isEmpty()) {
      return all;
    }
    List<String> named = Stream.of(chosen.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    List<String> unknown = named.stream().filter(name -> !all.contains(name)).toList();
    assertEquals(List.of(), unknown, "-Dtablebook.lab.notebooks names notebooks that are not in notebooks/ or notebooks/guide/");
    return new ArrayList<>(named);
  }

  @Test
  void everyChartTableAndMarkdownIsDrawnWhenANotebookIsOpenedUntrusted() {
    List<String> hidden = new ArrayList<>();
    for (JsonNode seen : pages()) {
      JsonNode opened = page(seen, "opened");
      assertFalse(opened.path("trusted").asBoolean(), where(seen) + " is opened untrusted, as a reader opens it");
      hidden(seen, opened).forEach(output -> hidden.add(where(seen) + " opened: " + output));
    }
    assertEquals(List.of(), hidden, "outputs an untrusted reader does not see (screenshots in target/lab/)");
  }

  @Test
  void aNotebookWrittenByTheSameJavaIsNotMarkedChangedOnOpening() throws IOException {
    String java = dev.tablebook.engine.LanguageInfo.current().version();
    List<String> changed = new ArrayList<>();
    for (JsonNode seen : pages()) {
      Path file = Path.of("notebooks", seen.path("name").asText());
      String wroteIt = JSON.readTree(file.toFile()).path("metadata").path("language_info").path("version").asText();
      if (wroteIt.equals(java) && page(seen, "opened").path("dirty").asBoolean()) {
        changed.add(where(seen));
      }
    }
    assertEquals(List.of(), changed, "notebooks JupyterLab marked changed on opening, though the kernel's language_info is theirs");
  }

  @Test
  void everyChartIsDrawnByAnAcceptedRenderer() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode seen : pages()) {
      CHART_RENDERERS.forEach((when, accepted) -> {
        for (JsonNode output : page(seen, when).path("outputs")) {
          List<String> expected = plotlyHtml(seen, output) ? List.of("jp-RenderedHTML") : accepted;
          if (output.path("chart").asBoolean() && expected.stream().noneMatch(output.path("renderer").asText()::contains)) {
            wrong.add(where(seen) + " " + when + ", cell " + output.path("cell") + ": " + output.path("renderer").asText());
          }
        }
      });
    }
    assertEquals(List.of(), wrong, "charts drawn by a renderer not in " + CHART_RENDERERS + " (target/lab/renderers.txt)");
  }

  @Test
  void restartAndRunAllGivesTheCommittedCountsErrorsChartsAndTables() throws IOException {
    for (JsonNode seen : pages()) {
      JsonNode run = page(seen, "run");
      JsonNode committed = JSON.readTree(Path.of("notebooks", seen.path("name").asText()).toFile());
      assertEquals(committedCounts(committed), counts(run), where(seen) + ": execution counts after Run All, cell by cell");
      assertEquals(errorCells(committed), cellsWithError(run), where(seen) + ": the cells showing an error after Run All");
      assertEquals(List.of(), hidden(seen, run), where(seen) + ": outputs not drawn after Run All");
      assertEquals(outputsWith(committed, "chart"), count(run, "chart"), where(seen) + ": chart outputs, as many as committed");
      assertEquals(outputsWith(committed, "table"), count(run, "table"), where(seen) + ": HTML tables, as many as committed");
      assertEquals(List.of(), strings(seen.path("pageErrors")), where(seen) + ": JavaScript errors in the page");
    }
  }

  @Test
  void thePlotlyHtmlChartsAreWordsWhenOpenedAndDrawnAfterRunAll() {
    List<String> seenThem = new ArrayList<>();
    for (JsonNode seen : pages()) {
      for (String when : List.of("opened", "run")) {
        for (JsonNode output : page(seen, when).path("outputs")) {
          if (plotlyHtml(seen, output)) {
            boolean words = output.path("shown").asText().contains(UNTIL_DRAWN);
            seenThem.add(seen.path("name").asText() + " cell " + output.path("cell").asInt() + " " + when + ": "
                + (output.path("chartsDrawn").asInt() > 0 ? "drawn" : "not drawn") + (words ? ", in words" : ""));
          }
        }
      }
    }
    List<String> expected = new ArrayList<>();
    PLOTLY_HTML_IN_LAB.keySet().stream().filter(output -> notebooks.contains(output.replaceFirst(" cell \\d+$", "")))
        .sorted().forEach(output -> expected.addAll(List.of(output + " opened: not drawn, in words", output + " run: drawn")));
    assertEquals(expected, seenThem.stream().sorted().toList(), "the Plotly HTML outputs opened untrusted and after Run All");
  }

  @Test
  void theUiShowsTheKernelsNameAndLanguage() {
    for (JsonNode seen : pages()) {
      JsonNode run = page(seen, "run");
      assertEquals("Java (Tablebook)", run.path("kernelIndicator").asText(), where(seen) + ": the kernel name in the toolbar");
      assertEquals("tablebook", run.path("kernelspec").path("name").asText(), where(seen));
      assertEquals("java", run.path("languageInfo").asText(), where(seen) + ": language_info from the kernel");
    }
  }

  @Test
  void notebook7OpensAndRunsTheFirstTwoNotebooks() {
    List<String> done = new ArrayList<>();
    pages().stream().filter(seen -> seen.path("ui").asText().equals("notebook7")).forEach(seen -> done.add(seen.path("name").asText()));
    assertEquals(NOTEBOOK7, done);
  }

  @Test
  void javaCellsAreHighlightedKeywordsInTheirOwnColour() {
    JsonNode highlighting = scratch("highlighting");
    assertEquals("text/x-java", highlighting.path("mimeType").asText(), highlighting.toString());
    String keyword = tokenColour(highlighting, "public");
    assertNotEquals(null, keyword, "no token span for the keyword public: " + highlighting);
    assertNotEquals(highlighting.path("lineColor").asText(), keyword, "public has the colour of plain text: " + highlighting);
    assertNotEquals(tokenColour(highlighting, "\"text\""), keyword, "public has the colour of a string: " + highlighting);
  }

  @Test
  void aProgressBarIsRedrawnInPlaceUntilItIsFull() {
    JsonNode progress = scratch("progress");
    assertEquals(1, progress.path("bars").asInt(), "one display, updated in place: " + progress);
    assertTrue(progress.path("states").size() >= 3, "the bar was seen at several states: " + progress);
    assertTrue(progress.path("last").asText().contains("5/5 (100%)"), progress.toString());
    assertEquals("100%", progress.path("barWidth").asText(), progress.toString());
  }

  @Test
  void markdownAndHtmlCellMagicsAreRendered() {
    JsonNode shown = scratch("markdownAndHtml");
    assertEquals("A heading", shown.path("markdown").path("h2").asText(), shown.toString());
    assertEquals("emphasis", shown.path("markdown").path("em").asText(), shown.toString());
    assertEquals("HTML", shown.path("html").path("bold").asText(), shown.toString());
  }

  @Test
  void aCellReadingSystemInGetsTheLineTypedIntoTheInputBox() {
    JsonNode input = scratch("input");
    assertTrue(input.path("text").asText().contains("[") && input.path("text").asText().contains(TYPED), input.toString());
  }

  @Test
  void shiftTabShowsTheSignaturesOfATablesawMethod() {
    JsonNode tooltip = scratch("tooltip");
    assertTrue(tooltip.path("text").asText().contains("column(int columnIndex)"), tooltip.toString());
  }

  @Test
  void aRestartedKernelForgetsItsVariablesAndRunsTheNextCell() {
    JsonNode restart = scratch("restart");
    assertTrue(restart.path("after").asText().contains("after restart 2"), restart.toString());
    assertTrue(restart.path("forgotten").asText().contains("beforeRestart"), "the variable should be unknown: " + restart);
    assertEquals(List.of(), strings(report.path("scratch").path("pageErrors")), "JavaScript errors in the scratch page");
  }

  private static List<JsonNode> pages() {
    List<JsonNode> pages = new ArrayList<>();
    report.path("notebooks").forEach(pages::add);
    assertEquals(notebooks.size() + NOTEBOOK7.size(), pages.size(), "pages in the browser's report");
    return pages;
  }

  /** What the browser saw of a notebook when it was {@code "opened"} or after the {@code "run"}. */
  private static JsonNode page(JsonNode seen, String when) {
    assertTrue(seen.path("failed").isMissingNode(), where(seen) + ": the browser run failed: " + seen.path("failed").asText());
    return seen.path(when);
  }

  private static String where(JsonNode seen) {
    return seen.path("ui").asText() + " " + seen.path("name").asText();
  }

  @Override
  public JsonNode scratchStep(String step) {
    return scratch(step);
  }

  private static JsonNode scratch(String step) {
    return BrowserReport.scratch(report, step);
  }

  private static String tokenColour(JsonNode highlighting, String text) {
    for (JsonNode token : highlighting.path("tokens")) {
      if (token.path("text").asText().equals(text)) {
        return token.path("color").asText();
      }
    }
    return null;
  }

  /** Chart outputs with no drawn image or SVG, table outputs with no visible table and Markdown not rendered, with the cell. */
  private static List<String> hidden(JsonNode seen, JsonNode page) {
    List<String> hidden = new ArrayList<>();
    for (JsonNode output : page.path("outputs")) {
      boolean inWords = plotlyHtml(seen, output) && !page.path("trusted").asBoolean()
          && output.path("shown").asText().contains(UNTIL_DRAWN);
      if (output.path("chart").asBoolean() && output.path("chartsDrawn").asInt() == 0 && !inWords
          || output.path("table").asBoolean() && output.path("tablesDrawn").asInt() == 0
          || output.path("markdown").asBoolean() && !output.path("markdownDrawn").asBoolean()) {
        hidden.add("cell " + output.path("cell").asInt() + " " + output.path("mimeTypes") + " drawn by "
            + output.path("renderer").asText() + " as: " + output.path("shown").asText().strip().lines().findFirst().orElse(""));
      }
    }
    return hidden;
  }

  private static boolean plotlyHtml(JsonNode seen, JsonNode output) {
    return PLOTLY_HTML_IN_LAB.containsKey(seen.path("name").asText() + " cell " + output.path("cell").asInt());
  }

  private static List<Integer> cellsWithError(JsonNode page) {
    List<Integer> cells = new ArrayList<>();
    page.path("outputs").forEach(output -> {
      if (output.path("error").asBoolean()) {
        cells.add(output.path("cell").asInt());
      }
    });
    return cells;
  }

  /** Execution counts of the non-empty code cells, in order. */
  private static List<Integer> counts(JsonNode page) {
    List<Integer> counts = new ArrayList<>();
    page.path("prompts").forEach(prompt -> {
      if (!prompt.path("empty").asBoolean()) {
        counts.add(prompt.path("count").isInt() ? prompt.path("count").asInt() : null);
      }
    });
    return counts;
  }

  private static List<Integer> committedCounts(JsonNode notebook) {
    List<Integer> counts = new ArrayList<>();
    notebook.path("cells").forEach(cell -> {
      if (cell.path("cell_type").asText().equals("code") && !source(cell).isBlank()) {
        counts.add(cell.path("execution_count").isInt() ? cell.path("execution_count").asInt() : null);
      }
    });
    return counts;
  }

  /** The indices of the cells of a notebook file with an error output. */
  private static List<Integer> errorCells(JsonNode notebook) {
    List<Integer> cells = new ArrayList<>();
    for (int i = 0; i < notebook.path("cells").size(); i++) {
      for (JsonNode output : notebook.path("cells").get(i).path("outputs")) {
        if (output.path("output_type").asText().equals("error")) {
          cells.add(i);
        }
      }
    }
    return cells;
  }

  /** How many chart outputs ({@code "chart"}) or HTML-table outputs ({@code "table"}) a notebook file holds. */
  private static int outputsWith(JsonNode notebook, String kind) {
    int count = 0;
    for (JsonNode cell : notebook.path("cells")) {
      for (JsonNode output : cell.path("outputs")) {
        JsonNode data = output.path("data");
        String html = data.path("text/html").isArray() ? String.join("", strings(data.path("text/html"))) : data.path("text/html").asText();
        count += (kind.equals("chart") ? CHART_TYPES.stream().anyMatch(data::has) : html.matches("(?s).*<table[\\s>].*")) ? 1 : 0;
      }
    }
    return count;
  }

  private static String source(JsonNode cell) {
    return cell.path("source").isArray() ? String.join("", strings(cell.path("source"))) : cell.path("source").asText();
  }

  /** Fails, naming every missing piece, unless the Lab venv, chromium, node and puppeteer-core are there; returns chromium. */
  static Path prerequisites() throws IOException {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(VENV.resolve("bin/jupyter-lab"))) {
      missing.add(VENV + " has no JupyterLab: run `" + INSTALL + "` (it installs the pinned JupyterLab and Notebook 7)");
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

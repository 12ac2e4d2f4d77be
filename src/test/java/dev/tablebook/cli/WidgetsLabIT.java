package dev.tablebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.NodeTools;
import dev.tablebook.data.ArticleFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The guide's widget page in JupyterLab 4.6 with ipywidgets' own front end (jupyterlab_widgets 3.0.17, from the
 * venv src/test/jupyter/install-lab.sh makes) in headless Chromium, driven by {@code src/test/node/browser/drive-widgets.js}:
 * opened trusted as `tablebook run` saved it, the widgets come back with their saved state; after Run All, a
 * slider moved by keyboard changes a label through a Java observer, an interact redraws its chart, and a grid over a
 * million rows sorts, filters and pages. What each step should show is computed here, independently of the kernel.
 * Screenshots go to {@code target/lab/widgets-*.png}.
 */
class WidgetsLabIT {
  static final String NOTEBOOK = "guide/08-widgets-and-grid.ipynb";
  private static final Path SCRIPT = NodeTools.DIR.resolve("browser/drive-widgets.js");
  private static final Path OUT = Path.of("target/lab").toAbsolutePath();
  /** The grid's table in the notebook: ids 1 to ROWS, value = id × 7919 mod 1,000,003. */
  private static final int ROWS = 1_000_000;
  private static final String FILTER = "value < 1000";

  @TempDir static Path work;
  private static JsonNode report;

  @BeforeAll
  static void driveTheWidgetsInTheBrowser() throws Exception {
    Path chromium = JupyterLabBrowserIT.prerequisites();
    Path served = NotebookServer.copyOfNotebooks(work.resolve("served"), "scratch.ipynb", List.of("notebooks", "notebooks/guide", "datasets"));
    Path jupyterDir = Files.createDirectory(work.resolve("jupyter"));
    NotebookServer.installKernel(jupyterDir, work.resolve("install.log"));
    trust(jupyterDir, served.resolve("notebooks").resolve(NOTEBOOK));
    Files.createDirectories(OUT);
    try (NotebookServer server = NotebookServer.startLab(JupyterLabBrowserIT.VENV, jupyterDir, served.resolve("notebooks"),
        OUT.resolve("jupyter-lab-widgets.log"))) {
      List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), "--chromium", chromium.toString(),
          "--url", server.url(), "--token", server.token(), "--out", OUT.toString(), "--report", OUT.resolve("widgets.json").toString(),
          "--notebook", NOTEBOOK, "--sort", "value", "--filter", FILTER, "--metric", "china_imports_usd_bn"));
      Path log = OUT.resolve("drive-widgets.log");
      Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!node.waitFor(10, TimeUnit.MINUTES)) {
        node.destroyForcibly();
        fail("the browser run did not finish in 10 minutes:\n" + Files.readString(log, UTF_8) + server.log());
      }
      assertEquals(0, node.exitValue(), "the browser run failed:\n" + Files.readString(log, UTF_8) + "\n" + server.log());
    }
    report = new ObjectMapper().readTree(OUT.resolve("widgets.json").toFile());
    assertTrue(report.path("failed").isMissingNode(), "the browser run stopped: " + report.path("failed").asText()
        + " (screenshot target/lab/widgets-failed.png)");
  }

  /** Marks the notebook trusted for the server, as `jupyter trust` does: Lab restores saved widgets only then. */
  private static void trust(Path jupyterDir, Path notebook) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(JupyterLabBrowserIT.VENV.resolve("bin/jupyter").toString(), "trust", notebook.toString())
        .redirectErrorStream(true);
    builder.environment().putAll(NotebookServer.environment(jupyterDir));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, process.waitFor(), "jupyter trust failed: " + output);
  }

  /** The label the guide's year slider shows for {@code year}, from the data package. */
  private static String yearLabel(int year) {
    Table trade = ArticleFacts.tradeTotals();
    double total = trade.doubleColumn("total_usd_bn").get(trade.intColumn("year").indexOf(year));
    return Double.isNaN(total) ? year + ": no dollar total was published" : String.format(Locale.ROOT, "%d: $%.1f billion", year, total);
  }

  private static int value(int id) {
    return (int) (id * 7919L % 1_000_003);
  }

  @Test
  void aNotebookSavedByTheRunnerShowsItsWidgetsAsSaved() {
    JsonNode opened = report.path("opened");
    assertEquals("[]", opened.path("broken").toString(), "widget outputs Lab could not draw");
    assertEquals("[\"2023\"]", opened.path("readouts").toString());
    assertTrue(opened.path("disconnected").asInt() > 0, "restored from the saved state before the kernel has the models: " + opened);
    assertEquals("[\"" + yearLabel(2023) + "\"]", opened.path("labels").toString());
    assertEquals("rows 1–20 of 1,000,000 × 2 columns", opened.path("footer").get(0).asText());
    assertEquals("page 1 of 50,000", opened.path("position").get(0).asText());
  }

  @Test
  void movingTheSliderReachesTheJavaObserver() {
    assertEquals("[\"" + yearLabel(2023) + "\"]", report.path("run").path("labels").toString());
    assertEquals("[\"" + yearLabel(2021) + "\"]", report.path("slider").path("labels").toString(), "two presses of the left arrow");
    assertEquals("[\"2021\"]", report.path("slider").path("readouts").toString());
  }

  @Test
  void theInteractRedrawsItsChart() {
    JsonNode interact = report.path("interact");
    assertEquals("china_imports_usd_bn", interact.path("selected").asText());
    assertTrue(interact.path("redrawn").asBoolean(), "the chart's pixels changed after the drop-down did: " + interact);
    assertEquals(1, interact.path("interactCharts").asInt(), "drawn by Lab's Vega-Lite renderer, once: " + interact);
  }

  @Test
  void theGridSortsFiltersAndPagesAMillionRows() {
    int top = 1;
    int filtered = 0;
    int topBelow = -1;
    for (int id = 1; id <= ROWS; id++) {
      top = value(id) > value(top) ? id : top;
      if (value(id) < 1000) {
        filtered++;
        topBelow = topBelow < 0 || value(id) > value(topBelow) ? id : topBelow;
      }
    }
    JsonNode sorted = report.path("sorted");
    assertEquals(List.of(String.valueOf(top), String.valueOf(value(top))),
        strings(sorted.path("firstRow")), "the largest value first");
    String of = " of " + String.format(Locale.ROOT, "%,d", filtered) + " (filtered from 1,000,000) × 2 columns";
    assertEquals("rows 1–20" + of, report.path("filtered").path("footer").get(0).asText(), FILTER);
    assertEquals(List.of(String.valueOf(topBelow), String.valueOf(value(topBelow))),
        strings(report.path("filtered").path("firstRow")), "sorted still, within the filter");
    assertEquals("rows 21–40" + of, report.path("paged").path("footer").get(0).asText());
    assertEquals("page 2 of " + String.format(Locale.ROOT, "%,d", (filtered + 19) / 20), report.path("paged").path("position").get(0).asText());
    assertEquals("[]", report.path("pageErrors").toString());
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(node -> list.add(node.asText()));
    return list;
  }
}

package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.HeadlessChromium;
import dev.tablebook.display.Plotly;
import dev.tablebook.notebook.HostileNotebook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports opened in headless Chromium with no network: every chart is drawn by the local plotly.js under the
 * page's Content-Security-Policy, which refuses every script a notebook brings (inline or a file, wherever it
 * lies) and none of the report's own.
 */
class ReportChromiumIT {

  @Test
  void theReportDrawsItsChartsOffline(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report");
    JarIT.Result report = JarIT.run(dir, "report", Path.of("src/test/resources/notebooks/chart.ipynb").toAbsolutePath().toString(),
        "--out", out.toString());
    assertEquals(0, report.exit(), report.err());
    String html = HeadlessChromium.dom(out.resolve("chart.html"), dir);
    assertTrue(html.contains("class=\"main-svg\""), "plotly drew an SVG");
    assertEquals(2, count(html, "class=\"point\""), "one bar per supplier");
    assertEquals(1, count(html, "class=\"plotly-chart"), "every chart of the page");
    assertEquals(List.of(), violations(out.resolve("chart.html"), dir), "the report's own scripts all run");
    HeadlessChromium.dom(out.resolve("index.html"), dir);
    assertEquals(List.of(), violations(out.resolve("index.html"), dir));
  }

  @Test
  void aHostileNotebooksScriptsDoNotRunAndItsChartStillDraws(@TempDir Path dir) throws Exception {
    Path notebook = HostileNotebook.write(dir.resolve("hostile.ipynb"));
    Path out = dir.resolve("report");
    JarIT.Result report = JarIT.run(dir, "report", notebook.toString(), "--out", out.toString());
    assertEquals(0, report.exit(), report.err());
    Files.writeString(out.resolve("redirected.html"), "<!DOCTYPE html><title>redirected</title>");
    HostileNotebook.writeScripts(notebook, out);
    Path page = out.resolve("hostile.html");
    String dom = HeadlessChromium.dom(page, dir);
    assertTrue(dom.contains("<title>" + HostileNotebook.TITLE + "</title>"), "neither redirected nor retitled: " + dom);
    assertFalse(dom.contains(HostileNotebook.MARK) || dom.contains("data-pwned"), "no injected script ran: " + dom);
    assertEquals(2, count(dom, "class=\"point\""), "the chart was drawn");
    List<String> refused = violations(page, dir);
    assertEquals(List.of("Executing inline event handler", "Executing inline event handler", "Executing inline script",
        "Loading the image", "Loading the image", "Loading the script", "Loading the script", "Loading the script",
        "Running the JavaScript URL"),
        refused.stream().map(line -> line.replaceFirst(" violates.*", "").replaceFirst(" '.*", "")).sorted().toList(),
        "the HTML output's script, two event handlers, javascript: frame, two images and three script files (beside the page, in"
            + " another folder, by absolute file:// URL), and nothing of the report's: " + refused);
  }

  /** The Content-Security-Policy violations Chromium reported on the console for {@code page}. */
  private static List<String> violations(Path page, Path dir) throws Exception {
    return HeadlessChromium.console(page, dir).stream().filter(line -> line.contains("Content Security Policy"))
        .map(line -> line.replaceFirst("^[^\"]*\"", "")).toList();
  }

  @Test
  void theNotebooksReportDrawsEveryChartOfEveryNotebook(@TempDir Path dir) throws Exception {
    Path out = Path.of("target/notebooks-report").toAbsolutePath();
    JarIT.Result report = JarIT.run(dir, "report", Path.of("notebooks").toAbsolutePath().toString(), "--out", out.toString());
    assertEquals(0, report.exit(), report.err());
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertTrue(notebooks.size() >= 6, "the analysis notebooks: " + notebooks);
    int drawn = 0;
    for (Path notebook : notebooks) {
      drawn += assertEveryChartDrawn(notebook, out, dir);
      if (notebook.getFileName().toString().startsWith("02-")) {
        Path page = out.resolve(notebook.getFileName().toString().replace(".ipynb", ".html"));
        HeadlessChromium.screenshot(page, dir, out.resolve(notebook.getFileName() + ".png"), 1100, 2400);
      }
    }
    assertTrue(drawn >= 10, "the notebooks hold the article's charts: " + drawn);
  }

  /** The figures of Tablesaw's guide pages, shown by jsplot's {@code Plot.show} in the cells, are drawn in the report. */
  @Test
  void theTablesawGuidesPlotShowFiguresAreDrawn(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report");
    List<Path> pages = List.of("11-histograms.ipynb", "13-time-series.ipynb", "15-custom-visualizations.ipynb").stream()
        .map(TablesawGuide.CORPUS::resolve).toList();
    List<String> arguments = new java.util.ArrayList<>(List.of("report", "--out", out.toString()));
    pages.forEach(page -> arguments.add(page.toString()));
    JarIT.Result report = JarIT.run(dir, arguments.toArray(String[]::new));
    assertEquals(0, report.exit(), report.err());
    int drawn = 0;
    for (Path page : pages) {
      drawn += assertEveryChartDrawn(page, out, dir);
    }
    assertTrue(drawn >= 12, "Plot.show figures of the histograms, time series and custom pages: " + drawn);
  }

  /** Opens {@code notebook}'s page of the report in {@code out}: each Plotly output is drawn by plotly.js; returns how many. */
  private static int assertEveryChartDrawn(Path notebook, Path out, Path dir) throws Exception {
    int charts = count(Files.readString(notebook, StandardCharsets.UTF_8), "\"" + Plotly.MIME_TYPE + "\"");
    Path page = out.resolve(notebook.getFileName().toString().replace(".ipynb", ".html"));
    String dom = HeadlessChromium.dom(page, dir);
    assertEquals(charts, count(dom, "class=\"plotly-chart"), "chart divs in " + page);
    Matcher plots = Pattern.compile("class=\"plotly-chart[^\"]*\"[^>]*>\\s*<div class=\"plot-container").matcher(dom);
    int withSvg = 0;
    while (plots.find()) {
      withSvg++;
    }
    assertEquals(charts, withSvg, "every chart of " + page + " was drawn by plotly.js");
    assertEquals(List.of(), violations(page, dir), "under the page's policy, in " + page);
    return charts;
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}

package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.HeadlessChromium;
import dev.tablebook.display.Plotly;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports opened in headless Chromium with no network: every chart is drawn by the local plotly.js. */
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
      drawn += charts;
      if (notebook.getFileName().toString().startsWith("02-")) {
        HeadlessChromium.screenshot(page, dir, out.resolve(notebook.getFileName() + ".png"), 1100, 2400);
      }
    }
    assertTrue(drawn >= 10, "the notebooks hold the article's charts: " + drawn);
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}

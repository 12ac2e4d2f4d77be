package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report opened in headless Chromium with no network: every chart is drawn by the local plotly.js. */
class ReportChromiumIT {

  @Test
  void theReportDrawsItsChartsOffline(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report");
    JarIT.Result report = JarIT.run(dir, "report", Path.of("src/test/resources/notebooks/chart.ipynb").toAbsolutePath().toString(),
        "--out", out.toString());
    assertEquals(0, report.exit(), report.err());
    Path dom = dir.resolve("dom.html");
    Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=10000", "--dump-dom",
        out.resolve("chart.html").toUri().toString())
        .redirectOutput(dom.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
    assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    String html = Files.readString(dom, StandardCharsets.UTF_8);
    assertTrue(html.contains("class=\"main-svg\""), "plotly drew an SVG:\n" + Files.readString(dir.resolve("chromium.log")));
    Matcher bars = Pattern.compile("class=\"point\"").matcher(html);
    int count = 0;
    while (bars.find()) {
      count++;
    }
    assertEquals(2, count, "one bar per supplier");
    assertEquals(1, html.split("class=\"plotly-chart", -1).length - 1, "every chart of the page");
  }
}

package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.HeadlessChromium;
import dev.tablebook.article.ArticleCharts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every article chart saved as an HTML page (plotly.js from the local copy beside it), opened in
 * headless Chromium with no network: plotly.js accepts the figure ({@code Plotly.validate} finds
 * nothing), draws one mark per value, and a screenshot is kept under target/chromium-charts.
 */
class ArticleChartsChromiumIT {
  private static final Path DIR = Path.of("target/chromium-charts");
  /** Runs after plotly.js loads: wraps newPlot to record, once drawn, what plotly made of the figure. */
  private static final String PROBE = "<script>(function(){var plot=Plotly.newPlot;Plotly.newPlot=function(id,data,layout,config){"
      + "var problems=Plotly.validate(data,layout)||[];"
      + "return plot(id,data,layout,config).then(function(gd){"
      + "var marks=0;gd.querySelectorAll('.point, .slice').forEach(function(e){"
      + "var shape=e.tagName==='path'?e:e.querySelector('path');if(!shape){return;}"
      + "var box=shape.getBBox();if(box.width>0&&box.height>0){marks++;}});"
      + "document.body.setAttribute('data-problems',JSON.stringify(problems));"
      + "document.body.setAttribute('data-marks',marks);"
      + "document.body.setAttribute('data-traces',gd.querySelectorAll('g.trace').length);});};})();</script>";

  @BeforeAll
  static void folder() throws Exception {
    Files.createDirectories(DIR);
  }

  static Stream<Arguments> charts() {
    return Map.of(
        "trade-totals", ArticleCharts.tradeTotals(),
        "exports-vs-imports", ArticleCharts.exportsVsImports(),
        "crude-oil-ranking-2023", ArticleCharts.crudeOilRanking(2023),
        "russia-vs-saudi-arabia", ArticleCharts.russiaVsSaudiArabia(),
        "delegation-by-sector", ArticleCharts.delegationBySector(),
        "timeline", ArticleCharts.timeline()).entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void eachArticleChartIsDrawnOfflineWithEveryValue(String name, Chart chart) throws Exception {
    Path page = chart.save(DIR.resolve(name + ".html"));
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(Files.isRegularFile(DIR.resolve(PlotlyJs.FILE_NAME)), "plotly.js saved beside the page");
    Path probed = DIR.resolve(name + ".probe.html");
    int afterPlotly = html.indexOf("</script>") + "</script>".length();
    Files.writeString(probed, html.substring(0, afterPlotly) + PROBE + html.substring(afterPlotly), StandardCharsets.UTF_8);

    String dom = HeadlessChromium.dom(probed, DIR);
    assertTrue(dom.contains("class=\"main-svg\""), "plotly drew an SVG for " + name);
    assertEquals("[]", unescape(attribute(dom, "data-problems")), "plotly.js 3 accepts every attribute of " + name);
    assertEquals(expectedMarks(chart), Integer.parseInt(attribute(dom, "data-marks")), "one mark per value of " + name);
    HeadlessChromium.screenshot(page, DIR, DIR.resolve(name + ".png"), 900, 560);
  }

  /** Bars with a non-zero value, markers with a value, slices of a pie: what the figure asks plotly to draw. */
  private static int expectedMarks(Chart chart) throws Exception {
    JsonNode figure = new ObjectMapper().readTree(chart.plotlyJson());
    int marks = 0;
    for (JsonNode trace : figure.path("data")) {
      String type = trace.path("type").asText();
      String mode = trace.path("mode").asText("");
      if (type.equals("pie")) {
        marks += trace.path("values").size();
      } else if (type.equals("bar") || mode.contains("markers")) {
        JsonNode values = trace.path(trace.path("orientation").asText().equals("h") ? "x" : "y");
        for (JsonNode v : values) {
          boolean emptyBar = type.equals("bar") && v.asDouble() == 0;
          marks += v.isNull() || emptyBar ? 0 : 1;
        }
      }
    }
    return marks;
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
    assertTrue(m.find(), "the probe set " + name + "; plotly never finished drawing");
    return m.group(1);
  }

  private static String unescape(String text) {
    return text.replace("&quot;", "\"").replace("&amp;", "&");
  }
}

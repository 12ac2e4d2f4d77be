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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every article chart saved as an HTML page (plotly.js from the local copy beside it), and all of
 * them as fragments on one page opened in headless Chromium with no network: plotly.js accepts each
 * figure ({@code Plotly.validate} finds nothing) and draws one mark per value; a screenshot is kept
 * under target/chromium-charts.
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
      + "document.body.setAttribute('data-problems-'+gd.id,JSON.stringify(problems));"
      + "document.body.setAttribute('data-marks-'+gd.id,marks);});};})();</script>";

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

  @Test
  void everyArticleChartIsDrawnOfflineWithEveryValue() throws Exception {
    List<Arguments> charts = charts().toList();
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>")
        .append("<script src=\"").append(PlotlyJs.FILE_NAME).append("\"></script>").append(PROBE);
    for (Arguments chart : charts) {
      String name = (String) chart.get()[0];
      Chart value = (Chart) chart.get()[1];
      Path saved = value.save(DIR.resolve(name + ".html"));
      assertTrue(Files.readString(saved).contains("<script src=\"" + PlotlyJs.FILE_NAME + "\""), "saved page " + name);
      page.append("<h2>").append(name).append("</h2>").append(value.html(PlotlyJs.alreadyLoaded()));
    }
    assertTrue(Files.isRegularFile(DIR.resolve(PlotlyJs.FILE_NAME)), "plotly.js saved beside the pages");
    Path all = DIR.resolve("article-charts.html");
    Files.writeString(all, page.append("</body></html>\n").toString(), StandardCharsets.UTF_8);

    String dom = HeadlessChromium.dom(all, DIR);
    for (Arguments chart : charts) {
      String name = (String) chart.get()[0];
      Chart value = (Chart) chart.get()[1];
      String id = Pattern.compile("id=\"(tablebook-chart-[0-9a-f]+)\"").matcher(value.html(PlotlyJs.alreadyLoaded()))
          .results().findFirst().orElseThrow().group(1);
      assertEquals("[]", unescape(attribute(dom, "data-problems-" + id)), "plotly.js 3 accepts every attribute of " + name);
      assertEquals(expectedMarks(value), Integer.parseInt(attribute(dom, "data-marks-" + id)), "one mark per value of " + name);
    }
    HeadlessChromium.screenshot(all, DIR, DIR.resolve("article-charts.png"), 900, 3200);
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

package dev.tablebook.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.charts.Chart;
import org.junit.jupiter.api.Test;

/** The article's charts read the data package as it is: gaps for missing years, the record, Russia first. */
class ArticleChartsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode figure(Chart chart) throws Exception {
    return JSON.readTree(chart.plotlyJson());
  }

  @Test
  void tradeTotalsLeave2015EmptyAndAnnotateTheRecord() throws Exception {
    JsonNode figure = figure(ArticleCharts.tradeTotals());
    JsonNode trace = figure.path("data").get(0);
    int i2015 = 2015 - 2013;
    assertEquals("2015", trace.path("x").get(i2015).asText());
    assertTrue(trace.path("y").get(i2015).isNull(), "no USD total for 2015: a gap, not a zero");
    assertEquals(240.11, trace.path("y").get(2023 - 2013).asDouble());
    assertEquals("Record cited by the article: $240.1 bn", figure.path("layout").path("annotations").get(0).path("text").asText());
  }

  @Test
  void theCrudeRankingPutsRussiaFirstHighlightedAndMarksDisputedRows() throws Exception {
    JsonNode trace = figure(ArticleCharts.crudeOilRanking(2023)).path("data").get(0);
    assertEquals("Russia", trace.path("y").get(0).asText());
    assertEquals("#D55E00", trace.path("marker").path("color").get(0).asText());
    assertTrue(trace.path("y").toString().contains("Oman*"), trace.path("y").toString());
    assertTrue(trace.path("marker").path("pattern").path("shape").toString().contains("/"));
  }

  @Test
  void russiaOvertakesSaudiArabia() throws Exception {
    JsonNode data = figure(ArticleCharts.russiaVsSaudiArabia()).path("data");
    assertEquals("Russia", data.get(0).path("name").asText());
    assertEquals("[86.25,107]", data.get(0).path("y").toString());
    assertEquals("[87.49,85.96]", data.get(1).path("y").toString());
  }

  @Test
  void everyArticleChartRendersEveryWay() {
    for (Chart chart : new Chart[] {ArticleCharts.tradeTotals(), ArticleCharts.exportsVsImports(),
        ArticleCharts.crudeOilRanking(2022), ArticleCharts.delegationBySector(), ArticleCharts.timeline()}) {
      assertTrue(chart.svg().contains("<svg"), chart.toString());
      assertTrue(chart.png().length > 1000, chart.toString());
      assertTrue(chart.plotlyJson().startsWith("{\"data\":["), chart.toString());
    }
  }

  @Test
  void tableViewsCarryTheirProvenance() {
    String text = ArticleTables.view("trade_totals").text();
    assertTrue(text.startsWith("China–Russia trade in goods by year\n"), text);
    assertTrue(text.contains("Source: the data package's trade_totals.csv"), text);
  }
}

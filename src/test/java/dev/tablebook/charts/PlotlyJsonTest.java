package dev.tablebook.charts;

import static dev.tablebook.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.tables.CellFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Plotly figures as data: golden files (src/test/resources/golden/charts), gaps, axis types, escaping. */
class PlotlyJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Chart annotatedBar() {
    return Charts.bar(ChartFixtures.trade(), "year", "total_usd_bn")
        .title("Trade").xTitle("Year").yTitle("USD bn")
        .valueFormat(CellFormat.currency("$", 1).suffix(" bn"))
        .annotate("2023", "Record")
        .highlight("2023")
        .source("GAC");
  }

  @Test
  void aBarChartMatchesItsGoldenFile() throws Exception {
    assertGolden("charts/bar.plotly.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(annotatedBar().plotlyJson())) + "\n");
  }

  @Test
  void aRankingMatchesItsGoldenFile() throws Exception {
    Chart ranking = Charts.ranking(ChartFixtures.suppliers(), "supplier", "volume_mt").highlight("Russia")
        .flag("disputed", "true", "disputed figure");
    assertGolden("charts/ranking.plotly.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(ranking.plotlyJson())) + "\n");
  }

  @Test
  void theSameChartAlwaysGivesTheSameJsonAndHtml() {
    assertEquals(annotatedBar().plotlyJson(), annotatedBar().plotlyJson());
    assertEquals(annotatedBar().html(PlotlyJs.alreadyLoaded()), annotatedBar().html(PlotlyJs.alreadyLoaded()));
  }

  @Test
  void missingValuesAreGapsNeverZeros() throws Exception {
    JsonNode line = JSON.readTree(Charts.line(ChartFixtures.trade(), "year", "total_usd_bn").plotlyJson());
    JsonNode trace = line.path("data").get(0);
    assertTrue(trace.path("y").get(1).isNull(), trace.toString());
    assertFalse(trace.path("connectgaps").asBoolean(true));
    assertEquals("linear", line.path("layout").path("xaxis").path("type").asText());
    assertEquals("d", line.path("layout").path("xaxis").path("tickformat").asText(), "years without a thousands separator");
  }

  @Test
  void yearsOnBarChartsStayCategoriesAndAnnotationsUseTheirPosition() throws Exception {
    JsonNode layout = JSON.readTree(annotatedBar().plotlyJson()).path("layout");
    assertEquals("category", layout.path("xaxis").path("type").asText());
    assertEquals(3, layout.path("annotations").get(0).path("x").asInt(), "2023 is the fourth category");
    assertEquals("Trade", layout.path("title").path("text").asText(), "plotly.js 3 titles are objects");
  }

  @Test
  void userTextIsShownAsTextNotMarkup() {
    String json = Charts.bar(ChartFixtures.suppliers(), "supplier", "volume_mt").title("<img src=x onerror=alert(1)>").plotlyJson();
    assertFalse(json.contains("<b>"), json);
    assertFalse(json.contains("<img"), json);
    assertTrue(json.contains("&lt;b&gt;Oman&lt;/b&gt;"), json);
    String html = Charts.bar(ChartFixtures.suppliers(), "supplier", "volume_mt").title("</script><script>alert(1)</script>")
        .html(PlotlyJs.alreadyLoaded());
    assertEquals(2, html.split("<script>", -1).length, "only the chart's own script element: " + html);
  }

  @Test
  void groupsBecomeSeriesAndTimelinesUseDates() throws Exception {
    Table events = Table.create("events",
        DateColumn.create("date", LocalDate.of(2022, 2, 4), LocalDate.of(2024, 5, 17)),
        DateColumn.create("end", null, LocalDate.of(2024, 5, 21)),
        StringColumn.create("event", "No limits", "Harbin expo"));
    JsonNode timeline = JSON.readTree(Charts.timeline(events, "date", "event").spans("end").plotlyJson());
    assertEquals("date", timeline.path("layout").path("xaxis").path("type").asText());
    JsonNode points = timeline.path("data").get(1);
    assertEquals("2022-02-04", points.path("x").get(0).asText());
    assertEquals("2024-05-21", timeline.path("data").get(0).path("x").get(1).asText(), "the expo is a span");
    Table longData = Table.create("long", StringColumn.create("year", "2022", "2022", "2023", "2023"),
        StringColumn.create("supplier", "Russia", "Saudi", "Russia", "Saudi"),
        tech.tablesaw.api.DoubleColumn.create("mt", 86.25, 87.49, 107.0, 85.96));
    JsonNode grouped = JSON.readTree(Charts.groupedBar(longData, "year", "mt").by("supplier").plotlyJson());
    assertEquals(2, grouped.path("data").size());
    assertEquals("Saudi", grouped.path("data").get(1).path("name").asText());
    assertEquals("group", grouped.path("layout").path("barmode").asText());
  }

  @Test
  void mistakesAreExplained() {
    IllegalArgumentException noColumn = assertThrows(IllegalArgumentException.class,
        () -> Charts.bar(ChartFixtures.trade(), "year", "total"));
    assertTrue(noColumn.getMessage().contains("No column 'total'"), noColumn.getMessage());
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> Charts.bar(ChartFixtures.suppliers(), "volume_mt", "supplier"));
    assertTrue(text.getMessage().contains("must be numbers"), text.getMessage());
    IllegalArgumentException noPoint = assertThrows(IllegalArgumentException.class,
        () -> annotatedBar().annotate("2031", "future").plotlyJson());
    assertTrue(noPoint.getMessage().contains("no value at 2031"), noPoint.getMessage());
  }
}

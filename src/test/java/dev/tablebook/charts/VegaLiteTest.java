package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.article.ArticleCharts;
import dev.tablebook.data.ArticleFacts;
import dev.tablebook.tables.CellText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** The Vega-Lite spec of a chart holds the table's values exactly, and shows what the Plotly figure shows. */
class VegaLiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode spec(Chart chart) throws Exception {
    return JSON.readTree(chart.vegaLiteJson());
  }

  private static JsonNode rows(JsonNode spec) {
    return spec.path("data").path("values");
  }

  private static JsonNode layer(JsonNode spec, String name) {
    for (JsonNode layer : spec.path("layer")) {
      if (layer.path("name").asText().matches(java.util.regex.Pattern.quote(name) + "(_\\d+)?")) { // NAME_N: by line count
        return layer;
      }
    }
    throw new AssertionError("no layer '" + name + "' in " + spec.path("layer"));
  }

  private static List<String> notes(JsonNode spec) {
    List<String> lines = new ArrayList<>();
    layer(spec, "notes").path("data").path("values").get(0).path("lines").forEach(l -> lines.add(l.asText()));
    return lines;
  }

  /** The value column's numbers as the spec must hold them: the same double, or null where missing. */
  private static void assertValues(NumericColumn<?> column, List<JsonNode> ys) {
    assertEquals(column.size(), ys.size(), column.name());
    for (int row = 0; row < column.size(); row++) {
      JsonNode y = ys.get(row);
      if (column.isMissing(row)) {
        assertTrue(y.isNull(), column.name() + " row " + row + " is missing, so a gap (null), not " + y);
      } else {
        assertTrue(y.isNumber(), column.name() + " row " + row + ": " + y);
        assertEquals(column.getDouble(row), y.doubleValue(), 0.0, column.name() + " row " + row);
        assertEquals(CellText.number(column.getDouble(row)).replace(",", ""), trimmed(y), "written as the value itself");
      }
    }
  }

  private static String trimmed(JsonNode y) {
    String text = y.asText();
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  private static String json(List<JsonNode> values) {
    return JSON.valueToTree(values).toString();
  }

  private static List<JsonNode> field(JsonNode rows, String name, String series) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode row : rows) {
      if (series == null || row.path("series").asText().equals(series)) {
        out.add(row.path(name));
      }
    }
    return out;
  }

  @Test
  void everyKindHoldsTheTablesValuesExactlyWithGapsAsNull() throws Exception {
    Table trade = ChartFixtures.trade();
    assertValues(trade.doubleColumn("total_usd_bn"), field(rows(spec(Charts.bar(trade, "year", "total_usd_bn"))), "y", null));
    for (Chart chart : List.of(Charts.groupedBar(trade, "year", "exports_usd_bn", "imports_usd_bn"),
        Charts.stackedBar(trade, "year", "exports_usd_bn", "imports_usd_bn"), Charts.line(trade, "year", "exports_usd_bn", "imports_usd_bn"),
        Charts.area(trade, "year", "exports_usd_bn", "imports_usd_bn"), Charts.scatter(trade, "year", "exports_usd_bn", "imports_usd_bn"))) {
      JsonNode rows = rows(spec(chart));
      assertValues(trade.doubleColumn("exports_usd_bn"), field(rows, "y", "exports_usd_bn"));
      assertValues(trade.doubleColumn("imports_usd_bn"), field(rows, "y", "imports_usd_bn"));
      List<JsonNode> years = field(rows, "x", "imports_usd_bn");
      for (int row = 0; row < trade.rowCount(); row++) {
        JsonNode year = years.get(row);
        assertEquals(trade.intColumn("year").getInt(row), year.asInt(), chart.toString());
        assertEquals(chart.kind().categorical(), year.isTextual(), "bars read years as categories, lines as numbers: " + chart);
      }
    }
    Table suppliers = ChartFixtures.suppliers();
    for (Chart chart : List.of(Charts.ranking(suppliers, "supplier", "volume_mt"), Charts.pie(suppliers, "supplier", "volume_mt"),
        Charts.donut(suppliers, "supplier", "volume_mt"))) {
      JsonNode rows = rows(spec(chart));
      assertValues(suppliers.doubleColumn("volume_mt"), field(rows, "y", null));
      assertEquals("<b>Oman</b>", rows.get(2).path("x").asText(), "text as text, not markup: " + chart);
    }
  }

  @Test
  void everyChartHasThePointsOfItsPlotlyFigure() throws Exception {
    Map<String, Chart> charts = new LinkedHashMap<>(ChartFixtures.everyKind());
    ChartFixtures.article().forEach((name, chart) -> charts.put("article " + name, chart));
    for (Map.Entry<String, Chart> entry : charts.entrySet()) {
      Chart chart = entry.getValue();
      JsonNode rows = rows(spec(chart));
      JsonNode traces = JSON.readTree(chart.plotlyJson()).path("data");
      List<JsonNode> plotlyX = new ArrayList<>();
      List<JsonNode> plotlyY = new ArrayList<>();
      for (JsonNode trace : traces) {
        if (trace.path("name").asText().endsWith(" (spans)")) {
          continue;
        }
        boolean horizontal = trace.path("orientation").asText().equals("h");
        trace.path(trace.has("labels") ? "labels" : horizontal ? "y" : "x").forEach(plotlyX::add);
        trace.path(trace.has("values") ? "values" : horizontal ? "x" : "y").forEach(plotlyY::add);
      }
      assertEquals(plotlyY.size(), rows.size(), entry.getKey());
      boolean timeline = chart.kind() == ChartKind.TIMELINE;
      for (int i = 0; i < rows.size(); i++) {
        JsonNode row = rows.get(i);
        String x = row.path("x").isTextual() ? PlotlyJson.escape(row.path("x").asText()) : row.path("x").toString();
        assertEquals(plotlyX.get(i).isTextual() ? plotlyX.get(i).asText() : plotlyX.get(i).toString(), x, entry.getKey() + " point " + i);
        assertEquals(timeline ? JSON.getNodeFactory().numberNode(row.path("lane").asInt()) : plotlyY.get(i),
            timeline ? row.path("lane") : row.path("y"), entry.getKey() + " point " + i);
      }
    }
  }

  @Test
  void theSpecIsVegaLite5AtTheChartsSizeWithItsTitles() throws Exception {
    JsonNode spec = spec(PlotlyJsonTest.annotatedBar().xTitle("Year").yTitle("USD bn").source("GAC").size(640, 360));
    assertEquals("https://vega.github.io/schema/vega-lite/v5.json", spec.path("$schema").asText());
    assertEquals(640, spec.path("width").asInt());
    assertEquals(360, spec.path("height").asInt());
    assertEquals("fit", spec.path("autosize").path("type").asText(), "the whole chart, axes included, is that size");
    assertEquals("Trade", spec.path("title").path("text").asText());
    JsonNode bars = layer(spec, "bars").path("encoding");
    assertEquals("Year", bars.path("x").path("axis").path("title").asText());
    assertEquals("USD bn", bars.path("y").path("axis").path("title").asText());
    assertEquals(List.of("Source: GAC"), notes(spec));

    JsonNode untitled = spec(Charts.bar(ChartFixtures.trade(), "year", "total_usd_bn"));
    assertFalse(untitled.has("title"));
    assertTrue(layer(untitled, "bars").path("encoding").path("x").path("axis").path("title").isNull(),
        "no axis title, rather than Vega-Lite's field name 'x'");
    assertFalse(untitled.toString().contains("\"notes\""), "no notes, no notes layer");
  }

  @Test
  void highlightedCategoriesHaveTheThemesColours() throws Exception {
    Theme theme = Theme.DEFAULT.withHighlight("#123456");
    JsonNode spec = spec(Charts.bar(ChartFixtures.trade(), "year", "total_usd_bn").highlight("2023").theme(theme));
    assertEquals("[\"#9DB4C8\",\"#9DB4C8\",\"#9DB4C8\",\"#123456\"]", json(field(rows(spec), "colour", null)));
    JsonNode colour = layer(spec, "bars").path("encoding").path("color");
    assertEquals("colour", colour.path("field").asText());
    assertTrue(colour.path("scale").isNull(), "the colours are used as written");

    JsonNode pie = spec(Charts.pie(ChartFixtures.suppliers(), "supplier", "volume_mt").highlight("Russia"));
    JsonNode scale = layer(pie, "slices").path("encoding").path("color").path("scale");
    assertEquals("[\"Russia\",\"Saudi Arabia\",\"<b>Oman</b>\"]", scale.path("domain").toString());
    assertEquals("[\"#D55E00\",\"#9DB4C8\",\"#9DB4C8\"]", scale.path("range").toString());

    JsonNode lines = spec(Charts.line(ChartFixtures.trade(), "year", "exports_usd_bn", "imports_usd_bn"));
    JsonNode series = layer(lines, "line").path("encoding").path("color").path("scale");
    assertEquals("[\"exports_usd_bn\",\"imports_usd_bn\"]", series.path("domain").toString());
    assertEquals("[\"#0072B2\",\"#E69F00\"]", series.path("range").toString());
  }

  @Test
  void flaggedRowsAreStarredDrawnApartAndExplained() throws Exception {
    JsonNode spec = spec(ChartFixtures.everyKind().get("ranking"));
    JsonNode rows = rows(spec);
    assertEquals("<b>Oman</b>*", rows.get(2).path("x").asText());
    assertTrue(rows.get(2).path("flagged").asBoolean());
    assertFalse(rows.get(0).has("flagged") || rows.get(1).has("flagged"), rows.toString());
    JsonNode bars = layer(spec, "bars").path("encoding");
    assertEquals("datum.flagged", bars.path("fillOpacity").path("condition").path("test").asText());
    assertEquals("datum.flagged", bars.path("strokeDash").path("condition").path("test").asText());
    assertEquals("* disputed figure", notes(spec).get(0));
  }

  @Test
  void annotationsRideOnTheirPoint() throws Exception {
    JsonNode bar = spec(ChartFixtures.everyKind().get("bar"));
    assertEquals("[\"Record\",\"↓\"]", rows(bar).get(3).path("note").toString());
    assertEquals(1, field(rows(bar), "note", null).stream().filter(n -> !n.isMissingNode()).count());
    assertEquals("isValid(datum.note)", layer(bar, "annotations").path("transform").get(0).path("filter").asText());
    assertEquals("[\"← Largest\"]", rows(spec(ChartFixtures.everyKind().get("ranking"))).get(0).path("note").toString());
    assertEquals("[\"2016\",\"↓\"]", field(rows(spec(ChartFixtures.everyKind().get("stacked_bar"))), "note", "exports_usd_bn")
        .get(2).toString(), "on the first series with a value there, as Plotly places it");
    JsonNode twice = spec(Charts.bar(ChartFixtures.trade(), "year", "total_usd_bn").annotate("2014", "one").annotate("2014", "two"));
    assertEquals("[\"one\",\"two\",\"↓\"]", rows(twice).get(0).path("note").toString());
  }

  @Test
  void timelinesKeepDatesSpansLanesAndLabels() throws Exception {
    Table events = ChartFixtures.events();
    JsonNode spec = spec(ChartFixtures.everyKind().get("timeline_lanes"));
    JsonNode rows = rows(spec);
    assertEquals(events.rowCount(), rows.size());
    List<String> places = new ArrayList<>();
    for (JsonNode row : rows) {
      int r = events.dateColumn("date").asList().indexOf(java.time.LocalDate.parse(row.path("x").asText()));
      assertEquals(events.dateColumn("end_date").isMissing(r) ? "" : events.dateColumn("end_date").get(r).toString(),
          row.path("end").asText(), row.toString());
      assertEquals(TimelineLabels.lines(events.stringColumn("event").get(r)).toString(),
          JSON.convertValue(row.path("lines"), List.class).toString());
      if (!places.contains(row.path("series").asText())) {
        places.add(row.path("series").asText());
      }
      assertEquals(places.indexOf(row.path("series").asText()), row.path("lane").asInt(), row.toString());
    }
    assertEquals("[\"Beijing\",\"Moscow\",\"Harbin\"][datum.value]",
        layer(spec, "events").path("encoding").path("y").path("axis").path("labelExpr").asText());
    assertEquals("isValid(datum.end)", layer(spec, "spans").path("transform").get(0).path("filter").asText());
  }

  @Test
  void datesAreIsoTextInUtc() throws Exception {
    Table times = Table.create("t", DateTimeColumn.create("at", LocalDateTime.of(2024, 5, 16, 12, 30), LocalDateTime.of(2024, 5, 17, 0, 0)),
        DoubleColumn.create("v", 1.5, 2.25));
    JsonNode spec = spec(Charts.line(times, "at", "v"));
    assertEquals("[\"2024-05-16T12:30:00Z\",\"2024-05-17\"]", json(field(rows(spec), "x", null)));
    JsonNode x = layer(spec, "line").path("encoding").path("x");
    assertEquals("temporal", x.path("type").asText());
    assertEquals("utc", x.path("scale").path("type").asText());
  }

  @Test
  void barsGroupSideBySideAndStackInSeriesOrder() throws Exception {
    JsonNode grouped = layer(spec(ChartFixtures.everyKind().get("grouped_bar")), "bars").path("encoding");
    assertEquals("series", grouped.path("xOffset").path("field").asText());
    assertTrue(grouped.path("y").path("stack").isNull(), "grouped bars do not stack");
    JsonNode stacked = spec(ChartFixtures.everyKind().get("stacked_bar"));
    assertEquals("zero", layer(stacked, "bars").path("encoding").path("y").path("stack").asText());
    assertEquals("i", layer(stacked, "bars").path("encoding").path("order").path("field").asText());
    assertEquals("[0,0,0,0,1,1,1,1]", json(field(rows(stacked), "i", null)));
    assertTrue(layer(stacked, "annotations").path("encoding").path("y").path("stack").isNull(),
        "a note points at the value, as in the Plotly figure");
  }

  @Test
  void linesBreakAtGapsAndJoinPointsInRowOrder() throws Exception {
    JsonNode spec = spec(ChartFixtures.everyKind().get("line"));
    JsonNode mark = layer(spec, "line").path("mark");
    assertTrue(mark.has("invalid") && mark.path("invalid").isNull(), "null values break the line: " + mark);
    assertTrue(layer(spec, "line").path("encoding").path("order").path("value").isNull());
    assertTrue(layer(spec, "points").path("mark").path("invalid").isMissingNode(), "points leave missing values out");
    JsonNode daily = spec(ChartFixtures.everyKind().get("line_daily"));
    assertEquals(ChartFixtures.everyKind().get("line_daily").data().series().get(0).size(), rows(daily).size(),
        "the downsampled points, as the Plotly figure has");
    assertTrue(rows(daily).size() < 150, "downsampled: " + rows(daily).size());
    assertEquals("Showing " + rows(daily).size() + " of 300 points (downsampled with LTTB)", notes(daily).get(0));
    assertFalse(daily.toString().contains("\"points\""), "long lines have no markers");
  }

  @Test
  void theArticlesChartsKeepTheirFacts() throws Exception {
    JsonNode trade = spec(ArticleCharts.tradeTotals());
    Table totals = ArticleFacts.tradeTotals();
    assertValues(totals.doubleColumn("total_usd_bn"), field(rows(trade), "y", null));
    JsonNode record = rows(trade).get(ArticleCharts.RECORD_YEAR - 2013);
    assertEquals("2023", record.path("x").asText());
    assertEquals("#D55E00", record.path("colour").asText());
    assertEquals("Record cited by the article: $240.1 bn", record.path("note").get(0).asText());
    assertEquals("\"$\" + datum.label + \" bn\"", layer(trade, "bars").path("encoding").path("y").path("axis").path("labelExpr").asText());
    assertTrue(String.join(" ", notes(trade)).startsWith("Source: China's General Administration of Customs"), notes(trade).toString());

    JsonNode crude = spec(ArticleCharts.crudeOilRanking(2023));
    assertEquals("Russia", rows(crude).get(0).path("x").asText());
    assertEquals("#D55E00", rows(crude).get(0).path("colour").asText());
    assertTrue(field(rows(crude), "flagged", null).stream().anyMatch(JsonNode::asBoolean), "disputed rows are flagged");
    assertTrue(notes(crude).get(0).startsWith("* Disputed figure"), notes(crude).toString());

    JsonNode timeline = spec(ArticleCharts.timeline());
    assertEquals(ArticleFacts.events().rowCount(), rows(timeline).size());
    assertEquals("From \"no limits\" to the Harbin expo", timeline.path("title").path("text").asText());
  }

  @Test
  void savesTheSpecAsVlJsonAndThePlotlyFigureAsJson(@TempDir Path dir) throws Exception {
    Chart chart = PlotlyJsonTest.annotatedBar();
    assertEquals(chart.vegaLiteJson() + "\n", Files.readString(chart.save(dir.resolve("trade.vl.json"))));
    assertEquals(chart.plotlyJson() + "\n", Files.readString(chart.save(dir.resolve("trade.json"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chart.save(dir.resolve("trade.vl")));
    assertTrue(e.getMessage().contains(".vl.json (Vega-Lite)"), e.getMessage());
  }
}

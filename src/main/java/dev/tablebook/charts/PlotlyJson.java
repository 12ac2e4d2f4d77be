package dev.tablebook.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.charts.ChartData.Series;
import dev.tablebook.charts.ChartData.XKind;
import dev.tablebook.tables.CellFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a chart as a Plotly figure for plotly.js 3: {@code title.text} objects (string titles were
 * dropped in 3.0), explicit axis types (so years stay categories), {@code null} for missing values
 * with gaps kept, and no generated ids, so the same chart always gives the same JSON.
 */
final class PlotlyJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
  /** Lines with at most this many points also mark each point. */
  private static final int MARKER_LIMIT = 60;

  private PlotlyJson() {}

  static String write(Chart chart) {
    return figure(chart).toString();
  }

  static ObjectNode figure(Chart chart) {
    ChartData data = chart.data();
    ObjectNode figure = JSON.createObjectNode();
    ArrayNode traces = figure.putArray("data");
    for (int s = 0; s < data.series().size(); s++) {
      traces.addAll(traces(chart, data, s));
    }
    figure.set("layout", Layout.of(chart, data));
    return figure;
  }

  private static List<ObjectNode> traces(Chart chart, ChartData data, int index) {
    Series series = data.series().get(index);
    ChartOptions options = chart.options();
    String colour = options.theme().colour(index);
    ObjectNode trace = JSON.createObjectNode();
    trace.put("name", escape(series.name()));
    ChartKind kind = chart.kind();
    if (kind.bars()) {
      trace.put("type", "bar");
      boolean horizontal = kind == ChartKind.RANKING;
      trace.set(horizontal ? "y" : "x", xValues(data, series));
      trace.set(horizontal ? "x" : "y", numbers(series.y()));
      if (horizontal) {
        trace.put("orientation", "h");
      }
      ObjectNode marker = trace.putObject("marker");
      pointColours(marker, "color", chart, data, series, colour);
      if (anyFlagged(series)) {
        ArrayNode shapes = marker.putObject("pattern").putArray("shape");
        for (boolean f : series.flagged()) {
          shapes.add(f ? "/" : "");
        }
      }
      trace.put("hovertemplate", hover(options.valueFormat(), horizontal ? "y" : "x", horizontal ? "x" : "y"));
    } else if (kind.pie()) {
      trace.put("type", "pie");
      trace.set("labels", xValues(data, series));
      trace.set("values", numbers(series.y()));
      trace.put("sort", false);
      trace.put("direction", "clockwise");
      trace.put("textinfo", "label+percent");
      if (kind == ChartKind.DONUT) {
        trace.put("hole", 0.45);
      }
      ObjectNode marker = trace.putObject("marker");
      ArrayNode colours = marker.putArray("colors");
      ArrayNode pull = JSON.createArrayNode();
      for (int p = 0; p < series.size(); p++) {
        String label = data.categories().get((int) series.x()[p]);
        boolean highlighted = options.highlights().contains(label);
        colours.add(highlighted ? options.theme().highlight()
            : options.highlights().isEmpty() ? options.theme().colour(p) : options.theme().muted());
        pull.add(highlighted ? 0.06 : 0);
      }
      if (!options.highlights().isEmpty()) {
        trace.set("pull", pull);
      }
      trace.put("hovertemplate", "%{label}<br>" + escape(options.valueFormat().prefix()) + "%{value" + spec(options.valueFormat())
          + "}" + escape(options.valueFormat().suffix()) + " (%{percent})<extra></extra>");
    } else if (kind == ChartKind.TIMELINE) {
      return timeline(chart, data, series, colour, index);
    } else {
      trace.put("type", "scatter");
      trace.set("x", xValues(data, series));
      trace.set("y", numbers(series.y()));
      boolean markers = kind == ChartKind.SCATTER || series.size() <= MARKER_LIMIT;
      trace.put("mode", kind == ChartKind.SCATTER ? "markers" : markers ? "lines+markers" : "lines");
      if (kind != ChartKind.SCATTER) {
        trace.put("connectgaps", false);
        trace.putObject("line").put("color", colour).put("width", 2);
      }
      ObjectNode marker = trace.putObject("marker");
      pointColours(marker, "color", chart, data, series, colour);
      marker.put("size", kind == ChartKind.SCATTER ? 7 : 6);
      if (kind == ChartKind.AREA) {
        trace.put("fill", "tozeroy");
        trace.put("fillcolor", rgba(colour, 0.25));
      }
      trace.put("hovertemplate", hover(options.valueFormat(), "x", "y"));
    }
    return List.of(trace);
  }

  private static List<ObjectNode> timeline(Chart chart, ChartData data, Series series, String colour, int lane) {
    ObjectNode points = JSON.createObjectNode();
    points.put("type", "scatter").put("name", escape(series.name())).put("mode", "markers+text");
    points.set("x", xValues(data, series));
    ArrayNode y = points.putArray("y");
    ArrayNode text = points.putArray("text");
    ArrayNode position = points.putArray("textposition");
    for (int p = 0; p < series.size(); p++) {
      y.add(lane);
      text.add(String.join("<br>", TimelineLabels.lines(series.text()[p]).stream().map(PlotlyJson::escape).toList()));
      position.add(TimelineLabels.above(p) ? "top center" : "bottom center");
    }
    points.putObject("marker").put("color", colour).put("size", 11);
    points.put("hovertemplate", "%{x|%d %b %Y}<br>%{text}<extra></extra>");
    points.put("cliponaxis", false);
    ObjectNode spans = JSON.createObjectNode();
    spans.put("type", "scatter").put("name", escape(series.name()) + " (spans)").put("mode", "lines");
    spans.put("showlegend", false).put("hoverinfo", "skip");
    ArrayNode sx = spans.putArray("x");
    ArrayNode sy = spans.putArray("y");
    for (int p = 0; p < series.size(); p++) {
      if (!Double.isNaN(series.end()[p])) {
        sx.add(date(series.x()[p])).add(date(series.end()[p])).addNull();
        sy.add(lane).add(lane).addNull();
      }
    }
    spans.putObject("line").put("color", colour).put("width", 8);
    return sx.isEmpty() ? List.of(points) : List.of(spans, points);
  }

  private static void pointColours(ObjectNode marker, String key, Chart chart, ChartData data, Series series, String colour) {
    List<String> highlights = chart.options().highlights();
    if (highlights.isEmpty() || data.xKind() != XKind.CATEGORY) {
      marker.put(key, colour);
      return;
    }
    ArrayNode colours = marker.putArray(key);
    for (int p = 0; p < series.size(); p++) {
      boolean on = highlights.contains(data.categories().get((int) series.x()[p]));
      colours.add(on ? chart.options().theme().highlight() : chart.options().theme().muted());
    }
  }

  static ArrayNode xValues(ChartData data, Series series) {
    ArrayNode out = JSON.createArrayNode();
    for (int p = 0; p < series.size(); p++) {
      double x = series.x()[p];
      switch (data.xKind()) {
        case CATEGORY -> out.add(escape(data.categoryLabel((int) x)));
        case NUMBER -> number(out, x);
        case DATE -> out.add(date(x));
      }
    }
    return out;
  }

  static ArrayNode numbers(double[] values) {
    ArrayNode out = JSON.createArrayNode();
    for (double v : values) {
      number(out, v);
    }
    return out;
  }

  private static void number(ArrayNode out, double v) {
    out.add(number(v));
  }

  /** A value as JSON: null when missing or infinite, whole numbers without ".0", others as Java writes them. */
  static JsonNode number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return JsonNodeFactory.instance.nullNode();
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? JsonNodeFactory.instance.numberNode((long) v)
        : JsonNodeFactory.instance.numberNode(v);
  }

  /** Epoch milliseconds as Plotly's date text: a day, or a day and time. */
  static String date(double millis) {
    Instant instant = Instant.ofEpochMilli((long) millis);
    return ((long) millis) % 86_400_000L == 0 ? DAY.format(instant) : TIME.format(instant);
  }

  private static String hover(CellFormat format, String category, String value) {
    return "%{" + category + "}<br>" + escape(format.prefix()) + "%{" + value + spec(format) + "}" + escape(format.suffix())
        + "<extra>%{fullData.name}</extra>";
  }

  private static String spec(CellFormat format) {
    return format.d3Format().isEmpty() ? "" : ":" + format.d3Format();
  }

  /** Plotly reads a small HTML subset in labels; user text is shown as text. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String rgba(String colour, double alpha) {
    java.awt.Color c = Theme.awt(colour);
    return "rgba(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + "," + alpha + ")";
  }

  static boolean anyFlagged(Series series) {
    for (boolean f : series.flagged()) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}

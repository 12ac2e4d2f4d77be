package dev.tablebook.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tablebook.charts.ChartData.Series;
import dev.tablebook.charts.ChartData.XKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chart as a Vega-Lite 5 spec for the renderer JupyterLab bundles (vega-lite 5.6.1, so
 * nothing newer is used): the points of the Plotly figure as one inline table, the same titles,
 * colours, highlights, flags, annotations and notes, at the chart's size. Its rows have fixed field
 * names, so no column name is read as a Vega-Lite path: {@code x} (a category's label, a number or an
 * ISO date in UTC), {@code y} (null when missing: a gap), {@code series} when there are several, and
 * {@code flagged}, {@code colour}, {@code i}, {@code lane}, {@code end}, {@code lines}, {@code above}
 * where the chart needs them. {@link VegaLiteMarks} writes the layers that draw them.
 */
final class VegaLite {
  static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long DAY = 86_400_000L;

  private VegaLite() {}

  static String write(Chart chart) {
    return spec(chart).toString();
  }

  static ObjectNode spec(Chart chart) {
    ChartData data = chart.data();
    ChartOptions options = chart.options();
    Theme theme = options.theme();
    ObjectNode spec = object();
    spec.put("$schema", SCHEMA);
    if (options.title() != null) {
      spec.putObject("title").put("text", options.title());
    }
    spec.put("width", options.width()).put("height", options.height());
    spec.putObject("autosize").put("type", "fit").put("contains", "padding");
    spec.put("background", theme.background());
    spec.putObject("data").set("values", rows(chart, data));
    ArrayNode layers = spec.putArray("layer");
    VegaLiteMarks.layers(chart, data).forEach(layers::add);
    annotations(chart, data, layers);
    notes(chart, data, layers);
    spec.set("config", config(theme));
    return spec;
  }

  /** One row per point drawn, series after series. */
  private static ArrayNode rows(Chart chart, ChartData data) {
    ArrayNode rows = JSON.createArrayNode();
    ChartKind kind = chart.kind();
    boolean named = data.series().size() > 1;
    boolean coloured = !kind.pie() && highlighted(chart, data);
    ArrayNode[][] notes = pinNotes(chart, data);
    for (int s = 0; s < data.series().size(); s++) {
      Series series = data.series().get(s);
      for (int p = 0; p < series.size(); p++) {
        ObjectNode row = rows.addObject();
        if (named) {
          row.put("series", series.name());
        }
        row.set("x", x(data, series.x()[p]));
        if (kind == ChartKind.TIMELINE) {
          timelineRow(row, series, s, p);
        } else {
          row.set("y", PlotlyJson.number(series.y()[p]));
        }
        if (kind == ChartKind.STACKED_BAR || kind.pie()) {
          row.put("i", kind.pie() ? p : s);
        }
        if (coloured) {
          row.put("colour", pointColour(chart, data, series, p));
        }
        if (series.flagged()[p]) {
          row.put("flagged", true);
        }
        if (notes[s][p] != null) {
          row.set("note", notes[s][p]);
        }
      }
    }
    return rows;
  }

  private static void timelineRow(ObjectNode row, Series series, int lane, int p) {
    row.put("lane", lane);
    if (!Double.isNaN(series.end()[p])) {
      row.put("end", date(series.end()[p]));
    }
    ArrayNode lines = row.putArray("lines");
    TimelineLabels.lines(series.text()[p]).forEach(lines::add);
    row.put("above", TimelineLabels.above(p));
  }

  /** Whether categories are highlighted, so each point gets its own colour as in the Plotly figure. */
  static boolean highlighted(Chart chart, ChartData data) {
    return !chart.options().highlights().isEmpty() && data.xKind() == XKind.CATEGORY;
  }

  /** The colour the Plotly figure gives point {@code p}: highlight or muted when categories are highlighted. */
  static String pointColour(Chart chart, ChartData data, Series series, int p) {
    Theme theme = chart.options().theme();
    boolean on = chart.options().highlights().contains(data.categories().get((int) series.x()[p]));
    return on ? theme.highlight() : theme.muted();
  }

  /** An x value: the category's label as shown, the number, or the date (a day, or an instant in UTC). */
  static JsonNode x(ChartData data, double x) {
    return switch (data.xKind()) {
      case CATEGORY -> TextNode.valueOf(data.categoryLabel((int) x));
      case NUMBER -> PlotlyJson.number(x);
      case DATE -> TextNode.valueOf(date(x));
    };
  }

  /** Epoch milliseconds as ISO text that JavaScript reads as UTC: {@code 2024-05-16} or {@code 2024-05-16T12:30:00Z}. */
  static String date(double millis) {
    long ms = (long) millis;
    return ms % DAY == 0 ? LocalDate.ofEpochDay(Math.floorDiv(ms, DAY)).toString() : Instant.ofEpochMilli(ms).toString();
  }

  /**
   * The annotations: each note above its point with an arrow down, right of a ranking's bar with an
   * arrow left, outside a pie's slice (Vega-Lite has no arrows of its own). They ride on the rows.
   */
  private static void annotations(Chart chart, ChartData data, ArrayNode layers) {
    if (chart.options().annotations().isEmpty()) {
      return;
    }
    ObjectNode layer = VegaLite.object().put("name", "annotations");
    if (chart.kind().pie()) { // every slice keeps its place in the stack; those without a note get none
      layer.putArray("transform").addObject().put("calculate", "isValid(datum.note) ? datum.note : ''").put("as", "note");
    } else {
      layer.putArray("transform").addObject().put("filter", "isValid(datum.note)");
    }
    int fontSize = chart.options().theme().fontSize();
    ObjectNode mark = layer.putObject("mark").put("type", "text").put("color", "#444444")
        .put("fontSize", fontSize).put("lineHeight", VegaLiteLines.lineHeight(fontSize));
    if (chart.kind() == ChartKind.RANKING) {
      mark.put("align", "left").put("baseline", "middle").put("dx", 4);
    } else if (chart.kind().pie()) {
      mark.putObject("radius").put("expr", "min(width, height) / 2 + 18");
    } else {
      mark.put("align", "center").put("baseline", "bottom").put("dy", -2);
    }
    VegaLiteMarks.position(chart, data, layer).putObject("text").put("field", "note");
    if (chart.kind().pie()) {
      layers.add(layer);
    } else {
      VegaLiteLines.placedByLastLine(layer, "note", noteLineCounts(chart, data)).forEach(layers::add);
    }
  }

  /** How many lines the annotations' notes have. */
  private static List<Integer> noteLineCounts(Chart chart, ChartData data) {
    List<Integer> counts = new ArrayList<>();
    for (ArrayNode[] series : pinNotes(chart, data)) {
      for (ArrayNode note : series) {
        if (note != null) {
          counts.add(note.size());
        }
      }
    }
    return counts;
  }

  /** Each point's annotation text, as lines ending with the arrow; null where there is none. */
  private static ArrayNode[][] pinNotes(Chart chart, ChartData data) {
    ArrayNode[][] notes = new ArrayNode[data.series().size()][];
    for (int s = 0; s < notes.length; s++) {
      notes[s] = new ArrayNode[data.series().get(s).size()];
    }
    boolean ranking = chart.kind() == ChartKind.RANKING;
    boolean above = !ranking && !chart.kind().pie();
    for (Pins.Pin pin : Pins.of(chart, data)) {
      ArrayNode lines = notes[pin.series()][pin.point()];
      if (lines == null) {
        lines = JSON.createArrayNode();
        notes[pin.series()][pin.point()] = lines;
      } else if (above) {
        lines.remove(lines.size() - 1); // the arrow goes last
      }
      lines.add(ranking ? "← " + pin.text() : pin.text());
      if (above) {
        lines.add("↓");
      }
    }
    return notes;
  }

  /** The notes under the chart (flag note, downsampling, source), left-aligned below the axis. */
  private static void notes(Chart chart, ChartData data, ArrayNode layers) {
    List<String> notes = Pins.notes(chart, data);
    if (notes.isEmpty()) {
      return;
    }
    ChartOptions options = chart.options();
    int belowAxis = options.xTitle() == null || chart.kind().pie() ? 40 : 62;
    ObjectNode layer = layers.addObject().put("name", "notes");
    ArrayNode lines = layer.putObject("data").putArray("values").addObject().putArray("lines");
    int width = Math.max(40, (options.width() - 160) / 6); // Vega-Lite does not wrap; a long line would squeeze the plot
    notes.forEach(note -> TimelineLabels.lines(note, width).forEach(lines::add));
    layer.putObject("mark").put("type", "text").put("align", "left").put("baseline", "top").put("dy", belowAxis)
        .put("fontSize", options.theme().fontSize() - 2).put("color", "#666666");
    ObjectNode encoding = layer.putObject("encoding");
    encoding.putObject("x").put("value", 0);
    encoding.putObject("y").put("value", "height");
    encoding.putObject("text").put("field", "lines");
  }

  private static ObjectNode config(Theme theme) {
    ObjectNode config = object();
    config.put("font", theme.fontFamily());
    config.putObject("view").putNull("stroke");
    config.putObject("title").put("anchor", "start").put("fontSize", theme.fontSize() + 5).put("fontWeight", "normal")
        .put("color", theme.text());
    config.putObject("axis").put("gridColor", theme.grid()).put("domainColor", "#999999").put("tickColor", "#999999")
        .put("labelColor", theme.text()).put("titleColor", theme.text()).put("labelFontSize", theme.fontSize())
        .put("titleFontSize", theme.fontSize()).put("titleFontWeight", "normal");
    config.putObject("legend").put("orient", "top").put("direction", "horizontal").put("labelLimit", 400).put("labelColor", theme.text())
        .put("labelFontSize", theme.fontSize());
    config.putObject("text").put("color", theme.text()).put("fontSize", theme.fontSize() - 1);
    return config;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}

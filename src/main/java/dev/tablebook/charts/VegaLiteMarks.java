package dev.tablebook.charts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tablebook.charts.ChartData.Series;
import dev.tablebook.charts.ChartData.XKind;
import dev.tablebook.tables.CellFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vega-Lite layers that draw a chart's rows (see {@link VegaLite}), one or more per kind, each
 * named for what it draws: {@code bars}; {@code area}, {@code line}, {@code points}; {@code slices},
 * {@code slice_labels}; {@code spans}, {@code events}, {@code labels_above}, {@code labels_below}.
 */
final class VegaLiteMarks {
  /** Lines with at most this many points also mark each point, as in the Plotly figure. */
  private static final int MARKER_LIMIT = 60;
  private static final String FLAGGED = "datum.flagged";

  private VegaLiteMarks() {}

  static List<ObjectNode> layers(Chart chart, ChartData data) {
    ChartKind kind = chart.kind();
    List<ObjectNode> layers = new ArrayList<>();
    if (kind.bars()) {
      ObjectNode bars = layer("bars", "bar");
      colour(chart, data, position(chart, data, bars));
      flags(chart, bars);
      tooltip(chart, data, bars);
      layers.add(bars);
    } else if (kind.pie()) {
      pie(chart, data, layers);
    } else if (kind == ChartKind.TIMELINE) {
      timeline(chart, data, layers);
    } else {
      if (kind == ChartKind.AREA) {
        ObjectNode area = layer("area", "area");
        ((ObjectNode) area.get("mark")).putNull("invalid").put("opacity", 0.25);
        colour(chart, data, position(chart, data, area));
        layers.add(area);
      }
      if (kind != ChartKind.SCATTER) {
        ObjectNode line = layer("line", "line");
        ((ObjectNode) line.get("mark")).putNull("invalid").put("strokeWidth", 2);
        ObjectNode encoding = position(chart, data, line);
        encoding.putObject("order").putNull("value"); // joined in row order, as Plotly does, not sorted by x
        colour(chart, data, encoding);
        layers.add(line);
      }
      int longest = data.series().stream().mapToInt(Series::size).max().orElse(0);
      if (kind == ChartKind.SCATTER || longest <= MARKER_LIMIT) {
        ObjectNode points = layer("points", "point");
        int diameter = kind == ChartKind.SCATTER ? 7 : 6;
        ((ObjectNode) points.get("mark")).put("filled", true).put("opacity", 1).put("size", Math.round(Math.PI * diameter * diameter / 4));
        colour(chart, data, position(chart, data, points));
        tooltip(chart, data, points);
        layers.add(points);
      }
    }
    return layers;
  }

  /** The x and y (and for grouped bars, offset) encodings of a layer, shared by every layer of the chart. */
  static ObjectNode position(Chart chart, ChartData data, ObjectNode layer) {
    ChartOptions options = chart.options();
    ChartKind kind = chart.kind();
    ObjectNode encoding = layer.putObject("encoding");
    if (kind == ChartKind.TIMELINE) {
      ObjectNode x = encoding.putObject("x").put("field", "x").put("type", "temporal");
      ObjectNode scale = x.putObject("scale").put("type", "utc");
      double[] range = Layout.timeRange(data);
      if (range != null && "spans".equals(layer.path("name").asText())) { // once (an explicit temporal domain
        scale.put("domainMin", (long) range[0]).put("domainMax", (long) range[1]); // warns in a layer: vega-lite 5.6)
      }
      axisTitle(x, options.xTitle()).put("format", "%b %Y");
      ObjectNode y = encoding.putObject("y").put("field", "lane").put("type", "quantitative");
      y.putObject("scale").putArray("domain").add(-1.2).add(data.series().size() - 1 + 1.2);
      laneAxis(y, data);
      return encoding;
    }
    if (kind.pie()) {
      encoding.putObject("theta").put("field", "y").put("type", "quantitative").put("stack", true);
      encoding.putObject("order").put("field", "i");
      return encoding;
    }
    boolean horizontal = kind == ChartKind.RANKING;
    ObjectNode category = encoding.putObject(horizontal ? "y" : "x").put("field", "x");
    ObjectNode value = encoding.putObject(horizontal ? "x" : "y").put("field", "y").put("type", "quantitative");
    if (data.xKind() == XKind.CATEGORY) {
      category.put("type", "nominal").putNull("sort");
      ArrayNode domain = category.putObject("scale").putArray("domain");
      data.labels().forEach(domain::add);
      axisTitle(category, options.xTitle()).put("labelAngle", 0).put("labelLimit", 300);
    } else if (data.xKind() == XKind.DATE) {
      category.put("type", "temporal").putObject("scale").put("type", "utc");
      axisTitle(category, options.xTitle());
    } else {
      category.put("type", "quantitative").putObject("scale").put("zero", false);
      ObjectNode axis = axisTitle(category, options.xTitle());
      if (Layout.integers(data)) {
        axis.put("format", "d");
      }
    }
    valueAxis(axisTitle(value, options.yTitle()), options.valueFormat());
    value.putObject("scale").put("zero", kind.bars() || kind == ChartKind.AREA);
    if (kind == ChartKind.STACKED_BAR && "bars".equals(layer.path("name").asText())) {
      value.put("stack", "zero");
      encoding.putObject("order").put("field", "i");
    } else {
      value.putNull("stack");
    }
    if (kind.bars() && kind != ChartKind.STACKED_BAR && data.series().size() > 1) {
      ObjectNode offset = encoding.putObject(horizontal ? "yOffset" : "xOffset").put("field", "series").put("type", "nominal");
      offset.putNull("sort");
      seriesNames(offset.putObject("scale").putArray("domain"), data);
    }
    return encoding;
  }

  /** Colours as in the Plotly figure: highlight and muted per point, the palette per series, or the first colour. */
  private static void colour(Chart chart, ChartData data, ObjectNode encoding) {
    Theme theme = chart.options().theme();
    if (VegaLite.highlighted(chart, data)) {
      encoding.putObject("color").put("field", "colour").put("type", "nominal").putNull("scale").putNull("legend");
    } else if (data.series().size() > 1) {
      ObjectNode colour = encoding.putObject("color").put("field", "series").put("type", "nominal");
      colour.putNull("sort");
      ObjectNode scale = colour.putObject("scale");
      seriesNames(scale.putArray("domain"), data);
      ArrayNode range = scale.putArray("range");
      for (int s = 0; s < data.series().size(); s++) {
        range.add(theme.colour(s));
      }
      colour.putObject("legend").putNull("title");
    } else {
      encoding.putObject("color").put("value", theme.colour(0));
    }
  }

  /** Flagged bars, hatched in Plotly, drawn lighter with a dashed outline (Vega-Lite 5.6 has no fill patterns). */
  private static void flags(Chart chart, ObjectNode layer) {
    if (chart.options().flagColumn() == null) {
      return;
    }
    ((ObjectNode) layer.get("mark")).put("stroke", chart.options().theme().text());
    ObjectNode encoding = ((ObjectNode) layer.get("encoding"));
    conditional(encoding.putObject("fillOpacity"), 0.55, 1);
    conditional(encoding.putObject("strokeWidth"), 1.5, 0);
    ObjectNode dash = encoding.putObject("strokeDash");
    dash.putObject("condition").put("test", FLAGGED).putArray("value").add(4).add(3);
    dash.putArray("value").add(1).add(0);
  }

  private static void conditional(ObjectNode channel, double flagged, double otherwise) {
    channel.putObject("condition").put("test", FLAGGED).put("value", flagged);
    channel.put("value", otherwise);
  }

  private static void pie(Chart chart, ChartData data, List<ObjectNode> layers) {
    ChartOptions options = chart.options();
    Theme theme = options.theme();
    ObjectNode slices = layer("slices", "arc");
    if (chart.kind() == ChartKind.DONUT) {
      ((ObjectNode) slices.get("mark")).putObject("innerRadius").put("expr", "0.45 * min(width, height) / 2");
    }
    ObjectNode colour = position(chart, data, slices).putObject("color").put("field", "x").put("type", "nominal");
    colour.putNull("sort");
    ObjectNode scale = colour.putObject("scale");
    ArrayNode domain = scale.putArray("domain");
    ArrayNode range = scale.putArray("range");
    Series series = data.series().get(0);
    for (int p = 0; p < series.size(); p++) {
      domain.add(data.categoryLabel((int) series.x()[p]));
      range.add(options.highlights().isEmpty() ? theme.colour(p) : VegaLite.pointColour(chart, data, series, p));
    }
    colour.putObject("legend").putNull("title");
    tooltip(chart, data, slices);
    layers.add(slices);
    ObjectNode labels = layer("slice_labels", "text");
    double at = chart.kind() == ChartKind.DONUT ? 0.725 : 0.6;
    ((ObjectNode) labels.get("mark")).put("fontSize", theme.fontSize()).putObject("radius").put("expr", at + " * min(width, height) / 2");
    ArrayNode transform = labels.putArray("transform");
    transform.addObject().putArray("joinaggregate").addObject().put("op", "sum").put("field", "y").put("as", "total");
    transform.addObject().put("calculate", "[datum.x, format(datum.y / datum.total, '.1%')]").put("as", "share");
    position(chart, data, labels).putObject("text").put("field", "share");
    layers.add(labels);
  }

  private static void timeline(Chart chart, ChartData data, List<ObjectNode> layers) {
    Theme theme = chart.options().theme();
    ObjectNode spans = layer("spans", "rule");
    ((ObjectNode) spans.get("mark")).put("strokeWidth", 8);
    spans.putArray("transform").addObject().put("filter", "isValid(datum.end)");
    ObjectNode encoding = position(chart, data, spans);
    encoding.putObject("x2").put("field", "end");
    laneColour(theme, data, encoding);
    layers.add(spans);
    ObjectNode events = layer("events", "point");
    ((ObjectNode) events.get("mark")).put("filled", true).put("opacity", 1).put("size", Math.round(Math.PI * 11 * 11 / 4));
    ObjectNode tooltip = position(chart, data, events).putObject("tooltip");
    laneColour(theme, data, ((ObjectNode) events.get("encoding")));
    tooltip.put("field", "x").put("type", "temporal").put("timeUnit", "utcyearmonthdate").put("format", "%d %b %Y");
    layers.add(events);
    int fontSize = theme.fontSize() - 1;
    for (boolean above : new boolean[] {true, false}) {
      ObjectNode labels = layer(above ? "labels_above" : "labels_below", "text");
      ((ObjectNode) labels.get("mark")).put("baseline", above ? "bottom" : "top").put("dy", above ? -9 : 9)
          .put("fontSize", fontSize).put("lineHeight", VegaLiteLines.lineHeight(fontSize));
      labels.putArray("transform").addObject().put("filter", above ? "datum.above" : "!datum.above");
      position(chart, data, labels).putObject("text").put("field", "lines");
      if (above) {
        layers.addAll(VegaLiteLines.placedByLastLine(labels, "lines", labelLineCounts(data)));
      } else {
        layers.add(labels);
      }
    }
  }

  /** How many lines the timeline's labels above their dots have, as {@link VegaLite} breaks them. */
  private static List<Integer> labelLineCounts(ChartData data) {
    List<Integer> counts = new ArrayList<>();
    for (Series series : data.series()) {
      for (int p = 0; p < series.size(); p++) {
        if (TimelineLabels.above(p)) {
          counts.add(TimelineLabels.lines(series.text()[p]).size());
        }
      }
    }
    return counts;
  }

  /** What hovering over a point shows, as the Plotly hover does: the series, the x value and the value in its format. */
  private static void tooltip(Chart chart, ChartData data, ObjectNode layer) {
    ChartOptions options = chart.options();
    ArrayNode tooltip = ((ObjectNode) layer.get("encoding")).putArray("tooltip");
    if (data.series().size() > 1) {
      tooltip.addObject().put("field", "series").put("type", "nominal").putNull("title");
    }
    ObjectNode x = tooltip.addObject().put("field", "x").put("title", options.xTitle() == null ? chart.x() : options.xTitle());
    x.put("type", switch (data.xKind()) {
      case CATEGORY -> "nominal";
      case NUMBER -> "quantitative";
      case DATE -> "temporal";
    });
    if (data.xKind() == XKind.DATE) {
      x.put("timeUnit", "utcyearmonthdatehoursminutesseconds");
    }
    ObjectNode y = tooltip.addObject().put("field", "y").put("type", "quantitative")
        .put("title", options.yTitle() != null ? options.yTitle() : chart.values().size() == 1 ? chart.values().get(0) : "value");
    if (!options.valueFormat().d3Format().isEmpty()) {
      y.put("format", options.valueFormat().d3Format());
    }
  }

  private static void laneColour(Theme theme, ChartData data, ObjectNode encoding) {
    if (data.series().size() == 1) {
      encoding.putObject("color").put("value", theme.colour(0));
      return;
    }
    ObjectNode colour = encoding.putObject("color").put("field", "lane").put("type", "nominal").putNull("legend");
    ArrayNode range = colour.putObject("scale").putArray("range");
    for (int s = 0; s < data.series().size(); s++) {
      range.add(theme.colour(s));
    }
  }

  /** A timeline's lanes: no axis for one, the series' names for several. */
  private static void laneAxis(ObjectNode y, ChartData data) {
    if (data.series().size() == 1) {
      y.putNull("axis");
      return;
    }
    ArrayNode names = VegaLite.object().putArray("names");
    seriesNames(names, data);
    ObjectNode axis = y.putObject("axis").putNull("title").put("grid", false).put("labelExpr", names + "[datum.value]");
    ArrayNode values = axis.putArray("values");
    for (int lane = 0; lane < data.series().size(); lane++) {
      values.add(lane);
    }
  }

  private static ObjectNode axisTitle(ObjectNode channel, String title) {
    ObjectNode axis = channel.putObject("axis");
    if (title == null) {
      axis.putNull("title");
    } else {
      axis.put("title", title);
    }
    return axis;
  }

  /** Tick labels as the value format writes them: its d3 format, with its prefix and suffix. */
  private static void valueAxis(ObjectNode axis, CellFormat format) {
    if (!format.d3Format().isEmpty()) {
      axis.put("format", format.d3Format());
    }
    if (!format.prefix().isEmpty() || !format.suffix().isEmpty()) {
      axis.put("labelExpr", TextNode.valueOf(format.prefix()) + " + datum.label + "
          + TextNode.valueOf(format.suffix()));
    }
  }

  private static void seriesNames(ArrayNode out, ChartData data) {
    data.series().forEach(s -> out.add(s.name()));
  }

  private static ObjectNode layer(String name, String mark) {
    ObjectNode layer = VegaLite.object().put("name", name);
    layer.putObject("mark").put("type", mark);
    return layer;
  }
}

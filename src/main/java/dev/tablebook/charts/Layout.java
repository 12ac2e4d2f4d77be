package dev.tablebook.charts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.charts.ChartData.Series;
import dev.tablebook.charts.ChartData.XKind;
import dev.tablebook.tables.CellFormat;
import java.util.List;

/** The Plotly {@code layout} of a chart: titles, axes, theme, annotations and the notes under it. */
final class Layout {
  private Layout() {}

  static ObjectNode of(Chart chart, ChartData data) {
    ChartOptions options = chart.options();
    Theme theme = options.theme();
    ChartKind kind = chart.kind();
    ObjectNode layout = PlotlyJson.object();
    if (options.title() != null) {
      layout.putObject("title").put("text", PlotlyJson.escape(options.title())).put("x", 0.01).put("xanchor", "left")
          .putObject("font").put("size", theme.fontSize() + 5);
    }
    layout.putObject("font").put("family", theme.fontFamily()).put("size", theme.fontSize()).put("color", theme.text());
    layout.put("paper_bgcolor", theme.background()).put("plot_bgcolor", theme.background());
    ArrayNode colourway = layout.putArray("colorway");
    theme.palette().forEach(colourway::add);
    layout.put("height", options.height());
    layout.put("autosize", true);
    List<String> notes = Pins.notes(chart, data);
    int belowAxis = options.xTitle() == null || kind.pie() ? 40 : 62;
    boolean legend = data.series().size() > 1 && kind != ChartKind.TIMELINE || kind.pie();
    int top = (options.title() == null ? 30 : 60) + (legend && !kind.pie() ? 26 : 0);
    layout.putObject("margin").put("l", 70).put("r", 30).put("t", top)
        .put("b", belowAxis + 8 + 16 * notes.size());
    layout.put("showlegend", legend);
    if (legend) {
      layout.putObject("legend").put("orientation", "h").put("x", 0).put("y", 1.02).put("yanchor", "bottom");
    }
    if (kind == ChartKind.GROUPED_BAR) {
      layout.put("barmode", "group");
    } else if (kind == ChartKind.STACKED_BAR) {
      layout.put("barmode", "stack");
    }
    if (!kind.pie()) {
      axes(layout, chart, data);
    }
    ArrayNode annotations = layout.putArray("annotations");
    for (Pins.Pin pin : Pins.of(chart, data)) {
      annotations.add(annotation(chart, data, pin));
    }
    if (!notes.isEmpty()) {
      annotations.addObject().put("xref", "paper").put("yref", "paper").put("x", 0).put("y", 0)
          .put("xanchor", "left").put("yanchor", "top").put("yshift", -belowAxis).put("showarrow", false).put("align", "left")
          .put("text", String.join("<br>", notes.stream().map(PlotlyJson::escape).toList()))
          .putObject("font").put("size", theme.fontSize() - 2).put("color", "#666666");
    }
    return layout;
  }

  private static void axes(ObjectNode layout, Chart chart, ChartData data) {
    ChartOptions options = chart.options();
    boolean horizontal = chart.kind() == ChartKind.RANKING;
    ObjectNode categoryAxis = axis(layout.putObject(horizontal ? "yaxis" : "xaxis"), options.xTitle(), options.theme());
    ObjectNode valueAxis = axis(layout.putObject(horizontal ? "xaxis" : "yaxis"), options.yTitle(), options.theme());
    categoryAxis.put("type", switch (data.xKind()) {
      case CATEGORY -> "category";
      case NUMBER -> "linear";
      case DATE -> "date";
    });
    if (data.xKind() == XKind.CATEGORY) {
      categoryAxis.put("categoryorder", "array");
      ArrayNode order = categoryAxis.putArray("categoryarray");
      for (int i = 0; i < data.categories().size(); i++) {
        order.add(PlotlyJson.escape(data.categoryLabel(i)));
      }
    }
    if (data.xKind() == XKind.NUMBER && integers(data)) {
      categoryAxis.put("tickformat", "d");
    }
    if (horizontal) {
      categoryAxis.put("autorange", "reversed");
    }
    if (chart.kind() == ChartKind.TIMELINE) {
      timeRange(categoryAxis, data);
      if (data.series().size() == 1) {
        valueAxis.removeAll();
        valueAxis.put("visible", false);
      } else {
        valueAxis.put("showgrid", false);
        ArrayNode values = valueAxis.putArray("tickvals");
        ArrayNode names = valueAxis.putArray("ticktext");
        for (int lane = 0; lane < data.series().size(); lane++) {
          values.add(lane);
          names.add(PlotlyJson.escape(data.series().get(lane).name()));
        }
      }
      valueAxis.putArray("range").add(-1.2).add(data.series().size() - 1 + 1.2);
      return;
    }
    CellFormat format = options.valueFormat();
    if (!format.d3Format().isEmpty()) {
      valueAxis.put("tickformat", format.d3Format()).put("hoverformat", format.d3Format());
    }
    if (!format.prefix().isEmpty()) {
      valueAxis.put("tickprefix", format.prefix());
    }
    if (!format.suffix().isEmpty()) {
      valueAxis.put("ticksuffix", format.suffix());
    }
    if (chart.kind().bars() || chart.kind() == ChartKind.AREA) {
      valueAxis.put("rangemode", "tozero");
    }
  }

  /** A timeline's date range with room for the first and last labels, as the static chart has. */
  private static void timeRange(ObjectNode axis, ChartData data) {
    double[] range = timeRange(data);
    if (range != null) {
      axis.putArray("range").add(PlotlyJson.date(range[0])).add(PlotlyJson.date(range[1]));
    }
  }

  /** A timeline's first and last day in epoch milliseconds, padded for the labels; null when it has no events. */
  static double[] timeRange(ChartData data) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : data.series()) {
      for (int p = 0; p < s.size(); p++) {
        min = Math.min(min, s.x()[p]);
        max = Math.max(max, Double.isNaN(s.end()[p]) ? s.x()[p] : s.end()[p]);
      }
    }
    if (min > max) {
      return null;
    }
    double pad = Math.max((max - min) * Timeline.MARGIN, 86_400_000L * 30.0);
    return new double[] {Math.floor((min - pad) / 86_400_000L) * 86_400_000L, Math.ceil((max + pad) / 86_400_000L) * 86_400_000L};
  }

  private static ObjectNode axis(ObjectNode axis, String title, Theme theme) {
    if (title != null) {
      axis.putObject("title").put("text", PlotlyJson.escape(title));
    }
    axis.put("gridcolor", theme.grid()).put("linecolor", "#999999").put("automargin", true).put("zeroline", false);
    return axis;
  }

  /** Whether every x value is a whole number, so its axis shows no decimals. */
  static boolean integers(ChartData data) {
    for (Series s : data.series()) {
      for (double x : s.x()) {
        if (!Double.isNaN(x) && x != Math.rint(x)) {
          return false;
        }
      }
    }
    return true;
  }

  private static ObjectNode annotation(Chart chart, ChartData data, Pins.Pin pin) {
    Series series = data.series().get(pin.series());
    boolean horizontal = chart.kind() == ChartKind.RANKING;
    ArrayNode xs = PlotlyJson.xValues(data, series);
    ObjectNode note = PlotlyJson.object();
    double value = series.y()[pin.point()];
    // On a category axis a position is the category's number: a label such as "2023" would be read as number 2023.
    double at = series.x()[pin.point()];
    if (horizontal) {
      note.put("y", at).put("x", value).put("ax", 60).put("ay", 0);
    } else if (data.xKind() == XKind.CATEGORY) {
      note.put("x", at);
      note.put("y", value).put("ax", 0).put("ay", -36);
    } else {
      note.set("x", xs.get(pin.point()));
      note.put("y", value).put("ax", 0).put("ay", -36);
    }
    note.put("text", PlotlyJson.escape(pin.text())).put("showarrow", true).put("arrowhead", 2).put("arrowwidth", 1.2)
        .put("arrowcolor", "#444444").put("bgcolor", "rgba(255,255,255,0.85)");
    return note;
  }
}

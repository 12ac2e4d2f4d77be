package dev.tablebook.charts;

import dev.tablebook.charts.ChartData.Series;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.PieTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;
import tech.tablesaw.columns.Column;

/**
 * A chart as a Tablesaw jsplot {@link Figure} built from jsplot's own traces and layout: the same
 * points, series colours, titles and bar mode. Annotations, highlights, flags and notes have no
 * jsplot component and are left out.
 */
final class JsplotFigure {
  private JsplotFigure() {}

  static Figure of(Chart chart) {
    ChartData data = chart.data();
    ChartOptions options = chart.options();
    List<Trace> traces = new ArrayList<>();
    for (int s = 0; s < data.series().size(); s++) {
      traces.add(trace(chart, data, data.series().get(s), options.theme().colour(s)));
    }
    Layout.LayoutBuilder layout = Layout.builder(options.title() == null ? "" : options.title())
        .height(options.height()).showLegend(data.series().size() > 1 || chart.kind().pie());
    if (!chart.kind().pie()) {
      Axis category = Axis.builder().title(options.xTitle() == null ? "" : options.xTitle())
          .type(data.xKind() == ChartData.XKind.CATEGORY ? Axis.Type.CATEGORY
              : data.xKind() == ChartData.XKind.DATE ? Axis.Type.DATE : Axis.Type.LINEAR).build();
      Axis value = Axis.builder().title(options.yTitle() == null ? "" : options.yTitle()).build();
      boolean horizontal = chart.kind() == ChartKind.RANKING;
      layout.xAxis(horizontal ? value : category).yAxis(horizontal ? category : value);
    }
    if (chart.kind() == ChartKind.GROUPED_BAR) {
      layout.barMode(Layout.BarMode.GROUP);
    } else if (chart.kind() == ChartKind.STACKED_BAR) {
      layout.barMode(Layout.BarMode.STACK);
    }
    return new Figure(layout.build(), traces.toArray(new Trace[0]));
  }

  private static Trace trace(Chart chart, ChartData data, Series series, String colour) {
    Object[] labels = labels(data, series);
    Marker marker = Marker.builder().color(colour).build();
    if (chart.kind().bars()) {
      return BarTrace.builder(labels, series.y()).name(series.name()).marker(marker)
          .orientation(chart.kind() == ChartKind.RANKING ? BarTrace.Orientation.HORIZONTAL : BarTrace.Orientation.VERTICAL)
          .build();
    }
    if (chart.kind().pie()) {
      return PieTrace.builder(labels, series.y()).build();
    }
    Column<?> x = data.xKind() == ChartData.XKind.NUMBER ? DoubleColumn.create("x", series.x())
        : StringColumn.create("x", java.util.Arrays.stream(labels).map(String::valueOf).toArray(String[]::new));
    ScatterTrace.ScatterBuilder trace = ScatterTrace.builder(x, DoubleColumn.create("y", series.y())).name(series.name())
        .marker(marker);
    return switch (chart.kind()) {
      case SCATTER -> trace.mode(ScatterTrace.Mode.MARKERS).build();
      case AREA -> trace.mode(ScatterTrace.Mode.LINE).fill(ScatterTrace.Fill.TO_ZERO_Y).build();
      case TIMELINE -> trace.mode(ScatterTrace.Mode.TEXT_AND_MARKERS).text(series.text()).build();
      default -> trace.mode(ScatterTrace.Mode.LINE).build();
    };
  }

  private static Object[] labels(ChartData data, Series series) {
    Object[] labels = new Object[series.size()];
    for (int p = 0; p < labels.length; p++) {
      labels[p] = switch (data.xKind()) {
        case CATEGORY -> data.categoryLabel((int) series.x()[p]);
        case NUMBER -> series.x()[p];
        case DATE -> PlotlyJson.date(series.x()[p]);
      };
    }
    return labels;
  }
}

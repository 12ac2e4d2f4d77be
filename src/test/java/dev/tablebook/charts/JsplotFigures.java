package dev.tablebook.charts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.AreaPlot;
import tech.tablesaw.plotly.api.BoxPlot;
import tech.tablesaw.plotly.api.BubblePlot;
import tech.tablesaw.plotly.api.CandlestickPlot;
import tech.tablesaw.plotly.api.ContourPlot;
import tech.tablesaw.plotly.api.Heatmap;
import tech.tablesaw.plotly.api.Histogram;
import tech.tablesaw.plotly.api.Histogram2D;
import tech.tablesaw.plotly.api.HorizontalBarPlot;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.api.OHLCPlot;
import tech.tablesaw.plotly.api.ParetoPlot;
import tech.tablesaw.plotly.api.PiePlot;
import tech.tablesaw.plotly.api.QQPlot;
import tech.tablesaw.plotly.api.QuantilePlot;
import tech.tablesaw.plotly.api.Scatter3DPlot;
import tech.tablesaw.plotly.api.ScatterPlot;
import tech.tablesaw.plotly.api.TimeSeriesPlot;
import tech.tablesaw.plotly.api.TukeyMeanDifferencePlot;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.api.ViolinPlot;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.ColorBar;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Domain;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Font;
import tech.tablesaw.plotly.components.Grid;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.PieTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

/** jsplot figures of every kind its API draws, with awkward text and missing values, named for test messages. */
final class JsplotFigures {
  /** Quotes, an apostrophe, markup, an ampersand, non-ASCII and a backslash. */
  static final String AWKWARD = "O'Brien \"quoted\" <b>bold</b> & Zürich — 東京 C:\\temp";

  private JsplotFigures() {}

  /** Every figure, by name, built the same way each time (seeded data). */
  static Map<String, Figure> all() {
    Random random = new Random(24);
    Table prices = prices(random);
    Table groups = groups(random);
    Map<String, Figure> figures = new LinkedHashMap<>();
    figures.put("histogram", Histogram.create("Heights", groups, "value"));
    figures.put("histogram with NaN", Histogram.create(AWKWARD, new double[] {1, Double.NaN, 2, 2, 3}));
    figures.put("histogram2d", Histogram2D.create("Joint", groups, "value", "other"));
    figures.put("box", BoxPlot.create("Box", groups, "group", "value"));
    figures.put("violin", ViolinPlot.create("Violin", groups, "group", "value", true, true));
    figures.put("scatter", ScatterPlot.create(AWKWARD, groups, "value", "other"));
    figures.put("scatter grouped", ScatterPlot.create("By group", groups, "value", "other", "group"));
    figures.put("scatter arrays", ScatterPlot.create("Arrays", "x's", new double[] {1, 2, Double.NaN},
        "y & z", new double[] {Double.POSITIVE_INFINITY, 1e-7, 1e21}));
    figures.put("scatter3d", Scatter3DPlot.create("3D", groups, "value", "other", "third"));
    figures.put("scatter3d grouped", Scatter3DPlot.create("3D groups", groups, "value", "other", "third", "group"));
    figures.put("scatter3d sized", Scatter3DPlot.create("3D sized", groups, "value", "other", "third", "size", "group"));
    figures.put("bubble", BubblePlot.create("Bubbles", groups, "value", "other", "size"));
    figures.put("bubble grouped", BubblePlot.create("Bubble groups", groups, "value", "other", "size", "group"));
    figures.put("line", LinePlot.create("Line", groups, "value", "other"));
    figures.put("line grouped", LinePlot.create("Lines", groups, "value", "other", "group"));
    figures.put("area", AreaPlot.create("Area", groups, "value", "other"));
    figures.put("area grouped", AreaPlot.create("Areas", groups, "value", "other", "group"));
    figures.put("time series dates", TimeSeriesPlot.create("Close by day", prices, "date", "close"));
    figures.put("time series grouped", TimeSeriesPlot.create("Close by day and desk", prices, "date", "close", "desk"));
    figures.put("time series date-times", TimeSeriesPlot.createDateTimeSeries("Close by minute", prices, "time", "close"));
    figures.put("time series columns", TimeSeriesPlot.create("Columns", "Day", prices.dateColumn("date"), "Close",
        prices.numberColumn("close")));
    figures.put("vertical bars", VerticalBarPlot.create(AWKWARD, groups, "group", "value"));
    figures.put("vertical bars grouped", VerticalBarPlot.create("Grouped", summary(), "group", Layout.BarMode.GROUP, "a", "b"));
    figures.put("horizontal bars", HorizontalBarPlot.create("Horizontal", summary(), "group", "a"));
    figures.put("horizontal bars stacked", HorizontalBarPlot.create("Stacked", summary(), "group", Layout.BarMode.STACK, "a", "b"));
    figures.put("pie", PiePlot.create("Pie's share", summary(), "group", "a"));
    figures.put("heatmap", Heatmap.create("Heat", groups, "group", "band"));
    figures.put("contour", ContourPlot.create("Contour", groups, "group", "band"));
    figures.put("pareto", ParetoPlot.create("Pareto", summary(), "group", "a"));
    figures.put("pareto horizontal", ParetoPlot.showHorizontal("Pareto sideways", summary(), "group", "a"));
    figures.put("qq", QQPlot.create("QQ", groups, "value", "other"));
    figures.put("quantile", QuantilePlot.create("Quantiles", groups, "value"));
    figures.put("tukey", TukeyMeanDifferencePlot.create("Tukey", "mm", groups, "value", "other"));
    figures.put("candlestick", CandlestickPlot.create("Candles", prices, "date", "open", "high", "low", "close"));
    figures.put("ohlc", OHLCPlot.create("OHLC", prices, "date", "open", "high", "low", "close"));
    figures.putAll(handMade());
    return figures;
  }

  private static Map<String, Figure> handMade() {
    Map<String, Figure> figures = new LinkedHashMap<>();
    Font font = Font.builder().size(14).color("#123456").family(Font.Family.VERDANA).build();
    Axis x = Axis.builder().title("x: " + AWKWARD).titleFont(font).type(Axis.Type.LOG)
        .tickSettings(TickSettings.builder().arrayTicks(new double[] {1, 10, 100}, new String[] {"one", "ten's", "<100>"})
            .angle(45).prefix("$").suffix(" ¢").format(",.2f").build())
        .range(0.5, 2.5).showGrid(true).gridColor("rgb(1,2,3)").lineWidth(2).domain(0.1f, 0.9f).build();
    Axis y = Axis.builder().title("y").side(Axis.Side.left).autoRange(Axis.AutoRange.REVERSED).build();
    Axis y2 = Axis.builder().title("right axis").side(Axis.Side.right).overlaying(ScatterTrace.YAxis.Y).build();
    Layout layout = Layout.builder(AWKWARD, "ignored", "ignored").titleFont(font).xAxis(x).yAxis(y).yAxis2(y2)
        .margin(Margin.builder().top(40).bottom(30).left(20).right(10).padding(3).autoExpand(false).build())
        .grid(Grid.builder().rows(1).columns(2).xGap(0.1).yGap(0.2).build())
        .plotBgColor("#eee").paperBgColor("#fafafa").hoverMode(Layout.HoverMode.X).hoverDistance(5)
        .showLegend(true).autosize(true).width(500).barMode(Layout.BarMode.OVERLAY).build();
    ScatterTrace left = ScatterTrace.builder(new double[] {1, 10, Double.NaN, 100}, new double[] {3, Double.NaN, 1, 2})
        .name(AWKWARD).mode(ScatterTrace.Mode.LINE_AND_MARKERS).text(new String[] {"a'b", "c\"d", "<e>", "naïve"})
        .marker(Marker.builder().size(4, 8, 12, 16).color("red").symbol(Symbol.DIAMOND_TALL).opacity(0.5).build())
        .line(Line.builder().color("blue").width(3).dash(Line.Dash.DASH).shape(Line.Shape.SPLINE).smoothing(0.5).build())
        .hoverLabel(HoverLabel.builder().bgColor("white").borderColor("black").nameLength(-1).font(font).build())
        .fill(ScatterTrace.Fill.TO_NEXT_Y).fillColor("rgba(0,0,255,0.2)").opacity(0.75).build();
    ScatterTrace right = ScatterTrace.builder(new double[] {1, 10, 100}, new double[] {7, 8, 9}).name("right")
        .yAxis(ScatterTrace.YAxis.Y2).showLegend(false).visible(ScatterTrace.Visibility.LEGEND_ONLY)
        .marker(Marker.builder().color(new double[] {1, 2, 3}).colorScale(Marker.Palette.VIRIDIS).showScale(true)
            .cMinAndMax(0, 4).colorBar(ColorBar.builder().thickness(20).len(0.5).x(1.1).bgColor("#fff").build()).build())
        .build();
    figures.put("hand-made layout", new Figure(layout, left, right));
    figures.put("config", new Figure(Layout.builder("With config").build(),
        Config.builder().displayModeBar(false).responsive(true).displayLogo(false).build(), right));
    figures.put("no layout", new Figure(BarTrace.builder(new Object[] {"a", "b"}, new double[] {1, 2}).build()));
    figures.put("bar colours", new Figure(Layout.builder("Colours").build(), BarTrace.builder(new Object[] {"x", "y"},
        new double[] {1, Double.NaN}).marker(Marker.builder().color(new String[] {"red", "#00ff00"}).build()).build()));
    figures.put("heatmap second", new Figure(Layout.builder("Heatmap after a line").build(), right,
        HeatmapTrace.builder(new Object[] {"a", "b"}, new Object[] {"c", "d"}, new double[][] {{1, 2}, {3, Double.NaN}}).build()));
    figures.put("pie with domain", new Figure(Layout.builder("Pie").build(),
        PieTrace.builder(new Object[] {"Zürich", "O'Brien"}, new double[] {1, 2})
            .domain(Domain.builder().row(0).column(1).x(new double[] {0, 0.5}).y(new double[] {0.25, 1}).build()).build()));
    figures.put("title with a tab", new Figure(Layout.builder("tab\there").build(), right));
    figures.put("title with a line break", new Figure(Layout.builder("two\nlines").build(), right));
    figures.put("title with JavaScript escapes", new Figure(Layout.builder("\\x41\\v\\0 \\u0042\\'\\\n!").build(), right));
    figures.put("title with an octal escape", new Figure(Layout.builder("\\101").build(), right));
    figures.put("title ending in a backslash", new Figure(Layout.builder("oops\\").build(), right));
    return figures;
  }

  private static Table groups(Random random) {
    int n = 40;
    StringColumn group = StringColumn.create("group");
    StringColumn band = StringColumn.create("band");
    DoubleColumn value = DoubleColumn.create("value");
    DoubleColumn other = DoubleColumn.create("other");
    DoubleColumn third = DoubleColumn.create("third");
    DoubleColumn size = DoubleColumn.create("size");
    for (int i = 0; i < n; i++) {
      group.append(new String[] {"Zürich", "O'Brien", "<b>x</b> & y"}[i % 3]);
      band.append(i % 2 == 0 ? "low" : "high");
      value.append(i == 7 ? Double.NaN : Math.round(random.nextGaussian() * 1000) / 100.0);
      other.append(i == 11 ? Double.NaN : random.nextDouble() * 50);
      third.append(random.nextInt(100));
      size.append(5 + random.nextInt(20));
    }
    return Table.create("groups", group, band, value, other, third, size);
  }

  private static Table prices(Random random) {
    DateColumn date = DateColumn.create("date");
    DateTimeColumn time = DateTimeColumn.create("time");
    StringColumn desk = StringColumn.create("desk");
    DoubleColumn open = DoubleColumn.create("open");
    DoubleColumn high = DoubleColumn.create("high");
    DoubleColumn low = DoubleColumn.create("low");
    DoubleColumn close = DoubleColumn.create("close");
    double price = 100;
    for (int i = 0; i < 12; i++) {
      date.append(LocalDate.of(2024, 2, 25).plusDays(i));
      time.append(i == 5 ? null : LocalDateTime.of(2024, 3, 1, 9, 30, 15).plusMinutes(17L * i));
      desk.append(i % 2 == 0 ? "London" : "東京");
      double next = price + random.nextGaussian() * 2;
      open.append(price);
      close.append(i == 4 ? Double.NaN : next);
      high.append(Math.max(price, next) + random.nextDouble());
      low.append(Math.min(price, next) - random.nextDouble());
      price = next;
    }
    return Table.create("prices", date, time, desk, open, high, low, close);
  }

  private static Table summary() {
    return Table.create("summary", StringColumn.create("group", "Zürich", "O'Brien", "<b>x</b> & y", "missing"),
        DoubleColumn.create("a", 3, 5, 1, Double.NaN), DoubleColumn.create("b", 2, 2, 4, 1));
  }
}

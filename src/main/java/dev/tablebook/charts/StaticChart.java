package dev.tablebook.charts;

import dev.tablebook.charts.ChartData.Series;
import dev.tablebook.charts.ChartData.XKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryPointerAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the JFreeChart that draws a chart as a static image, with the same data, titles, labels,
 * notes and theme colours as its Plotly figure. Element hinting is on, so each bar, slice or point
 * becomes its own SVG group. The plots are built here; {@link JFreeTheme} gives them their fonts and colours.
 */
final class StaticChart {
  private StaticChart() {}

  static JFreeChart of(Chart chart) {
    ChartData data = chart.data();
    ChartKind kind = chart.kind();
    JFreeChart jfree;
    if (kind.bars()) {
      jfree = new JFreeChart(null, null, categoryPlot(chart, data), false);
    } else if (kind.pie()) {
      jfree = new JFreeChart(null, null, piePlot(chart, data), false);
    } else if (kind == ChartKind.TIMELINE) {
      jfree = new JFreeChart(null, null, Timeline.plot(chart, data), false);
    } else {
      jfree = new JFreeChart(null, null, xyPlot(chart, data), false);
    }
    decorate(jfree, chart, data);
    return jfree;
  }

  private static void decorate(JFreeChart jfree, Chart chart, ChartData data) {
    Theme theme = chart.options().theme();
    jfree.setBackgroundPaint(Theme.awt(theme.background()));
    jfree.setPadding(new RectangleInsets(8, 8, 8, 12));
    jfree.setElementHinting(true);
    if (chart.options().title() != null) {
      TextTitle title = new TextTitle(chart.options().title(), JFreeTheme.font(Font.BOLD, theme.fontSize() + 5));
      title.setPaint(Theme.awt(theme.text()));
      title.setHorizontalAlignment(HorizontalAlignment.LEFT);
      title.setPadding(new RectangleInsets(4, 4, 10, 4));
      jfree.setTitle(title);
    }
    boolean legend = data.series().size() > 1 && chart.kind() != ChartKind.TIMELINE && !chart.kind().pie();
    if (legend) {
      org.jfree.chart.title.LegendTitle legendTitle = new org.jfree.chart.title.LegendTitle(jfree.getPlot());
      legendTitle.setItemFont(JFreeTheme.font(Font.PLAIN, theme.fontSize()));
      legendTitle.setPosition(RectangleEdge.TOP);
      legendTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
      legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legendTitle.setBackgroundPaint(null);
      jfree.addSubtitle(legendTitle);
    }
    List<String> notes = Pins.notes(chart, data);
    for (int i = notes.size() - 1; i >= 0; i--) {
      TextTitle line = new TextTitle(notes.get(i), JFreeTheme.font(Font.PLAIN, theme.fontSize() - 2));
      line.setPaint(new Color(0x66, 0x66, 0x66));
      line.setPosition(RectangleEdge.BOTTOM);
      line.setHorizontalAlignment(HorizontalAlignment.LEFT);
      jfree.addSubtitle(line);
    }
  }

  private static CategoryPlot categoryPlot(Chart chart, ChartData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Series series : data.series()) {
      for (int i = 0; i < data.categories().size(); i++) {
        dataset.addValue(null, series.name(), data.categoryLabel(i));
      }
      for (int p = 0; p < series.size(); p++) {
        double y = series.y()[p];
        dataset.setValue(Double.isNaN(y) ? null : y, series.name(), data.categoryLabel((int) series.x()[p]));
      }
    }
    ChartOptions options = chart.options();
    BarRenderer renderer = chart.kind() == ChartKind.STACKED_BAR ? new JFreeTheme.ThemedStackedBars(chart, data) : new JFreeTheme.ThemedBars(chart, data);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.12);
    CategoryAxis categoryAxis = new CategoryAxis(options.xTitle());
    NumberAxis valueAxis = valueAxis(options.yTitle(), options, data);
    for (int s = 0; s < data.series().size(); s++) {
      renderer.setSeriesPaint(s, Theme.awt(options.theme().colour(s)));
    }
    categoryAxis.setMaximumCategoryLabelLines(3);
    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    boolean horizontal = chart.kind() == ChartKind.RANKING;
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    int longest = data.categories().stream().mapToInt(String::length).max().orElse(0);
    int count = Math.max(data.categories().size(), 1);
    if (!horizontal && (count > 8 || longest * 7.5 > 0.8 * (options.width() - 120) / count)) {
      categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    categoryAxis.setCategoryMargin(0.2);
    JFreeTheme.style(plot.getDomainAxis(), options.theme());
    JFreeTheme.style(valueAxis, options.theme());
    plot.setBackgroundPaint(Theme.awt(options.theme().background()));
    plot.setRangeGridlinePaint(Theme.awt(options.theme().grid()));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setOutlineVisible(false);
    for (Pins.Pin pin : Pins.of(chart, data)) {
      Series series = data.series().get(pin.series());
      CategoryPointerAnnotation note = new CategoryPointerAnnotation(pin.text(),
          data.categoryLabel((int) series.x()[pin.point()]), series.y()[pin.point()], horizontal ? 0 : -Math.PI / 2);
      JFreeTheme.pointer(note, options.theme());
      plot.addAnnotation(note);
    }
    return plot;
  }

  private static XYPlot xyPlot(Chart chart, ChartData data) {
    ChartOptions options = chart.options();
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (Series series : data.series()) {
      XYSeries xy = new XYSeries(series.name(), false, true);
      for (int p = 0; p < series.size(); p++) {
        double y = series.y()[p];
        xy.add(series.x()[p], Double.isNaN(y) ? null : y, false);
      }
      dataset.addSeries(xy);
    }
    ValueAxis xAxis;
    if (data.xKind() == XKind.DATE) {
      xAxis = new DateAxis(options.xTitle());
      ((DateAxis) xAxis).setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
    } else {
      NumberAxis numbers = new NumberAxis(options.xTitle());
      numbers.setAutoRangeIncludesZero(false);
      NumberFormat plain = NumberFormat.getNumberInstance(java.util.Locale.ROOT);
      plain.setGroupingUsed(false);
      numbers.setNumberFormatOverride(plain);
      if (allIntegers(data)) {
        numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      }
      xAxis = numbers;
    }
    NumberAxis yAxis = valueAxis(options.yTitle(), options, data);
    yAxis.setAutoRangeIncludesZero(chart.kind() == ChartKind.AREA);
    XYPlot plot = new XYPlot(dataset, xAxis, yAxis, null);
    if (chart.kind() == ChartKind.AREA) {
      XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA_AND_SHAPES);
      for (int s = 0; s < data.series().size(); s++) {
        Color c = Theme.awt(options.theme().colour(s));
        area.setSeriesPaint(s, new Color(c.getRed(), c.getGreen(), c.getBlue(), 96));
        area.setSeriesOutlinePaint(s, c);
      }
      area.setOutline(true);
      plot.setRenderer(area);
    } else {
      boolean scatter = chart.kind() == ChartKind.SCATTER;
      XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(!scatter, true);
      for (int s = 0; s < data.series().size(); s++) {
        lines.setSeriesPaint(s, Theme.awt(options.theme().colour(s)));
        lines.setSeriesStroke(s, new BasicStroke(2f));
        boolean markers = scatter || data.series().get(s).size() <= 60;
        lines.setSeriesShapesVisible(s, markers);
        lines.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
      }
      plot.setRenderer(lines);
    }
    JFreeTheme.style(xAxis, options.theme());
    JFreeTheme.style(yAxis, options.theme());
    plot.setBackgroundPaint(Theme.awt(options.theme().background()));
    plot.setRangeGridlinePaint(Theme.awt(options.theme().grid()));
    plot.setDomainGridlinePaint(Theme.awt(options.theme().grid()));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setOutlineVisible(false);
    for (Pins.Pin pin : Pins.of(chart, data)) {
      Series series = data.series().get(pin.series());
      XYPointerAnnotation note = new XYPointerAnnotation(pin.text(), series.x()[pin.point()], series.y()[pin.point()], -Math.PI / 2);
      note.setFont(JFreeTheme.font(Font.PLAIN, options.theme().fontSize()));
      note.setArrowPaint(new Color(0x44, 0x44, 0x44));
      note.setTipRadius(3);
      note.setBaseRadius(34);
      plot.addAnnotation(note);
    }
    return plot;
  }

  private static PiePlot<String> piePlot(Chart chart, ChartData data) {
    ChartOptions options = chart.options();
    DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
    Series series = data.series().get(0);
    for (int p = 0; p < series.size(); p++) {
      double y = series.y()[p];
      dataset.setValue(data.categoryLabel((int) series.x()[p]), Double.isNaN(y) ? null : y);
    }
    PiePlot<String> plot = chart.kind() == ChartKind.DONUT ? donut(dataset) : new PiePlot<>(dataset);
    for (int p = 0; p < series.size(); p++) {
      String label = data.categoryLabel((int) series.x()[p]);
      boolean highlighted = options.highlights().contains(data.categories().get((int) series.x()[p]));
      Paint paint = Theme.awt(highlighted ? options.theme().highlight()
          : options.highlights().isEmpty() ? options.theme().colour(p) : options.theme().muted());
      plot.setSectionPaint(label, paint);
      if (highlighted) {
        plot.setExplodePercent(label, 0.06);
      }
    }
    plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {2}", new JFreeTheme.ValueFormat(options),
        NumberFormat.getPercentInstance(java.util.Locale.ROOT)));
    plot.setLabelFont(JFreeTheme.font(Font.PLAIN, options.theme().fontSize()));
    plot.setLabelBackgroundPaint(Color.WHITE);
    plot.setLabelOutlinePaint(null);
    plot.setLabelShadowPaint(null);
    plot.setShadowPaint(null);
    plot.setBackgroundPaint(Theme.awt(options.theme().background()));
    plot.setOutlineVisible(false);
    plot.setSectionOutlinesVisible(false);
    plot.setDirection(org.jfree.chart.util.Rotation.CLOCKWISE);
    plot.setStartAngle(90);
    return plot;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static PiePlot<String> donut(DefaultPieDataset<String> dataset) {
    RingPlot ring = new RingPlot(dataset);
    ring.setSectionDepth(0.55);
    ring.setSeparatorsVisible(false);
    return ring;
  }

  /** The value axis: the chart's value format, or plain locale-independent ticks (whole numbers for counts); room above for notes. */
  private static NumberAxis valueAxis(String title, ChartOptions options, ChartData data) {
    NumberAxis axis = new NumberAxis(title);
    if (options.valueFormat().equals(dev.tablebook.tables.CellFormat.asWritten())) {
      axis.setStandardTickUnits(wholeValues(data) ? NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT)
          : NumberAxis.createStandardTickUnits(java.util.Locale.ROOT));
    } else {
      axis.setNumberFormatOverride(new JFreeTheme.ValueFormat(options));
    }
    if (!options.annotations().isEmpty()) {
      axis.setUpperMargin(0.18);
    }
    return axis;
  }

  private static boolean wholeValues(ChartData data) {
    for (Series s : data.series()) {
      for (double y : s.y()) {
        if (!Double.isNaN(y) && y != Math.rint(y)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allIntegers(ChartData data) {
    for (Series s : data.series()) {
      for (double x : s.x()) {
        if (!Double.isNaN(x) && x != Math.rint(x)) {
          return false;
        }
      }
    }
    return true;
  }


}

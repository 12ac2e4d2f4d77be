package dev.tablebook.charts;

import dev.tablebook.charts.ChartData.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The static plot of a timeline: one lane per series, a dot per event, a bar per span, labels above and below in turn. */
final class Timeline {
  /** Height of one label line in lane units (the lanes' axis runs from -1.2 to lanes + 0.2). */
  private static final double LINE = 0.13;
  /** Room left and right of the first and last event for their labels, as a share of the time span. */
  static final double MARGIN = 0.16;

  private Timeline() {}

  static XYPlot plot(Chart chart, ChartData data) {
    Theme theme = chart.options().theme();
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (int lane = 0; lane < data.series().size(); lane++) {
      Series series = data.series().get(lane);
      XYSeries points = new XYSeries(series.name(), false, true);
      for (int p = 0; p < series.size(); p++) {
        points.add(series.x()[p], lane);
      }
      dataset.addSeries(points);
    }
    DateAxis time = new DateAxis(chart.options().xTitle());
    time.setTimeZone(TimeZone.getTimeZone("UTC"));
    time.setLowerMargin(MARGIN);
    time.setUpperMargin(MARGIN);
    NumberAxis lanes = new NumberAxis();
    lanes.setRange(-1.2, data.series().size() - 1 + 1.2);
    lanes.setVisible(false);
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    XYPlot plot = new XYPlot(dataset, time, lanes, dots);
    for (int lane = 0; lane < data.series().size(); lane++) {
      Color colour = Theme.awt(theme.colour(lane));
      dots.setSeriesPaint(lane, colour);
      dots.setSeriesShape(lane, new java.awt.geom.Ellipse2D.Double(-5.5, -5.5, 11, 11));
      Series series = data.series().get(lane);
      plot.addAnnotation(new XYLineAnnotation(min(series), lane, max(series), lane, new BasicStroke(1f), new Color(0x99, 0x99, 0x99)));
      for (int p = 0; p < series.size(); p++) {
        if (!Double.isNaN(series.end()[p])) {
          plot.addAnnotation(new XYLineAnnotation(series.x()[p], lane, series.end()[p], lane, new BasicStroke(8f), colour));
        }
        label(plot, series.x()[p], lane, TimelineLabels.lines(series.text()[p]), TimelineLabels.above(p), theme);
      }
    }
    JFreeTheme.style(time, theme);
    plot.setBackgroundPaint(Theme.awt(theme.background()));
    plot.setDomainGridlinePaint(Theme.awt(theme.grid()));
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    return plot;
  }

  private static void label(XYPlot plot, double x, int lane, List<String> lines, boolean above, Theme theme) {
    for (int i = 0; i < lines.size(); i++) {
      int fromDot = above ? lines.size() - i : i + 1;
      double y = lane + (above ? 1 : -1) * (0.08 + fromDot * LINE) + (above ? -LINE / 2 : LINE / 2);
      XYTextAnnotation text = new XYTextAnnotation(lines.get(i), x, y);
      text.setFont(JFreeTheme.font(Font.PLAIN, theme.fontSize() - 1));
      text.setPaint(Theme.awt(theme.text()));
      text.setTextAnchor(TextAnchor.CENTER);
      plot.addAnnotation(text);
    }
  }

  private static double min(Series series) {
    double min = Double.POSITIVE_INFINITY;
    for (double x : series.x()) {
      min = Math.min(min, x);
    }
    return min;
  }

  private static double max(Series series) {
    double max = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < series.size(); p++) {
      max = Math.max(max, Double.isNaN(series.end()[p]) ? series.x()[p] : series.end()[p]);
    }
    return max;
  }
}

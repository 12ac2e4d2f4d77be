package dev.tablebook.charts;

import dev.tablebook.charts.ChartData.Series;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import org.jfree.chart.annotations.CategoryPointerAnnotation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;

/**
 * A chart's {@link Theme} and value format in JFreeChart's terms: fonts, axis colours, pointer notes,
 * the bar renderers that colour highlighted and flagged bars, and the value format as a
 * {@link NumberFormat}. {@link StaticChart} and {@link Timeline} build plots; this paints them.
 */
final class JFreeTheme {
  private JFreeTheme() {}

  /** An axis in the theme's text colour and size, with grey lines. */
  static void style(org.jfree.chart.axis.Axis axis, Theme theme) {
    axis.setLabelFont(font(Font.PLAIN, theme.fontSize()));
    axis.setTickLabelFont(font(Font.PLAIN, theme.fontSize() - 1));
    axis.setLabelPaint(Theme.awt(theme.text()));
    axis.setTickLabelPaint(Theme.awt(theme.text()));
    axis.setAxisLinePaint(new Color(0x99, 0x99, 0x99));
    axis.setTickMarkPaint(new Color(0x99, 0x99, 0x99));
  }

  /** The sans-serif font every static chart draws in. */
  static Font font(int style, int size) {
    return new Font(Font.SANS_SERIF, style, size);
  }

  /** A category chart's pinned note: the theme's text, a dark arrow. */
  static void pointer(CategoryPointerAnnotation note, Theme theme) {
    note.setFont(font(Font.PLAIN, theme.fontSize()));
    note.setPaint(Theme.awt(theme.text()));
    note.setArrowPaint(new Color(0x44, 0x44, 0x44));
    note.setTipRadius(2);
    note.setBaseRadius(34);
    note.setLabelOffset(4);
  }

  /** The chart's value format as a {@link NumberFormat}, for axis ticks and labels. */
  static final class ValueFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient ChartOptions options;

    ValueFormat(ChartOptions options) {
      this.options = options;
    }

    @Override
    public StringBuffer format(double number, StringBuffer out, FieldPosition position) {
      return out.append(options.valueFormat().format(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer out, FieldPosition position) {
      return out.append(options.valueFormat().format(number));
    }

    @Override
    public Number parse(String source, ParsePosition position) {
      throw new UnsupportedOperationException("chart labels are never parsed");
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ValueFormat f && f.options == options;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(options);
    }
  }

  /** Bars in series colours, highlighted categories in the highlight colour, flagged bars lighter. */
  static final class ThemedBars extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient BarColours colours;

    ThemedBars(Chart chart, ChartData data) {
      colours = new BarColours(chart, data);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return colours.paint(row, column);
    }
  }

  /** Stacked bars with the same colours as {@link ThemedBars}. */
  static final class ThemedStackedBars extends StackedBarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient BarColours colours;

    ThemedStackedBars(Chart chart, ChartData data) {
      colours = new BarColours(chart, data);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return colours.paint(row, column);
    }
  }

  /** The paint of bar (series {@code row}, category {@code column}). */
  record BarColours(Chart chart, ChartData data) {
    Paint paint(int row, int column) {
      Theme theme = chart.options().theme();
      List<String> highlights = chart.options().highlights();
      String category = data.categories().get(column);
      Color base = Theme.awt(highlights.isEmpty() ? theme.colour(row)
          : highlights.contains(category) ? theme.highlight() : theme.muted());
      Series series = data.series().get(row);
      for (int p = 0; p < series.size(); p++) {
        if ((int) series.x()[p] == column && series.flagged()[p]) {
          return new Color(base.getRed(), base.getGreen(), base.getBlue(), 110);
        }
      }
      return base;
    }
  }
}

package dev.tablebook.charts;

import dev.tablebook.display.MimeBundle;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Makes charts of Tablesaw tables by column name. Every factory returns a {@link Chart} with the
 * default theme, 800 × 450 pixels and LTTB downsampling above 5,000 points; refine it with the
 * chart's options. Bars and pies read the x column as categories (one row per category, or per
 * category and group with {@link Chart#by}); lines, areas and scatter read numbers or dates.
 *
 * <pre>{@code
 * Charts.ranking(crude2023, "supplier", "volume_mt").highlight("Russia").flag("status", "disputed", "disputed figure")
 * Charts.groupedBar(trade, "year", "china_exports_usd_bn", "china_imports_usd_bn")
 * Charts.line(prices, "date", "close").maxPoints(2_000)
 * Charts.timeline(events, "date", "event").spans("end_date")
 * }</pre>
 *
 * @since 0.2
 */
public final class Charts {
  private Charts() {}

  /** Vertical bars: one per row, the height from {@code value}. */
  public static Chart bar(Table table, String category, String value) {
    return chart(ChartKind.BAR, table, category, value);
  }

  /** Bars side by side: one series per value column, or per group with {@link Chart#by}. */
  public static Chart groupedBar(Table table, String category, String... values) {
    return chart(ChartKind.GROUPED_BAR, table, category, values);
  }

  /** Bars stacked on each other: one series per value column, or per group with {@link Chart#by}. */
  public static Chart stackedBar(Table table, String category, String... values) {
    return chart(ChartKind.STACKED_BAR, table, category, values);
  }

  /** Horizontal bars, the first row at the top: a ranking, in the table's order (sort it first). */
  public static Chart ranking(Table table, String category, String value) {
    return chart(ChartKind.RANKING, table, category, value);
  }

  /** Lines through the values in row order; missing values are gaps, never zeros. */
  public static Chart line(Table table, String x, String... values) {
    return chart(ChartKind.LINE, table, x, values);
  }

  /** Lines with the area below them filled. */
  public static Chart area(Table table, String x, String... values) {
    return chart(ChartKind.AREA, table, x, values);
  }

  /** One marker per row. */
  public static Chart scatter(Table table, String x, String... values) {
    return chart(ChartKind.SCATTER, table, x, values);
  }

  /** A pie of {@code value} by {@code category}, slices in row order from twelve o'clock. */
  public static Chart pie(Table table, String category, String value) {
    return chart(ChartKind.PIE, table, category, value);
  }

  /** A pie with a hole. */
  public static Chart donut(Table table, String category, String value) {
    return chart(ChartKind.DONUT, table, category, value);
  }

  /** Dated events on a time axis, labelled from {@code label}; lanes with {@link Chart#by}, spans with {@link Chart#spans}. */
  public static Chart timeline(Table table, String date, String label) {
    return new Chart(ChartKind.TIMELINE, table, date, List.of(label), ChartOptions.DEFAULTS);
  }

  /**
   * HTML that loads plotly.js into a classic Notebook page, for charts shown as HTML
   * ({@code display(chart.html(PlotlyJs.alreadyLoaded()))}) and jsplot figures. It embeds all of
   * plotly.js (about 11 MB) in the notebook; charts displayed directly need none of this.
   */
  public static MimeBundle plotlyJsForNotebook() {
    return MimeBundle.of(MimeBundle.TEXT_HTML, PlotlyJs.inline().scriptTag());
  }

  private static Chart chart(ChartKind kind, Table table, String x, String... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Name at least one value column; the table's columns are " + table.columnNames());
    }
    return new Chart(kind, table, x, List.of(values), ChartOptions.DEFAULTS);
  }
}

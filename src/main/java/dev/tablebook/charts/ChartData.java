package dev.tablebook.charts;

import dev.tablebook.tables.CellText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The points a chart draws, read from its table once: categories (bars, pies) or numbers and dates
 * (lines, areas, scatter, timelines), one series per value column or per group, missing values as
 * NaN (drawn as gaps, never zeros), long series downsampled with {@link Lttb}.
 *
 * @param xKind how the x values are read
 * @param categories the categories' text in order of first appearance (categorical charts)
 * @param labels the categories as shown: their text, with "*" where a row of the category is flagged
 * @param series the series, in order
 * @param totalPoints how many points the table holds for the chart
 * @param shownPoints how many are drawn after downsampling
 */
record ChartData(XKind xKind, List<String> categories, List<String> labels, List<Series> series, int totalPoints,
    int shownPoints) {

  /** How x values are read and written. */
  enum XKind { CATEGORY, NUMBER, DATE }

  /**
   * One series. {@code x} holds category indices, numbers or epoch milliseconds (UTC); {@code end}
   * holds a timeline span's end (NaN for none); {@code text} holds timeline labels.
   */
  record Series(String name, double[] x, double[] y, double[] end, String[] text, boolean[] flagged) {
    int size() {
      return x.length;
    }
  }

  boolean downsampled() {
    return shownPoints < totalPoints;
  }

  /** A category's label: its text, with "*" when a flagged row has it. */
  String categoryLabel(int i) {
    return labels.get(i);
  }

  static ChartData of(Chart chart) {
    Table table = chart.table();
    ChartOptions options = chart.options();
    Column<?> xColumn = table.column(chart.x());
    XKind kind = chart.kind().categorical() ? XKind.CATEGORY : xKind(xColumn);
    Map<String, List<Integer>> groups = groups(table, options.by());
    Map<String, Integer> categoryIndex = new LinkedHashMap<>();
    if (kind == XKind.CATEGORY) {
      for (int row = 0; row < table.rowCount(); row++) {
        categoryIndex.putIfAbsent(CellText.of(xColumn, row), categoryIndex.size());
      }
    }
    List<Series> series = new ArrayList<>();
    int total = 0;
    int shown = 0;
    List<String> valueColumns = chart.kind() == ChartKind.TIMELINE ? List.of("") : chart.values();
    for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
      for (String value : valueColumns) {
        String name = options.by() != null ? group.getKey() : chart.kind() == ChartKind.TIMELINE ? chart.x() : value;
        if (options.by() != null && valueColumns.size() > 1) {
          name = group.getKey() + " – " + value;
        }
        Series s = read(chart, kind, group.getValue(), value, name, categoryIndex);
        total += s.size();
        s = downsample(chart, s);
        shown += s.size();
        series.add(s);
      }
    }
    List<String> categories = List.copyOf(categoryIndex.keySet());
    return new ChartData(kind, categories, labels(categories, series), List.copyOf(series), total, shown);
  }

  /** Each category's label, computed once: its text, plus "*" when any series flags a point of it. */
  private static List<String> labels(List<String> categories, List<Series> series) {
    if (categories.isEmpty()) {
      return List.of(); // x holds numbers or dates, not categories
    }
    boolean[] flagged = new boolean[categories.size()];
    for (Series s : series) {
      for (int p = 0; p < s.size(); p++) {
        if (s.flagged()[p]) {
          flagged[(int) s.x()[p]] = true;
        }
      }
    }
    List<String> labels = new ArrayList<>(categories.size());
    for (int i = 0; i < flagged.length; i++) {
      labels.add(flagged[i] ? categories.get(i) + "*" : categories.get(i));
    }
    return List.copyOf(labels);
  }

  private static XKind xKind(Column<?> column) {
    if (column instanceof NumericColumn<?>) {
      return XKind.NUMBER;
    }
    return switch (column.type().name()) {
      case "LOCAL_DATE", "LOCAL_DATE_TIME", "INSTANT" -> XKind.DATE;
      default -> XKind.CATEGORY;
    };
  }

  /** Row numbers per group value, in order of first appearance; one group of every row when there is no group column. */
  private static Map<String, List<Integer>> groups(Table table, String by) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    Column<?> column = by == null ? null : table.column(by);
    for (int row = 0; row < table.rowCount(); row++) {
      String key = column == null ? "" : column.isMissing(row) ? "(missing)" : CellText.of(column, row);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    if (groups.isEmpty()) {
      groups.put("", List.of());
    }
    return groups;
  }

  private static Series read(Chart chart, XKind kind, List<Integer> rows, String value, String name,
      Map<String, Integer> categoryIndex) {
    Table table = chart.table();
    ChartOptions options = chart.options();
    Column<?> xColumn = table.column(chart.x());
    Column<?> flagColumn = options.flagColumn() == null ? null : table.column(options.flagColumn());
    Column<?> endColumn = options.endColumn() == null ? null : table.column(options.endColumn());
    boolean timeline = chart.kind() == ChartKind.TIMELINE;
    Column<?> labelColumn = timeline ? table.column(chart.values().get(0)) : null;
    NumericColumn<?> yColumn = timeline ? null : (NumericColumn<?>) table.column(value);
    int n = rows.size();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] end = new double[n];
    String[] text = new String[n];
    boolean[] flagged = new boolean[n];
    boolean[] seen = new boolean[categoryIndex.size()];
    for (int i = 0; i < n; i++) {
      int row = rows.get(i);
      if (kind == XKind.CATEGORY) {
        int category = categoryIndex.get(CellText.of(xColumn, row));
        if (seen[category]) {
          throw new IllegalArgumentException("'" + categoryIndex.keySet().toArray()[category] + "' appears twice in column '"
              + chart.x() + "'" + (name.isEmpty() ? "" : " for '" + name + "'")
              + "; a bar or pie chart needs one row per category (summarize the table first, or split with by(...))");
        }
        seen[category] = true;
        x[i] = category;
      } else {
        x[i] = number(xColumn, row);
      }
      y[i] = timeline ? 0 : yColumn.getDouble(row);
      end[i] = endColumn == null ? Double.NaN : number(endColumn, row);
      text[i] = labelColumn == null ? null : CellText.of(labelColumn, row);
      flagged[i] = flagColumn != null && Columns.matches(flagColumn, row, options.flagValue());
    }
    return new Series(name, x, y, end, text, flagged);
  }

  /** A number, or a date as epoch milliseconds (UTC); NaN when missing. */
  static double number(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return Double.NaN;
    }
    Object value = column.get(row);
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
    if (value instanceof LocalDateTime time) {
      return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
    if (value instanceof Instant instant) {
      return instant.toEpochMilli();
    }
    throw new IllegalArgumentException("Column '" + column.name() + "' holds " + column.type().name().toLowerCase(java.util.Locale.ROOT)
        + " values; this chart needs numbers or dates on its x axis");
  }

  private static Series downsample(Chart chart, Series s) {
    int limit = chart.options().maxPoints();
    ChartKind kind = chart.kind();
    if (limit <= 0 || s.size() <= limit || !(kind == ChartKind.LINE || kind == ChartKind.AREA || kind == ChartKind.SCATTER)) {
      return s;
    }
    Series ordered = kind == ChartKind.SCATTER ? sortedByX(s) : s;
    int[] keep = Lttb.indices(ordered.x(), ordered.y(), limit);
    return pick(ordered, keep);
  }

  private static Series sortedByX(Series s) {
    Integer[] order = new Integer[s.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(s.x()[a], s.x()[b]));
    return pick(s, Arrays.stream(order).mapToInt(Integer::intValue).toArray());
  }

  private static Series pick(Series s, int[] keep) {
    int n = keep.length;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] end = new double[n];
    String[] text = new String[n];
    boolean[] flagged = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = s.x()[keep[i]];
      y[i] = s.y()[keep[i]];
      end[i] = s.end()[keep[i]];
      text[i] = s.text()[keep[i]];
      flagged[i] = s.flagged()[keep[i]];
    }
    return new Series(s.name(), x, y, end, text, flagged);
  }
}

package dev.tablebook.tables;

import tech.tablesaw.api.Table;

/** The "13 rows × 14 columns" line under a rendered table. */
final class Shape {
  private Shape() {}

  static String of(Table table) {
    return count(table.rowCount(), "row") + " × " + count(table.columnCount(), "column");
  }

  private static String count(int n, String noun) {
    return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}

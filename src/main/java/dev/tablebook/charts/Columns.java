package dev.tablebook.charts;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Checks that the columns a chart names exist and hold what the chart needs, with messages that list the choices. */
final class Columns {
  private Columns() {}

  static Column<?> require(Table table, String name) {
    if (name == null || !table.containsColumn(name)) {
      throw new IllegalArgumentException("No column '" + name + "' in table '" + table.name() + "'; its columns are "
          + table.columnNames());
    }
    return table.column(name);
  }

  static NumericColumn<?> requireNumeric(Table table, String name) {
    Column<?> column = require(table, name);
    if (!(column instanceof NumericColumn<?> numeric) || column.type() == ColumnType.BOOLEAN) {
      throw new IllegalArgumentException("Column '" + name + "' holds " + column.type().name().toLowerCase(java.util.Locale.ROOT)
          + " values; a chart's values must be numbers");
    }
    return numeric;
  }

  /** Whether the cell reads {@code value}, ignoring case; missing cells never match. */
  static boolean matches(Column<?> column, int row, String value) {
    return !column.isMissing(row) && String.valueOf(column.get(row)).strip().equalsIgnoreCase(value.strip());
  }
}

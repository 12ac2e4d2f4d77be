package dev.tablebook.tables;

import java.math.BigDecimal;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The plain text of one table cell, the same in every format: numbers as written in the data
 * ({@code 240.11}, {@code 107}, never {@code 107.0} or {@code 2.4011E2}), missing values as empty
 * text, everything else as Tablesaw prints it.
 *
 * @since 0.1
 */
public final class CellText {
  private CellText() {}

  /** The text of {@code table}'s cell at {@code row} in {@code column}; empty when missing. */
  public static String of(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return "";
    }
    Object value = column.get(row);
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof Float f) {
      return number(f);
    }
    return String.valueOf(value);
  }

  /** Whether the column holds numbers, which text formats align to the right. */
  public static boolean isNumeric(Column<?> column) {
    return column instanceof NumericColumn<?> && column.type() != ColumnType.BOOLEAN;
  }

  /** A double as its shortest exact decimal text, without exponent or trailing zeros. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    return plain(ShortestDecimal.of(d));
  }

  /** A float as its own shortest decimal text ({@code 0.1}, not the {@code 0.10000000149011612} of its double). */
  public static String number(float f) {
    if (Float.isNaN(f) || Float.isInfinite(f)) {
      return Float.toString(f);
    }
    return plain(decimal(f));
  }

  /** The decimal a float or double stands for: the shortest text that reads back as the same value. */
  static BigDecimal decimal(Number number) {
    if (number instanceof Float f) {
      return new BigDecimal(Float.toString(f));
    }
    return number instanceof Double d ? ShortestDecimal.of(d) : new BigDecimal(number.toString());
  }

  /** A decimal without exponent or trailing zeros; never {@code -0}. */
  static String plain(BigDecimal decimal) {
    String text = decimal.stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** Every cell of a row, as text. */
  static String[] row(Table table, int row) {
    String[] cells = new String[table.columnCount()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = of(table.column(c), row);
    }
    return cells;
  }
}

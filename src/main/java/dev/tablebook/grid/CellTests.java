package dev.tablebook.grid;

import java.util.function.IntPredicate;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** Turns one condition on one column into a test of its rows; missing cells match only {@code is missing}. */
final class CellTests {
  private CellTests() {}

  /** The rows of {@code column} for which {@code column op value} holds ({@code value} unused without one). */
  static IntPredicate of(Column<?> column, Operator op, String value, String condition) {
    if (op == Operator.IS_MISSING) {
      return column::isMissing;
    } else if (op == Operator.IS_NOT_MISSING) {
      return row -> !column.isMissing(row);
    }
    ValueKind kind = ValueKind.of(column);
    String name = "column \"" + column.name() + "\"";
    if (kind == ValueKind.TEXT) {
      return TextTests.of((StringColumn) column, op, value, condition);
    } else if (!op.compares()) {
      throw GridFilterException.in(condition, "\"" + op + "\" looks into text, and " + name + " holds " + kind.holds()
          + "; compare it with =, !=, <, <=, > or >=");
    } else if (kind == ValueKind.BOOLEAN && op != Operator.EQUAL && op != Operator.NOT_EQUAL) {
      throw GridFilterException.in(condition, name + " holds true or false, which compare only with = and !=");
    }
    LongCells cells = LongCells.of(column);
    if (cells == null) {
      throw GridFilterException.in(condition, name + " holds " + column.type().name()
          + " values, which a filter cannot compare; use is missing or is not missing");
    }
    KeyRange range;
    try {
      range = kind.range(op, value);
    } catch (IllegalArgumentException notThatKind) {
      throw GridFilterException.in(condition, name + " holds " + kind.holds() + ", and \"" + value + "\" is not " + kind.one());
    }
    return row -> {
      long cell = cells.get(row);
      return !cells.isMissing(cell) && range.contains(cell);
    };
  }
}

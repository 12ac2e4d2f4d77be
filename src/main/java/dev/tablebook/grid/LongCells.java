package dev.tablebook.grid;

import java.util.function.IntToLongFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.booleans.BooleanColumnType;
import tech.tablesaw.columns.dates.DateColumnType;
import tech.tablesaw.columns.datetimes.DateTimeColumnType;
import tech.tablesaw.columns.instant.InstantColumnType;
import tech.tablesaw.columns.numbers.IntColumnType;
import tech.tablesaw.columns.numbers.LongColumnType;
import tech.tablesaw.columns.numbers.ShortColumnType;
import tech.tablesaw.columns.times.TimeColumnType;

/**
 * Reads the cells of any column but a text one as longs whose order is the values' order, without
 * boxing: whole numbers as they are; dates, times, date-times and instants in Tablesaw's packed form
 * (packed so that their order is the longs' order); booleans as 0 and 1; decimals through
 * {@link #sortable(double)}. A missing cell reads as the column type's sentinel.
 */
final class LongCells {
  private final IntToLongFunction reader;
  private final long missing;

  private LongCells(IntToLongFunction reader, long missing) {
    this.reader = reader;
    this.missing = missing;
  }

  /** The cells of {@code column}, or null when its cells are not read as longs (text, decimals). */
  static LongCells of(Column<?> column) {
    if (column instanceof ShortColumn c) {
      return new LongCells(c::getShort, ShortColumnType.missingValueIndicator());
    } else if (column instanceof IntColumn c) {
      return new LongCells(c::getInt, IntColumnType.missingValueIndicator());
    } else if (column instanceof LongColumn c) {
      return new LongCells(c::getLong, LongColumnType.missingValueIndicator());
    } else if (column instanceof DateColumn c) {
      return new LongCells(c::getIntInternal, DateColumnType.missingValueIndicator());
    } else if (column instanceof TimeColumn c) {
      return new LongCells(c::getIntInternal, TimeColumnType.missingValueIndicator());
    } else if (column instanceof DateTimeColumn c) {
      return new LongCells(c::getLongInternal, DateTimeColumnType.missingValueIndicator());
    } else if (column instanceof InstantColumn c) {
      return new LongCells(c::getLongInternal, InstantColumnType.missingValueIndicator());
    } else if (column instanceof DoubleColumn c) {
      return new LongCells(row -> sortable(c.getDouble(row)), sortable(Double.NaN));
    } else if (column instanceof FloatColumn c) {
      return new LongCells(row -> sortable(c.getFloat(row)), sortable(Double.NaN));
    } else if (column instanceof BooleanColumn c) {
      return new LongCells(c::getByte, BooleanColumnType.missingValueIndicator());
    }
    return null;
  }

  /**
   * A long in the same order as the doubles ({@code Double.compare}'s order, with -0.0 equal to 0.0):
   * the sign bit flips the rest of the bits of a negative number. Every NaN gives one value, above
   * {@code +Infinity}'s.
   */
  static long sortable(double value) {
    long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /** The cell in {@code row}; {@link #isMissing} tells whether it is missing. */
  long get(int row) {
    return reader.applyAsLong(row);
  }

  /** Whether a value read by {@link #get} stands for a missing cell. */
  boolean isMissing(long value) {
    return value == missing;
  }
}

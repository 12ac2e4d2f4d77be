package dev.tablebook.grid;

import java.util.function.DoubleConsumer;
import tech.tablesaw.columns.Column;

/**
 * Works out the order of a table's rows sorted by one column: stable (equal values keep table order),
 * missing values last in both directions. Reports its progress from 0 to 1 on the calling thread.
 */
final class SortOrder {
  /** The share of the work reading the keys takes, for progress. */
  private static final double READING = 0.2;

  private SortOrder() {}

  /**
   * The row numbers of {@code column}'s table in sorted order.
   *
   * @throws IllegalArgumentException when the column is of a type Tablesaw does not have built in
   */
  static int[] of(Column<?> column, boolean ascending, DoubleConsumer progress) {
    progress.accept(0);
    long[] keys = SortKeys.of(column, ascending);
    if (keys == null) {
      throw new IllegalArgumentException("column \"" + column.name() + "\" holds " + column.type().name()
          + " values, which the grid cannot sort");
    }
    progress.accept(READING);
    int[] order = RadixSort.sort(keys, done -> progress.accept(READING + (1 - READING) * done));
    progress.accept(1);
    return order;
  }
}

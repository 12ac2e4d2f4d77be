package dev.tablebook.grid;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.Arrays;
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

  /** The row numbers of {@code column}'s table in sorted order. */
  static int[] of(Column<?> column, boolean ascending, DoubleConsumer progress) {
    progress.accept(0);
    long[] keys = SortKeys.of(column, ascending);
    int[] order;
    if (keys != null) {
      progress.accept(READING);
      order = RadixSort.sort(keys, done -> progress.accept(READING + (1 - READING) * done));
    } else {
      order = byComparator(column, ascending);
    }
    progress.accept(1);
    return order;
  }

  /** A merge sort (stable) with the column's own comparator, for types {@link SortKeys} does not read. */
  private static int[] byComparator(Column<?> column, boolean ascending) {
    int[] order = new int[column.size()];
    Arrays.setAll(order, i -> i);
    IntComparator values = column.rowComparator();
    IntComparator comparator = (a, b) -> {
      boolean aMissing = column.isMissing(a);
      boolean bMissing = column.isMissing(b);
      if (aMissing || bMissing) {
        return Boolean.compare(aMissing, bMissing);
      }
      return ascending ? values.compare(a, b) : values.compare(b, a);
    };
    IntArrays.mergeSort(order, comparator);
    return order;
  }
}

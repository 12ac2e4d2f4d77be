package dev.tablebook.grid;

import java.util.Arrays;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Makes one long per row whose signed order is the order a sort wants: ascending or descending, with
 * missing cells after every value in both directions. Strings are ranked ({@link StringOrder}), once
 * per distinct value where the column has a dictionary ({@link StringCodes}); every other Tablesaw type
 * is read by {@link LongCells}.
 */
final class SortKeys {
  private SortKeys() {}

  /** The keys of {@code column}'s rows, or null when its type is neither a string nor read by {@link LongCells}. */
  static long[] of(Column<?> column, boolean ascending) {
    if (column instanceof StringColumn strings) {
      return ranked(StringCodes.of(strings), ascending);
    }
    LongCells cells = LongCells.of(column);
    return cells == null ? null : read(cells, column.size(), ascending);
  }

  private static long[] read(LongCells cells, int rows, boolean ascending) {
    long[] keys = new long[rows];
    long max = Long.MIN_VALUE;
    boolean anyMissing = false;
    for (int row = 0; row < rows; row++) {
      long cell = cells.get(row);
      if (cells.isMissing(cell)) {
        anyMissing = true;
      } else {
        // No value reads as Long.MIN_VALUE, so both keys lie in [MIN_VALUE, MAX_VALUE - 1]: room for the missing above.
        long key = ascending ? cell - 1 : ~cell;
        keys[row] = key;
        max = Math.max(max, key);
      }
    }
    if (anyMissing) {
      // Just above the largest value keeps the keys' range (and so the radix passes) small.
      long last = max == Long.MIN_VALUE ? 0 : max + 1;
      for (int row = 0; row < rows; row++) {
        if (cells.isMissing(cells.get(row))) {
          keys[row] = last;
        }
      }
    }
    return keys;
  }

  private static long[] ranked(StringCodes codes, boolean ascending) {
    int[] present = new int[codes.size()];
    String[] values = new String[codes.size()];
    int count = 0;
    for (int code = 0; code < codes.size(); code++) {
      String value = codes.value(code);
      if (value != null && !StringCodes.isMissing(value)) {
        present[count] = code;
        values[count++] = value;
      }
    }
    int[] order = StringOrder.of(Arrays.copyOf(values, count), ascending);
    int[] rankOfCode = new int[codes.size()];
    Arrays.fill(rankOfCode, count);
    for (int rank = 0; rank < count; rank++) {
      rankOfCode[present[order[rank]]] = rank;
    }
    int rows = codes.column().size();
    long[] keys = new long[rows];
    for (int row = 0; row < rows; row++) {
      keys[row] = rankOfCode[codes.code(row)];
    }
    return keys;
  }
}

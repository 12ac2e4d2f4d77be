package dev.tablebook.grid;

import it.unimi.dsi.fastutil.ints.IntIterator;
import java.util.Arrays;
import tech.tablesaw.selection.Selection;

/**
 * The rows a grid shows, in order: every row in table order (no array), or the row numbers in an array
 * that the grid's caches share (so never changed).
 */
record View(int[] rows, int size) {

  /** Every one of {@code count} rows, in table order. */
  static View all(int count) {
    return new View(null, count);
  }

  /** The rows in {@code rows}, in that order. */
  static View of(int[] rows) {
    return new View(rows, rows.length);
  }

  /** The rows of {@code order} that {@code selection} holds, in {@code order}'s order: one pass. */
  static View filtered(int[] order, Selection selection, int tableRows) {
    long[] selected = new long[(tableRows + 63) >>> 6];
    for (IntIterator it = selection.iterator(); it.hasNext(); ) {
      int row = it.nextInt();
      selected[row >>> 6] |= 1L << row;
    }
    int[] rows = new int[selection.size()];
    int at = 0;
    for (int row : order) {
      if ((selected[row >>> 6] & (1L << row)) != 0) {
        rows[at++] = row;
      }
    }
    return of(rows);
  }

  /** The row numbers at positions {@code from} (inclusive) to {@code to} (exclusive) of the view. */
  int[] slice(int from, int to) {
    if (rows != null) {
      return Arrays.copyOfRange(rows, from, to);
    }
    int[] slice = new int[to - from];
    Arrays.setAll(slice, i -> from + i);
    return slice;
  }
}

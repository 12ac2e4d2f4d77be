package dev.tablebook.tables;

/**
 * Which rows of a table a rendering shows: all of them when there are few, else the first
 * {@code head} and last {@code tail} with a gap between. Only the shown rows are ever read, so a
 * ten-million-row table renders as fast as a small one.
 */
record RowWindow(int rowCount, int head, int tail) {

  /** Shows everything up to {@code head + tail} rows, else the head and the tail. */
  static RowWindow of(int rowCount, int head, int tail) {
    return rowCount <= head + tail ? new RowWindow(rowCount, rowCount, 0) : new RowWindow(rowCount, head, tail);
  }

  /** Whether rows are left out between the head and the tail. */
  boolean hasGap() {
    return head + tail < rowCount;
  }

  /** How many rows are left out. */
  int hidden() {
    return rowCount - head - tail;
  }

  /** The table row shown at position {@code i} (0 ≤ i < head + tail). */
  int row(int i) {
    return i < head ? i : rowCount - tail + (i - head);
  }

  /** How many rows are shown. */
  int shown() {
    return head + tail;
  }
}

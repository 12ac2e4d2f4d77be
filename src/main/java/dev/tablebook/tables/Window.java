package dev.tablebook.tables;

/**
 * Which rows (or columns) of a table a rendering shows: all of them when there are few, else the
 * first {@code head} and last {@code tail} with a gap between. Only the shown ones are ever read, so
 * a ten-million-row table renders as fast as a small one.
 */
record Window(int count, int head, int tail) {

  /** Shows everything up to {@code head + tail} items, else the head and the tail. */
  static Window of(int count, int head, int tail) {
    return count <= (long) head + tail ? new Window(count, count, 0) : new Window(count, head, tail);
  }

  /** Shows all {@code count} items. */
  static Window all(int count) {
    return new Window(count, count, 0);
  }

  /** Whether items are left out between the head and the tail. */
  boolean hasGap() {
    return head + tail < count;
  }

  /** How many items are left out. */
  int hidden() {
    return count - head - tail;
  }

  /** The index of the item shown at position {@code i} (0 ≤ i < head + tail). */
  int index(int i) {
    return i < head ? i : count - tail + (i - head);
  }

  /** How many items are shown. */
  int shown() {
    return head + tail;
  }
}

package dev.tablebook.grid;

import java.util.Arrays;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Sorts row numbers by long keys with a stable least-significant-digit radix sort: 11 bits a pass, and
 * only as many passes as the keys' range needs (a string column's ranks take one for up to 2,048
 * distinct values, a date column's two, an int column's three, a double column's up to six). Each pass
 * counts and moves the rows in chunks, one per core, on the common fork-join pool and the calling
 * thread. Stable, so rows with equal keys keep their order. Measured against fastutil's indirect radix
 * sort and {@code Arrays.parallelSort} of packed longs on 10 M rows: two to three times faster
 * (src/bench/BENCHMARKS.md, "Grid").
 */
final class RadixSort {
  private static final int BITS = 11;
  private static final int RADIX = 1 << BITS;
  private static final int MASK = RADIX - 1;
  /** Below this many rows a chunk is not worth a thread. */
  private static final int MIN_CHUNK = 1 << 16;

  private RadixSort() {}

  /**
   * The row numbers {@code 0..keys.length-1} in the order of their keys (signed), equal keys in row
   * order. Takes {@code keys} over: its contents are lost. Reports the start of each pass to
   * {@code progress} as the fraction of the passes done (0 for the first, never 1).
   */
  static int[] sort(long[] keys, DoubleConsumer progress) {
    int n = keys.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long key : keys) {
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    int[] rows = new int[n];
    Arrays.setAll(rows, i -> i);
    if (n < 2 || min == max) {
      return rows;
    }
    int bits = 64 - Long.numberOfLeadingZeros(max - min);
    for (int i = 0; i < n; i++) {
      keys[i] -= min;
    }
    int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / MIN_CHUNK));
    int[] bounds = new int[chunks + 1];
    Arrays.setAll(bounds, c -> (int) ((long) n * c / chunks));
    int[][] counts = new int[chunks][RADIX];
    long[] keysTo = new long[n];
    int[] rowsTo = new int[n];
    int passes = (bits + BITS - 1) / BITS;
    for (int pass = 0; pass < passes; pass++) {
      progress.accept(pass / (double) passes);
      int shift = pass * BITS;
      long[] keysFrom = keys;
      int[] rowsFrom = rows;
      each(chunks, c -> count(keysFrom, bounds[c], bounds[c + 1], shift, counts[c]));
      if (toStarts(counts, n)) {
        long[] k = keysTo;
        int[] r = rowsTo;
        each(chunks, c -> move(keysFrom, rowsFrom, bounds[c], bounds[c + 1], shift, counts[c], k, r));
        keysTo = keys;
        rowsTo = rows;
        keys = k;
        rows = r;
      }
    }
    return rows;
  }

  private static void each(int chunks, IntConsumer work) {
    if (chunks == 1) {
      work.accept(0);
    } else {
      IntStream.range(0, chunks).parallel().forEach(work);
    }
  }

  private static void count(long[] keys, int from, int to, int shift, int[] count) {
    Arrays.fill(count, 0);
    for (int i = from; i < to; i++) {
      count[(int) (keys[i] >>> shift) & MASK]++;
    }
  }

  /**
   * Turns each chunk's counts into the index its first row of each digit goes to; false when all rows
   * have one digit (the pass would not move anything).
   */
  private static boolean toStarts(int[][] counts, int n) {
    int start = 0;
    for (int digit = 0; digit < RADIX; digit++) {
      int digitStart = start;
      for (int[] count : counts) {
        int c = count[digit];
        count[digit] = start;
        start += c;
      }
      if (start - digitStart == n) {
        return false;
      }
    }
    return true;
  }

  private static void move(long[] keys, int[] rows, int from, int to, int shift, int[] next, long[] keysTo, int[] rowsTo) {
    for (int i = from; i < to; i++) {
      long key = keys[i];
      int at = next[(int) (key >>> shift) & MASK]++;
      keysTo[at] = key;
      rowsTo[at] = rows[i];
    }
  }
}

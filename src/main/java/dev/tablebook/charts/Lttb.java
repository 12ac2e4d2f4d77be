package dev.tablebook.charts;

import java.util.Arrays;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013): picks {@code threshold} points of a
 * series that keep its visual shape — peaks, troughs and trends — in O(n). The first and last points
 * are always kept; each bucket in between keeps the point forming the largest triangle with the
 * point kept before it and the average of the next bucket. Missing values (NaN) are skipped when
 * choosing and their gaps are kept: one NaN is put back between two kept points a gap separated.
 *
 * @since 0.2
 */
public final class Lttb {
  private Lttb() {}

  /**
   * The indices of the points to keep, ascending. {@code x} should be in drawing order; all points
   * are kept when there are no more than {@code threshold} finite ones.
   */
  public static int[] indices(double[] x, double[] y, int threshold) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
    }
    if (threshold < 3) {
      throw new IllegalArgumentException("threshold must be at least 3: " + threshold);
    }
    int[] finite = new int[y.length];
    int n = 0;
    for (int i = 0; i < y.length; i++) {
      if (!Double.isNaN(y[i]) && !Double.isNaN(x[i])) {
        finite[n++] = i;
      }
    }
    int[] kept = n <= threshold ? Arrays.copyOf(finite, n) : choose(x, y, finite, n, threshold);
    return withGaps(y, kept);
  }

  private static int[] choose(double[] x, double[] y, int[] points, int n, int threshold) {
    int[] kept = new int[threshold];
    int count = 0;
    kept[count++] = points[0];
    double bucket = (double) (n - 2) / (threshold - 2);
    int a = 0;
    for (int b = 0; b < threshold - 2; b++) {
      int nextStart = (int) Math.floor((b + 1) * bucket) + 1;
      int nextEnd = Math.min((int) Math.floor((b + 2) * bucket) + 1, n);
      double avgX = 0;
      double avgY = 0;
      for (int j = nextStart; j < nextEnd; j++) {
        avgX += x[points[j]];
        avgY += y[points[j]];
      }
      int span = Math.max(nextEnd - nextStart, 1);
      avgX /= span;
      avgY /= span;
      if (nextEnd <= nextStart) {
        avgX = x[points[n - 1]];
        avgY = y[points[n - 1]];
      }
      int start = (int) Math.floor(b * bucket) + 1;
      int end = (int) Math.floor((b + 1) * bucket) + 1;
      double ax = x[points[a]];
      double ay = y[points[a]];
      double maxArea = -1;
      int chosen = start;
      for (int j = start; j < end; j++) {
        double area = Math.abs((ax - avgX) * (y[points[j]] - ay) - (ax - x[points[j]]) * (avgY - ay));
        if (area > maxArea) {
          maxArea = area;
          chosen = j;
        }
      }
      kept[count++] = points[chosen];
      a = chosen;
    }
    kept[count++] = points[n - 1];
    return Arrays.copyOf(kept, count);
  }

  /** Puts back the first missing index between two kept points that a gap separates. */
  private static int[] withGaps(double[] y, int[] kept) {
    int[] missingBefore = new int[y.length + 1];
    for (int i = 0; i < y.length; i++) {
      missingBefore[i + 1] = missingBefore[i] + (Double.isNaN(y[i]) ? 1 : 0);
    }
    if (missingBefore[y.length] == 0 || kept.length == 0) {
      return kept;
    }
    int[] out = new int[kept.length * 2];
    int count = 0;
    for (int k = 0; k < kept.length; k++) {
      if (k > 0 && missingBefore[kept[k]] > missingBefore[kept[k - 1] + 1]) {
        int gap = kept[k - 1] + 1;
        while (!Double.isNaN(y[gap])) {
          gap++;
        }
        out[count++] = gap;
      }
      out[count++] = kept[k];
    }
    return Arrays.copyOf(out, count);
  }
}

package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LttbTest {

  private static double[] range(int n) {
    double[] x = new double[n];
    Arrays.setAll(x, i -> i);
    return x;
  }

  @Test
  void keepsThresholdPointsWithTheFirstAndTheLast() {
    Random random = new Random(7);
    double[] y = random.doubles(10_000).toArray();
    int[] kept = Lttb.indices(range(y.length), y, 500);
    assertEquals(500, kept.length);
    assertEquals(0, kept[0]);
    assertEquals(9_999, kept[499]);
    for (int i = 1; i < kept.length; i++) {
      assertTrue(kept[i] > kept[i - 1], "ascending");
    }
  }

  @Test
  void keepsASpikeThatAverageSamplingWouldLose() {
    double[] y = new double[10_000];
    y[4_321] = 100;
    int[] kept = Lttb.indices(range(y.length), y, 50);
    assertTrue(Arrays.stream(kept).anyMatch(i -> i == 4_321), Arrays.toString(kept));
  }

  @Test
  void shortSeriesAreKeptWhole() {
    assertArrayEquals(new int[] {0, 1, 2}, Lttb.indices(range(3), new double[] {1, 2, 3}, 10));
  }

  @Test
  void gapsSurviveDownsampling() {
    double[] y = new double[1_000];
    Arrays.setAll(y, i -> i >= 400 && i < 600 ? Double.NaN : Math.sin(i / 10.0));
    int[] kept = Lttb.indices(range(y.length), y, 20);
    long gaps = Arrays.stream(kept).filter(i -> Double.isNaN(y[i])).count();
    assertEquals(1, gaps, "one NaN marks the gap: " + Arrays.toString(kept));
  }
}

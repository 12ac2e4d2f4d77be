package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The radix sort against a comparison sort: signed keys of every width, ties in row order, several chunks. */
class RadixSortTest {

  private static int[] expected(long[] keys) {
    return IntStream.range(0, keys.length).boxed()
        .sorted(Comparator.<Integer>comparingLong(row -> keys[row]).thenComparingInt(row -> row))
        .mapToInt(Integer::intValue).toArray();
  }

  private static void assertSorts(long[] keys) {
    int[] expected = expected(keys);
    assertArrayEquals(expected, RadixSort.sort(keys.clone(), done -> {}));
  }

  @Test
  void sortsSignedKeysOfEveryWidthWithTiesInRowOrder() {
    Random random = new Random(7);
    for (int bits : new int[] {1, 3, 11, 12, 22, 33, 44, 63, 64}) {
      long[] keys = new long[2_000];
      for (int i = 0; i < keys.length; i++) {
        long key = bits == 64 ? random.nextLong() : random.nextLong() >> (64 - bits);
        keys[i] = i % 5 == 0 && i > 0 ? keys[i - 1] : key;
      }
      assertSorts(keys);
    }
  }

  @Test
  void sortsTheExtremes() {
    assertSorts(new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE});
  }

  @Test
  void sortsInSeveralChunksAsInOne() {
    Random random = new Random(11);
    long[] keys = new long[300_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = random.nextInt(1_000) - 500L;
    }
    assertSorts(keys);
  }

  @Test
  void equalKeysAndTinyInputsKeepTableOrder() {
    assertArrayEquals(new int[0], RadixSort.sort(new long[0], done -> {}));
    assertArrayEquals(new int[] {0}, RadixSort.sort(new long[] {5}, done -> {}));
    assertArrayEquals(new int[] {0, 1, 2}, RadixSort.sort(new long[] {4, 4, 4}, done -> {}));
  }

  @Test
  void reportsTheStartOfEachPass() {
    List<Double> reports = new ArrayList<>();
    long[] keys = {1L << 40, 0, 3};
    RadixSort.sort(keys, reports::add);
    assertEquals(List.of(0.0, 0.25, 0.5, 0.75), reports);
  }
}

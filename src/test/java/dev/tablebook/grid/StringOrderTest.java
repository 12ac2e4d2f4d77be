package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The string order against a stable comparison sort, on strings that share prefixes, repeat, end early or hold any char. */
class StringOrderTest {

  private static void assertOrders(String[] values) {
    for (boolean ascending : new boolean[] {true, false}) {
      Comparator<Integer> byValue = (a, b) -> values[a].compareTo(values[b]);
      int[] expected = IntStream.range(0, values.length).boxed().sorted(ascending ? byValue : byValue.reversed())
          .mapToInt(Integer::intValue).toArray();
      assertArrayEquals(expected, StringOrder.of(values, ascending), ascending ? "ascending" : "descending");
    }
  }

  private static String randomString(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  @Test
  void ordersAsCompareToWithEqualStringsInIndexOrder() {
    Random random = new Random(3);
    String[] values = new String[20_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = switch (i % 4) {
        case 0 -> "https://example.org/" + randomString(random, "ab/", 12);
        case 1 -> randomString(random, "aA\u0000\u00e9\uffff\ud83d\ude00z", 9);
        case 2 -> "same value shared by many rows";
        default -> randomString(random, "abc", 3);
      };
    }
    assertOrders(values);
  }

  @Test
  void ordersValuesThatAllShareALongPrefix() {
    Random random = new Random(5);
    String[] values = new String[5_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = "https://example.org/items/" + randomString(random, "ab", 14);
    }
    assertOrders(values);
  }

  @Test
  void ordersAShorterStringBeforeOnePaddedWithNulChars() {
    assertOrders(new String[] {"ab\u0000", "ab", "ab\u0000\u0000\u0000\u0000\u0000", "ab\u0000", "a", ""});
    String[] many = new String[200];
    for (int i = 0; i < many.length; i++) {
      many[i] = "ab" + "\u0000".repeat(i % 7);
    }
    assertOrders(many);
  }

  @Test
  void ordersNothingAndOne() {
    assertOrders(new String[0]);
    assertOrders(new String[] {"x"});
  }
}

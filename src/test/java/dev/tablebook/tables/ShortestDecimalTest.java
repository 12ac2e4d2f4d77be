package dev.tablebook.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {

  @Test
  void doublesThatJava17PrintsTooLongAreShownAsTheirShortestDecimal() {
    assertEquals("100000000000000000000000", CellText.number(1e23));
    assertEquals("200000000000000000000000", CellText.number(2e23));
    assertEquals("8410000000000000000000", CellText.number(8.41e21));
    assertEquals(1e23, ColumnLimits.exactDouble(new BigDecimal("100000000000000000000000")));
  }

  @Test
  void everyRandomDoubleReadsBackAndIsNoLongerThanJavasOwnText() {
    Random random = new Random(23);
    for (int i = 0; i < 50_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(d)) {
        continue;
      }
      BigDecimal shortest = ShortestDecimal.of(d);
      assertEquals(d, shortest.doubleValue(), () -> "reads back: " + d);
      BigDecimal java = new BigDecimal(Double.toString(d));
      assertTrue(shortest.stripTrailingZeros().precision() <= java.stripTrailingZeros().precision(), () -> d + " -> " + shortest);
      if (Runtime.version().feature() >= 19) { // Java's own text is the shortest there: the two agree
        assertEquals(0, shortest.compareTo(java), () -> d + ": " + shortest + " vs " + java);
      }
    }
  }
}

package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Doubles are written as Python's {@code repr} writes them (expected texts are Python 3.11's). */
class PythonFloatsTest {

  private static void writes(String python, double value) {
    assertEquals(python, PythonFloats.repr(value), () -> "repr of " + Double.toString(value));
  }

  @Test
  void positionalFromOneTenThousandthToBelowTenToTheSixteen() {
    writes("0.0001", 1e-4);
    writes("0.30000000000000004", 0.1 + 0.2);
    writes("12345678.0", 12345678.0);
    writes("9999999999999998.0", 9999999999999998.0);
    writes("123.456", 123.456);
    writes("-2.5", -2.5);
  }

  @Test
  void scientificOutsideWithASignAndTwoExponentDigits() {
    writes("1e-05", 1e-5);
    writes("1.5e+300", 1.5e300);
    writes("1e+16", 1e16);
    writes("1.2345678901234568e+16", 12345678901234567.0);
    writes("-1.25e-10", -1.25e-10);
    writes("1.7976931348623157e+308", Double.MAX_VALUE);
    writes("2.2250738585072014e-308", Double.MIN_NORMAL);
  }

  @Test
  void oneDigitWhenOneDigitReadsBack() {
    writes("5e-324", Double.MIN_VALUE); // Double.toString on JDK 19+: 4.9E-324
    writes("1e+23", 1e23); // Double.toString on JDK 17: 9.999999999999999E22
    writes("2e+23", 2e23); // Double.toString on JDK 17: 1.9999999999999998E23
  }

  @Test
  void zerosAndNonFiniteValuesAsJsonDumpsWritesThem() {
    writes("0.0", 0.0);
    writes("-0.0", -0.0);
    writes("NaN", Double.NaN);
    writes("Infinity", Double.POSITIVE_INFINITY);
    writes("-Infinity", Double.NEGATIVE_INFINITY);
  }

  @Test
  void everyDoubleReadsBackAndTheSearchFromTheExactValueAgrees() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    for (int i = 0; i < 3_000; i++) {
      double value = Math.abs(Double.longBitsToDouble(random.nextLong()));
      if (Double.isFinite(value) && value != 0) {
        String text = PythonFloats.repr(value);
        assertEquals(value, Double.parseDouble(text), text);
        assertEquals(PythonFloats.Decimal.of(PythonFloats.search(new java.math.BigDecimal(value), value)),
            PythonFloats.shortest(value), text);
      }
    }
  }
}

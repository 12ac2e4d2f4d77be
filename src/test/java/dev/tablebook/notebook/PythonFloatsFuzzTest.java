package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Fuzzes the writing of doubles: for any double (its bits are the input's first 8 bytes), the text
 * reads back as the same double and equals a reference built another way, from the exact interval of
 * decimals that round to it; on JDK 19 and later the digits also equal {@code Double.toString}'s.
 * Seeds: {@code src/test/resources/dev/tablebook/notebook/PythonFloatsFuzzTestInputs}.
 */
class PythonFloatsFuzzTest {
  private static final boolean SHORTEST_TO_STRING = Runtime.version().feature() >= 19;

  @FuzzTest(maxDuration = "30s")
  void everyDoubleIsWrittenAsPythonReprWrites(byte[] input) throws JsonProcessingException {
    double value = Double.longBitsToDouble(ByteBuffer.wrap(Arrays.copyOf(input, 8)).getLong());
    String text = PythonFloats.repr(value);
    double read = JupyterJson.MAPPER.readTree(text).doubleValue();
    assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(read), text + " reads back as " + read);
    if (!Double.isFinite(value) || value == 0) {
      return;
    }
    BigDecimal reference = shortestInInterval(Math.abs(value));
    assertEquals((value < 0 ? "-" : "") + pythonLayout(reference), text);
    if (SHORTEST_TO_STRING) {
      BigDecimal java = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
      // Double.toString picks two digits over one when two are nearer (4.9E-324 for Python's 5e-324).
      if (reference.precision() > 1 || java.precision() == 1) {
        assertEquals(0, java.compareTo(reference), () -> "Double.toString: " + java + ", repr: " + text);
      }
    }
  }

  /** The shortest decimal inside the rounding interval of positive finite {@code value}, nearest, ties even. */
  private static BigDecimal shortestInInterval(double value) {
    BigDecimal exact = new BigDecimal(value);
    BigDecimal low = exact.add(new BigDecimal(Math.nextDown(value))).divide(BigDecimal.valueOf(2));
    double next = Math.nextUp(value);
    BigDecimal high = Double.isInfinite(next)
        ? exact.add(new BigDecimal(Math.ulp(value)).divide(BigDecimal.valueOf(2)))
        : exact.add(new BigDecimal(next)).divide(BigDecimal.valueOf(2));
    boolean boundsIncluded = (Double.doubleToRawLongBits(value) & 1) == 0; // round half to even
    for (int digits = 1; ; digits++) {
      BigDecimal down = exact.round(new MathContext(digits, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(digits, RoundingMode.UP));
      boolean downInside = inside(down, low, high, boundsIncluded);
      boolean upInside = inside(up, low, high, boundsIncluded);
      if (downInside && upInside) {
        int side = exact.subtract(down).compareTo(up.subtract(exact));
        return (side < 0 || side == 0 && !down.unscaledValue().testBit(0) ? down : up).stripTrailingZeros();
      }
      if (downInside || upInside) {
        return (downInside ? down : up).stripTrailingZeros();
      }
    }
  }

  private static boolean inside(BigDecimal decimal, BigDecimal low, BigDecimal high, boolean boundsIncluded) {
    int fromLow = decimal.compareTo(low);
    int fromHigh = decimal.compareTo(high);
    return boundsIncluded ? fromLow >= 0 && fromHigh <= 0 : fromLow > 0 && fromHigh < 0;
  }

  /** Python's repr layout, written from BigDecimal's own renderings. */
  private static String pythonLayout(BigDecimal decimal) {
    int exponent = decimal.precision() - decimal.scale() - 1;
    if (exponent >= -4 && exponent < 16) {
      String plain = decimal.toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    String digits = decimal.unscaledValue().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + String.format("e%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
  }
}

package dev.tablebook.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a double as Python's {@code json.dumps} does ({@code float.__repr__}, with {@code NaN},
 * {@code Infinity}, {@code -Infinity}): the shortest decimal that reads back as the same double,
 * the nearest to it when several are that short, in {@code repr}'s layout ({@code 0.0001},
 * {@code 1e-05}, {@code 1e+16}, {@code 12345678.0}, {@code -0.0}).
 *
 * <p>{@code Double.toString} is not used: before JDK 19 it is not always the shortest (JDK-4511638),
 * and from 19 on it prefers two digits to one ({@code 4.9E-324} where Python writes {@code 5e-324}).
 */
final class PythonFloats {
  /** 17 significant digits always read back as the same double. */
  private static final int MAX_DIGITS = 17;
  /** Integral doubles below 2^53 are their own shortest digits. */
  private static final double EXACT_LONGS = 0x1p53;

  private PythonFloats() {}

  /** The text {@code json.dumps(value)} writes. */
  static String repr(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0) {
      return 1 / value > 0 ? "0.0" : "-0.0";
    }
    String sign = value < 0 ? "-" : "";
    Decimal shortest = Math.abs(value) < EXACT_LONGS && value == Math.rint(value)
        ? Decimal.of(BigDecimal.valueOf((long) Math.abs(value)))
        : shortest(Math.abs(value));
    return sign + layout(shortest);
  }

  /**
   * The shortest decimal that reads back as {@code value} (positive, finite), the nearest to it when
   * there are several. {@code Double.toString} is only a hint: any decimal that reads back bounds the
   * length, and the decimals that read back form an interval around {@code value}, so if a shorter one
   * exists, the one next to the hint at that length reads back too. The exact value is compared only
   * when two decimals of the shortest length read back.
   */
  static Decimal shortest(double value) {
    Hint hint = Hint.of(value);
    if (hint == null) {
      return Decimal.of(search(new BigDecimal(value), value));
    }
    int length = hint.length();
    while (length > 1 && hint.shortened(length - 1, value) != null) {
      length--;
    }
    if (length == hint.length() && !readsBack(hint.unscaled() - 1, hint.scale(), value)
        && !readsBack(hint.unscaled() + 1, hint.scale(), value)) {
      return Decimal.of(BigDecimal.valueOf(hint.unscaled(), -hint.scale()));
    }
    return Decimal.of(nearestReadingBack(new BigDecimal(value), value, length));
  }

  /** The shortest decimal reading back as {@code value}, found from its exact value alone. */
  static BigDecimal search(BigDecimal exact, double value) {
    // Some p-digit decimal reads back => so does a (p+1)-digit one: binary search the least p.
    int low = 1;
    int high = MAX_DIGITS;
    BigDecimal best = nearestReadingBack(exact, value, MAX_DIGITS);
    while (low < high) {
      int middle = (low + high) >>> 1;
      BigDecimal found = nearestReadingBack(exact, value, middle);
      if (found != null) {
        best = found;
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return best;
  }

  /** A decimal {@code unscaled × 10^scale} that reads back as the value, with no trailing zeros. */
  private record Hint(long unscaled, int scale, int length) {
    /** Double.toString's digits for {@code value}, or null if they do not read back. */
    static Hint of(double value) {
      String text = Double.toString(value);
      int e = text.indexOf('E');
      String mantissa = e < 0 ? text : text.substring(0, e);
      int point = mantissa.indexOf('.');
      long unscaled = Long.parseLong(mantissa.substring(0, point) + mantissa.substring(point + 1));
      int scale = (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1))) - (mantissa.length() - point - 1);
      while (unscaled % 10 == 0) {
        unscaled /= 10;
        scale++;
      }
      return readsBack(unscaled, scale, value) ? new Hint(unscaled, scale, Long.toString(unscaled).length()) : null;
    }

    /** A {@code digits}-digit decimal next to this one that reads back as {@code value}, or null. */
    Long shortened(int digits, double value) {
      int drop = length - digits;
      long down = unscaled / POWERS_OF_TEN[drop];
      return readsBack(down, scale + drop, value) || readsBack(down + 1, scale + drop, value) ? down : null;
    }
  }

  private static final long[] POWERS_OF_TEN = new long[MAX_DIGITS + 2];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private static boolean readsBack(long unscaled, int scale, double value) {
    return Double.parseDouble(unscaled + "E" + scale) == value;
  }

  /** Of the two {@code digits}-digit decimals either side of {@code exact}, the nearer that reads back as value. */
  private static BigDecimal nearestReadingBack(BigDecimal exact, double value, int digits) {
    BigDecimal down = exact.round(new MathContext(digits, RoundingMode.DOWN));
    BigDecimal up = exact.round(new MathContext(digits, RoundingMode.UP));
    boolean downReads = readsBack(down, value);
    boolean upReads = readsBack(up, value);
    if (downReads && upReads) {
      int side = exact.subtract(down).compareTo(up.subtract(exact));
      if (side != 0) {
        return side < 0 ? down : up;
      }
      return down.unscaledValue().testBit(0) ? up : down; // a tie: the even last digit
    }
    return downReads ? down : upReads ? up : null;
  }

  private static boolean readsBack(BigDecimal decimal, double value) {
    return Double.parseDouble(decimal.toString()) == value;
  }

  /** {@code repr}'s layout: positional for exponents -4 to 15, else {@code d.ddde±XX}. */
  static String layout(Decimal decimal) {
    String digits = decimal.digits();
    int exponent = decimal.exponent();
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String power = String.valueOf(Math.abs(exponent));
      return mantissa + (exponent < 0 ? "e-" : "e+") + (power.length() < 2 ? "0" : "") + power;
    }
    if (exponent < 0) {
      return "0." + "0".repeat(-exponent - 1) + digits;
    }
    if (exponent + 1 >= digits.length()) {
      return digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
    }
    return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
  }

  /**
   * A positive decimal {@code d.ddd × 10^exponent}.
   *
   * @param digits significant digits, no leading or trailing zeros
   * @param exponent the power of ten of the first digit
   */
  record Decimal(String digits, int exponent) {
    static Decimal of(BigDecimal positive) {
      BigDecimal stripped = positive.stripTrailingZeros();
      String digits = stripped.unscaledValue().toString();
      return new Decimal(digits, digits.length() - 1 - stripped.scale());
    }
  }
}

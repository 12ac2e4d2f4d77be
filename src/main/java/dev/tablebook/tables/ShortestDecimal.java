package dev.tablebook.tables;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as a given double, the same on every Java. {@code Double.toString}
 * gives it from Java 19 on; before, it sometimes gives more digits than needed ({@code 1.0E23} prints as
 * {@code 9.999999999999999E22}, JDK-4511638), which a table would show as a different number.
 *
 * @since 0.4
 */
public final class ShortestDecimal {
  private ShortestDecimal() {}

  /** The shortest decimal whose nearest double is {@code d} (closest to {@code d} among the shortest); {@code d} must be finite. */
  public static BigDecimal of(double d) {
    BigDecimal text = new BigDecimal(Double.toString(d));
    if (text.stripTrailingZeros().precision() <= 15) {
      return text; // at most 15 digits: Double.toString stopped as soon as the digits were unique
    }
    BigDecimal exact = new BigDecimal(d);
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      BigDecimal best = null;
      BigDecimal unit = nearest.ulp();
      for (BigDecimal candidate : new BigDecimal[] {nearest, nearest.subtract(unit), nearest.add(unit)}) {
        if (candidate.doubleValue() == d
            && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return text; // not reached: 17 significant digits always read back
  }
}

package dev.tablebook.grid;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a comparison with a value into the whole numbers that satisfy it: an inclusive range, or
 * everything outside one ({@code !=}). A fractional value against whole numbers is exact: {@code > 2.5}
 * is {@code >= 3}, {@code = 2.5} matches nothing.
 */
record KeyRange(long low, long high, boolean outside) {
  private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final KeyRange NONE = new KeyRange(1, 0, false);
  private static final KeyRange ALL = new KeyRange(1, 0, true);

  /** The longs {@code k} for which {@code k op value} holds. */
  static KeyRange of(Operator op, long value) {
    return of(op, BigDecimal.valueOf(value));
  }

  /** The longs {@code k} for which {@code k op value} holds, exactly. */
  static KeyRange of(Operator op, BigDecimal value) {
    BigDecimal floor = value.setScale(0, RoundingMode.FLOOR);
    BigDecimal ceiling = value.setScale(0, RoundingMode.CEILING);
    boolean whole = floor.compareTo(value) == 0;
    return switch (op) {
      case EQUAL -> whole && fits(floor) ? new KeyRange(floor.longValue(), floor.longValue(), false) : NONE;
      case NOT_EQUAL -> whole && fits(floor) ? new KeyRange(floor.longValue(), floor.longValue(), true) : ALL;
      case LESS -> atMost(ceiling.subtract(BigDecimal.ONE));
      case LESS_OR_EQUAL -> atMost(floor);
      case GREATER -> atLeast(floor.add(BigDecimal.ONE));
      case GREATER_OR_EQUAL -> atLeast(ceiling);
      default -> throw new IllegalArgumentException(op + " does not compare");
    };
  }

  private static boolean fits(BigDecimal whole) {
    return whole.compareTo(MIN) >= 0 && whole.compareTo(MAX) <= 0;
  }

  private static KeyRange atMost(BigDecimal high) {
    if (high.compareTo(MIN) < 0) {
      return NONE;
    }
    return new KeyRange(Long.MIN_VALUE, high.min(MAX).longValue(), false);
  }

  private static KeyRange atLeast(BigDecimal low) {
    if (low.compareTo(MAX) > 0) {
      return NONE;
    }
    return new KeyRange(low.max(MIN).longValue(), Long.MAX_VALUE, false);
  }

  /** Whether {@code key} satisfies the comparison. */
  boolean contains(long key) {
    return (key >= low && key <= high) != outside;
  }
}

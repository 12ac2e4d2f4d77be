package dev.tablebook.tables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * What Tablesaw's columns hold exactly, for code that brings values in from elsewhere (DuckDB, Spark):
 * dates and times from year -32768 to 32767 to the millisecond (Tablesaw packs the year in 16 bits and
 * keeps milliseconds), and the decimals a double gives back digit for digit. Each check returns why a
 * value cannot be held, or null when it can, so the caller refuses with the column's name and type.
 *
 * @since 0.4
 */
public final class ColumnLimits {
  /** The first date a {@code DateColumn}, {@code DateTimeColumn} or {@code InstantColumn} holds. */
  public static final LocalDate MIN_DATE = LocalDate.of(-32768, 1, 1);
  /** The last date they hold. */
  public static final LocalDate MAX_DATE = LocalDate.of(32767, 12, 31);

  private static final Instant FIRST_INSTANT = MIN_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant END_INSTANT = MAX_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final String RANGE = "outside the years -32768 to 32767 that Tablesaw's date columns hold";
  private static final String FINER = "finer than the milliseconds that Tablesaw's time columns keep";

  private ColumnLimits() {}

  /** Why {@code date} cannot go into a {@code DateColumn}, or null. */
  public static String date(LocalDate date) {
    return date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE) ? RANGE : null;
  }

  /** Why {@code time} cannot go into a {@code TimeColumn}, or null. */
  public static String time(LocalTime time) {
    return time.getNano() % 1_000_000 != 0 ? FINER : null;
  }

  /** Why {@code dateTime} cannot go into a {@code DateTimeColumn}, or null. */
  public static String dateTime(LocalDateTime dateTime) {
    String range = date(dateTime.toLocalDate());
    return range != null ? range : time(dateTime.toLocalTime());
  }

  /** Why {@code instant} cannot go into an {@code InstantColumn} (which keeps it as a UTC date and time), or null. */
  public static String instant(Instant instant) {
    if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(END_INSTANT)) {
      return RANGE;
    }
    return instant.getNano() % 1_000_000 != 0 ? FINER : null;
  }

  /**
   * The double that stands for {@code decimal} exactly, digit for digit (its shortest decimal text is
   * {@code decimal}'s value), or null when no double does: more significant digits than a double keeps,
   * or out of its range.
   */
  public static Double exactDouble(BigDecimal decimal) {
    double d = decimal.doubleValue();
    if (Double.isInfinite(d)) {
      return null;
    }
    int exponent = decimal.precision() - decimal.scale(); // the decimal is 0.ddd × 10^exponent
    if (decimal.precision() <= 15 && exponent > -300 && exponent < 300) {
      return d; // 15 significant digits always survive a double (DBL_DIG) away from its subnormal and overflow ends
    }
    if (d == 0) {
      return decimal.signum() == 0 ? 0.0 : null;
    }
    return ShortestDecimal.of(d).compareTo(decimal) == 0 ? d : null;
  }
}

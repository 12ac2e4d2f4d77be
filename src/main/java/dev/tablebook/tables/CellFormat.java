package dev.tablebook.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;

/**
 * How the values of one column are written: fixed decimals, thousands separators, percent, a
 * currency or unit prefix/suffix, or a date pattern. Immutable; every method returns a new format.
 * The same format drives table cells and chart axes ({@link #d3Format()} for Plotly), so a table and
 * its chart show a value the same way. Formatting is locale-independent ({@code 1,234.5}).
 *
 * <pre>{@code
 * CellFormat.decimals(1).thousands()         // 240,110.0
 * CellFormat.percent(1)                      // 0.263 -> 26.3%
 * CellFormat.decimals(1).suffix(" %")        // 26.3 -> 26.3 %  (values already in percent)
 * CellFormat.currency("$", 1).suffix(" bn")  // 240.11 -> $240.1 bn
 * CellFormat.date("d MMM yyyy")              // 2024-05-16 -> 16 May 2024
 * }</pre>
 *
 * @since 0.2
 */
public final class CellFormat {
  private static final CellFormat AS_WRITTEN = new CellFormat(-1, false, false, "", "", null);

  private final int decimals;
  private final boolean thousands;
  private final boolean percent;
  private final String prefix;
  private final String suffix;
  private final String datePattern;
  private final DateTimeFormatter dateFormatter;

  private CellFormat(int decimals, boolean thousands, boolean percent, String prefix, String suffix, String datePattern) {
    this.decimals = decimals;
    this.thousands = thousands;
    this.percent = percent;
    this.prefix = prefix;
    this.suffix = suffix;
    this.datePattern = datePattern;
    this.dateFormatter = datePattern == null ? null : DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
  }

  /** Values as written in the data: {@code 240.11}, {@code 107}, ISO dates. */
  public static CellFormat asWritten() {
    return AS_WRITTEN;
  }

  /** Numbers rounded half-up to {@code n} decimals, always showing them ({@code 2.50}). */
  public static CellFormat decimals(int n) {
    if (n < 0 || n > 20) {
      throw new IllegalArgumentException("decimals must be between 0 and 20: " + n);
    }
    return new CellFormat(n, false, false, "", "", null);
  }

  /** Fractions as percent with {@code n} decimals: {@code 0.263} → {@code 26.3%}. */
  public static CellFormat percent(int n) {
    return new CellFormat(decimals(n).decimals, false, true, "", "%", null);
  }

  /** Money: {@code symbol} before the number, thousands separated, {@code n} decimals. */
  public static CellFormat currency(String symbol, int n) {
    return new CellFormat(decimals(n).decimals, true, false, Objects.requireNonNull(symbol), "", null);
  }

  /** Dates and times with a {@link DateTimeFormatter} pattern in English, such as {@code d MMM yyyy}. */
  public static CellFormat date(String pattern) {
    DateTimeFormatter.ofPattern(pattern, Locale.ROOT); // fails early on a bad pattern
    return new CellFormat(-1, false, false, "", "", pattern);
  }

  /** This format with a thousands separator ({@code 1,234,567}). */
  public CellFormat thousands() {
    return new CellFormat(decimals, true, percent, prefix, suffix, datePattern);
  }

  /** This format with {@code text} written before every value. */
  public CellFormat prefix(String text) {
    return new CellFormat(decimals, thousands, percent, Objects.requireNonNull(text), suffix, datePattern);
  }

  /** This format with {@code text} written after every value, such as {@code " bn"} or {@code " %"}. */
  public CellFormat suffix(String text) {
    return new CellFormat(decimals, thousands, percent, prefix, Objects.requireNonNull(text), datePattern);
  }

  /** The text of {@code value}; {@code null} is empty, values of other types are written as they are. */
  public String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number number && datePattern == null) {
      return prefix + number(number) + suffix;
    }
    if (value instanceof TemporalAccessor temporal && datePattern != null) {
      return prefix + dateFormatter.format(temporal) + suffix;
    }
    return prefix + (value instanceof Double d ? CellText.number(d) : String.valueOf(value)) + suffix;
  }

  private String number(Number number) {
    double d = number.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    BigDecimal exact = CellText.decimal(number);
    if (percent) {
      exact = exact.movePointRight(2);
    }
    if (decimals >= 0) {
      exact = exact.setScale(decimals, RoundingMode.HALF_UP);
    }
    String plain = decimals >= 0 ? exact.toPlainString() : CellText.plain(exact);
    if (plain.startsWith("-") && exact.signum() == 0) {
      plain = plain.substring(1);
    }
    return thousands ? group(plain) : plain;
  }

  private static String group(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.substring(0, start));
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, end, plain.length()).toString();
  }

  /** The d3-format specifier Plotly uses for this format's numbers ({@code ",.1f"}, {@code ".1%"}), empty when as written. */
  public String d3Format() {
    if (decimals < 0 && !thousands) {
      return "";
    }
    String grouping = thousands ? "," : "";
    if (decimals < 0) {
      return grouping;
    }
    return grouping + "." + decimals + (percent ? "%" : "f");
  }

  /** The text written before values. */
  public String prefix() {
    return prefix;
  }

  /** The text written after values; for {@link #percent} Plotly's d3 format adds the sign itself. */
  public String suffix() {
    return percent ? "" : suffix;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CellFormat f && f.decimals == decimals && f.thousands == thousands && f.percent == percent
        && f.prefix.equals(prefix) && f.suffix.equals(suffix) && Objects.equals(f.datePattern, datePattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(decimals, thousands, percent, prefix, suffix, datePattern);
  }

  @Override
  public String toString() {
    return "CellFormat[" + format(1234.5678) + "]";
  }
}

package dev.tablebook.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.UUID;

/**
 * The conversion table from Java values to bound SQL parameters, written once: what a {@code {name}}
 * placeholder may hold and what DuckDB receives. Numbers, text and booleans go as they are; dates,
 * times, instants, decimals and UUIDs go as DuckDB's own text with a CAST to their type, so DuckDB
 * parses them and no driver conversion in the JVM's time zone touches them. A value of any other type
 * is refused before the statement runs, naming its type.
 *
 * <table>
 *   <caption>Java value → SQL parameter</caption>
 *   <tr><td>null</td><td>NULL</td></tr>
 *   <tr><td>String, CharSequence, Character</td><td>VARCHAR</td></tr>
 *   <tr><td>Boolean</td><td>BOOLEAN</td></tr>
 *   <tr><td>Byte, Short, Integer, Long</td><td>the integer of that size</td></tr>
 *   <tr><td>BigInteger</td><td>HUGEINT (up to 39 digits)</td></tr>
 *   <tr><td>Float, Double</td><td>FLOAT, DOUBLE</td></tr>
 *   <tr><td>BigDecimal</td><td>DECIMAL(p, s) with its digits (at most 38)</td></tr>
 *   <tr><td>LocalDate, java.sql.Date</td><td>DATE</td></tr>
 *   <tr><td>LocalTime, java.sql.Time</td><td>TIME</td></tr>
 *   <tr><td>LocalDateTime</td><td>TIMESTAMP</td></tr>
 *   <tr><td>Instant, OffsetDateTime, ZonedDateTime, java.util.Date, java.sql.Timestamp</td><td>TIMESTAMPTZ (the same instant)</td></tr>
 *   <tr><td>UUID</td><td>UUID</td></tr>
 * </table>
 */
final class SqlParameters {
  private static final int MAX_DECIMAL_DIGITS = 38;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

  private SqlParameters() {}

  /** One bound parameter: the SQL that stands for it ({@code ?} or {@code CAST(? AS T)}) and the value bound to its {@code ?}. */
  record Parameter(String sql, Object value) {}

  /** What the driver takes for {@code value}, or null when no SQL type takes it (see {@link #refusal}). */
  static Parameter of(Object value) {
    if (finerThanMicros(value) || value instanceof CharSequence text && loneSurrogateAt(text) >= 0) {
      return null;
    }
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Byte || value instanceof Short
        || value instanceof Integer || value instanceof Long || value instanceof Float || value instanceof Double) {
      return new Parameter("?", value);
    }
    if (value instanceof CharSequence || value instanceof Character) {
      return new Parameter("?", value.toString());
    }
    if (value instanceof BigInteger big) {
      return big.bitLength() <= 127 ? new Parameter("CAST(? AS HUGEINT)", big.toString()) : null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal(decimal);
    }
    if (value instanceof UUID uuid) {
      return new Parameter("CAST(? AS UUID)", uuid.toString());
    }
    // java.sql's types first: they extend java.util.Date, and a Date or Time stands for a calendar value, not an instant
    if (value instanceof java.sql.Date date) {
      return cast("DATE", date(date.toLocalDate()));
    }
    if (value instanceof java.sql.Time time) {
      return cast("TIME", time.toLocalTime().format(TIME));
    }
    Instant instant = instant(value);
    if (instant != null) {
      LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
      return cast("TIMESTAMPTZ", dateTime(utc) + "+00");
    }
    if (value instanceof LocalDate date) {
      return cast("DATE", date(date));
    }
    if (value instanceof LocalTime time) {
      return cast("TIME", time.format(TIME));
    }
    if (value instanceof LocalDateTime dateTime) {
      return cast("TIMESTAMP", dateTime(dateTime));
    }
    return null;
  }

  /** A statement with its positional parameters as DuckDB takes them. */
  record Positional(String sql, java.util.List<Object> values) {}

  /**
   * {@code sql} with each {@code ?} that needs a type written as {@code CAST(? AS T)}, and the values to
   * bind: the same conversion as for {@code {name}} placeholders. SQL that numbers its parameters
   * ({@code $1}) is left as it is, its values bound as they are.
   *
   * @throws SqlException naming the parameter, for a value no SQL type takes
   */
  static Positional positional(String sql, java.util.List<?> values) {
    java.util.List<Integer> marks = SqlScript.parse(sql).statements().stream().flatMap(s -> s.marks().stream()).toList();
    java.util.List<Object> bound = new java.util.ArrayList<>();
    StringBuilder text = new StringBuilder();
    int from = 0;
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      Parameter parameter = of(value);
      if (parameter == null) {
        throw new SqlException("parameter " + (i + 1) + " is " + refusal(value));
      }
      bound.add(parameter.value());
      if (marks.size() == values.size()) {
        int at = marks.get(i);
        text.append(sql, from, at).append(parameter.sql());
        from = at + 1;
      }
    }
    text.append(sql, from, sql.length());
    return new Positional(marks.size() == values.size() ? text.toString() : sql, marks.size() == values.size() ? bound : new java.util.ArrayList<>(values));
  }

  /** Why {@code value}, which {@link #of} refused, cannot be a parameter. */
  static String refusal(Object value) {
    if (value instanceof CharSequence text && loneSurrogateAt(text) >= 0) {
      return "text with half of a character at index " + loneSurrogateAt(text) + " (a lone surrogate, as a substring that cuts an"
          + " emoji in two leaves), which SQL's UTF-8 cannot hold: it would arrive as '?'";
    }
    if (finerThanMicros(value)) {
      return value + ", finer than the microseconds DuckDB keeps (truncate it: .truncatedTo(ChronoUnit.MICROS))";
    }
    if (value instanceof BigInteger) {
      return "beyond a HUGEINT";
    }
    if (value instanceof BigDecimal) {
      return "more than " + MAX_DECIMAL_DIGITS + " digits, which a DECIMAL cannot hold";
    }
    return "a " + value.getClass().getName() + "; a parameter is a number, text, a boolean, a UUID, a LocalDate, LocalTime,"
        + " LocalDateTime, Instant, OffsetDateTime or ZonedDateTime, or a collection of them"
        + (value instanceof java.time.Year ? " (for a year, use its number: year.getValue())" : "");
  }

  /** Where {@code text} has half of a surrogate pair alone, or -1: UTF-8 has no such character, and DuckDB would get '?'. */
  static int loneSurrogateAt(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean finerThanMicros(Object value) {
    return value instanceof java.time.temporal.TemporalAccessor t && !(value instanceof LocalDate)
        && t.isSupported(ChronoField.NANO_OF_SECOND) && t.get(ChronoField.NANO_OF_SECOND) % 1_000 != 0
        || value instanceof java.sql.Timestamp ts && ts.getNanos() % 1_000 != 0;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    } else if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    } else if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    } else if (value instanceof java.util.Date date) {
      return date.toInstant(); // java.sql.Timestamp keeps its nanoseconds here
    }
    return null;
  }

  private static Parameter decimal(BigDecimal decimal) {
    int scale = Math.max(0, decimal.scale());
    BigDecimal scaled = decimal.setScale(scale);
    int precision = Math.max(scaled.precision(), scale + 1);
    return precision > MAX_DECIMAL_DIGITS ? null
        : new Parameter("CAST(? AS DECIMAL(" + precision + ", " + scale + "))", scaled.toPlainString());
  }

  private static Parameter cast(String type, String text) {
    return new Parameter("CAST(? AS " + type + ")", text);
  }

  /** A date as DuckDB reads it: years as java.time counts them ({@code 0} is 1 BC, {@code -44} is 45 BC), at least four digits. */
  private static String date(LocalDate date) {
    int year = date.getYear();
    return String.format(java.util.Locale.ROOT, "%s%04d-%02d-%02d", year < 0 ? "-" : "", Math.abs(year), date.getMonthValue(),
        date.getDayOfMonth());
  }

  private static String dateTime(LocalDateTime dateTime) {
    return date(dateTime.toLocalDate()) + " " + dateTime.toLocalTime().format(TIME);
  }
}

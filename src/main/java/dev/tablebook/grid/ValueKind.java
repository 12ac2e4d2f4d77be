package dev.tablebook.grid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;
import tech.tablesaw.columns.instant.PackedInstant;
import tech.tablesaw.columns.times.PackedLocalTime;

/**
 * Says what a column holds, in an analyst's words, and reads a filter value as that kind of value: the
 * same long {@link LongCells} reads the column's cells as, so comparing the two compares the values.
 * Date-times and instants also take a date alone (the start of that day); an instant without an offset
 * is in UTC.
 */
enum ValueKind {
  WHOLE("whole numbers", "a number"),
  DECIMAL("numbers", "a number"),
  FLOAT("numbers", "a number"),
  DATE("dates", "a date (yyyy-MM-dd)"),
  TIME("times of day", "a time (HH:mm or HH:mm:ss)"),
  DATE_TIME("date-times", "a date-time (yyyy-MM-ddTHH:mm:ss)"),
  INSTANT("instants", "an instant (yyyy-MM-ddTHH:mm:ssZ)"),
  BOOLEAN("true or false", "true or false"),
  TEXT("text", "text"),
  OTHER("values of another kind", "a value");

  private final String holds;
  private final String one;

  ValueKind(String holds, String one) {
    this.holds = holds;
    this.one = one;
  }

  /** The kind of values {@code column} holds. */
  static ValueKind of(Column<?> column) {
    if (column instanceof ShortColumn || column instanceof IntColumn || column instanceof LongColumn) {
      return WHOLE;
    } else if (column instanceof DoubleColumn) {
      return DECIMAL;
    } else if (column instanceof FloatColumn) {
      return FLOAT;
    } else if (column instanceof DateColumn) {
      return DATE;
    } else if (column instanceof TimeColumn) {
      return TIME;
    } else if (column instanceof DateTimeColumn) {
      return DATE_TIME;
    } else if (column instanceof InstantColumn) {
      return INSTANT;
    } else if (column instanceof BooleanColumn) {
      return BOOLEAN;
    } else if (column instanceof StringColumn) {
      return TEXT;
    }
    return OTHER;
  }

  /** What a column of this kind holds, plural: "dates". */
  String holds() {
    return holds;
  }

  /** One value of this kind, with how it is written: "a date (yyyy-MM-dd)". */
  String one() {
    return one;
  }

  /**
   * The cells' longs that satisfy {@code op value}, for a kind {@link LongCells} reads.
   *
   * @throws IllegalArgumentException when {@code value} is not a value of this kind
   */
  KeyRange range(Operator op, String value) {
    return switch (this) {
      case WHOLE -> KeyRange.of(op, number(value));
      case DECIMAL -> KeyRange.of(op, LongCells.sortable(number(value).doubleValue()));
      case FLOAT -> KeyRange.of(op, LongCells.sortable(number(value).floatValue()));
      default -> KeyRange.of(op, key(value));
    };
  }

  private long key(String value) {
    try {
      return switch (this) {
        case DATE -> PackedLocalDate.pack(LocalDate.parse(value));
        case TIME -> PackedLocalTime.pack(LocalTime.parse(value));
        case DATE_TIME -> PackedLocalDateTime.pack(dateTime(value));
        case INSTANT -> PackedInstant.pack(instant(value));
        case BOOLEAN -> bool(value);
        default -> throw new IllegalStateException(this + " values are not read as longs");
      };
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(value, e);
    }
  }

  private static BigDecimal number(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(value, e);
    }
  }

  private static LocalDateTime dateTime(String value) {
    return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value.replace(' ', 'T'));
  }

  private static Instant instant(String value) {
    String text = value.replace(' ', 'T');
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException noOffset) {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }
  }

  private static long bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> 1;
      case "false" -> 0;
      default -> throw new IllegalArgumentException(value);
    };
  }
}

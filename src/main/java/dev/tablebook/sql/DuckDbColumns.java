package dev.tablebook.sql;

import dev.tablebook.tables.ColumnLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * The conversion table from DuckDB's types to Tablesaw's columns, written once. A value comes back as
 * the same value or the read fails naming the column, the type, the value and a way out (a CAST); the
 * two things Tablesaw cannot tell from a missing value (an empty text, a NaN) become missing values and
 * are counted in a note. Dates and timestamps are read from DuckDB's own numbers (days, microseconds
 * since 1970), never through the driver's conversions in the JVM's time zone.
 *
 * <table>
 *   <caption>DuckDB type → Tablesaw column</caption>
 *   <tr><td>BOOLEAN</td><td>BooleanColumn</td><td>exact</td></tr>
 *   <tr><td>TINYINT, SMALLINT, INTEGER, UTINYINT, USMALLINT</td><td>IntColumn</td><td>exact; INTEGER's minimum (IntColumn's missing marker) refused</td></tr>
 *   <tr><td>BIGINT, UINTEGER; HUGEINT, UBIGINT, UHUGEINT</td><td>LongColumn</td><td>exact; a value beyond a long, or BIGINT's minimum, refused</td></tr>
 *   <tr><td>FLOAT, DOUBLE</td><td>FloatColumn, DoubleColumn</td><td>exact; NaN becomes missing, with a note</td></tr>
 *   <tr><td>DECIMAL</td><td>DoubleColumn</td><td>when the double's shortest text is the decimal; otherwise refused</td></tr>
 *   <tr><td>VARCHAR, ENUM, UUID, JSON</td><td>StringColumn</td><td>exact; '' becomes missing, with a note</td></tr>
 *   <tr><td>DATE</td><td>DateColumn</td><td>years -32768 to 32767; ±infinity and others refused</td></tr>
 *   <tr><td>TIME</td><td>TimeColumn</td><td>to the millisecond; finer refused</td></tr>
 *   <tr><td>TIMESTAMP (_S, _MS, _NS)</td><td>DateTimeColumn</td><td>to the millisecond, in the date range; others refused</td></tr>
 *   <tr><td>TIMESTAMP WITH TIME ZONE</td><td>InstantColumn</td><td>the same instant, to the millisecond, in the date range</td></tr>
 *   <tr><td>anything else</td><td>none</td><td>refused: CAST it</td></tr>
 * </table>
 */
final class DuckDbColumns {
  /** DuckDB's days for {@code infinity} and {@code -infinity} in a DATE. */
  private static final int INFINITE_DAYS = Integer.MAX_VALUE;
  /** DuckDB's microseconds for {@code infinity} and {@code -infinity} in a TIMESTAMP or TIMESTAMPTZ. */
  private static final long INFINITE_MICROS = Long.MAX_VALUE;

  private DuckDbColumns() {}

  /** Reads one column of the current row into its Tablesaw column. */
  interface Reader {
    void read(ResultSet result) throws SQLException;

    Column<?> column();

    /** What became of values Tablesaw cannot tell from missing, or null. */
    String note();
  }

  /** The reader of column {@code index}, of DuckDB type {@code sqlType}, into a column called {@code name}. */
  static Reader reader(String name, String sqlType, int index) {
    String type = sqlType.toUpperCase(Locale.ROOT);
    String base = type.contains("(") ? type.substring(0, type.indexOf('(')) : type;
    Refusal refuse = new Refusal(name, sqlType);
    switch (base) {
      case "BOOLEAN": {
        BooleanColumn column = BooleanColumn.create(name);
        return of(column, result -> {
          boolean value = result.getBoolean(index);
          if (result.wasNull()) {
            column.appendMissing();
          } else {
            column.append(value);
          }
        });
      }
      case "TINYINT": case "SMALLINT": case "INTEGER": case "UTINYINT": case "USMALLINT": {
        IntColumn column = IntColumn.create(name);
        return of(column, result -> {
          int value = result.getInt(index);
          if (result.wasNull()) {
            column.appendMissing();
          } else if (value == Integer.MIN_VALUE) {
            throw refuse.value(value, "the value IntColumn uses for a missing value", "CAST(" + name + " AS BIGINT)");
          } else {
            column.append(value);
          }
        });
      }
      case "BIGINT": case "UINTEGER": case "HUGEINT": case "UBIGINT": case "UHUGEINT": {
        LongColumn column = LongColumn.create(name);
        boolean wide = !base.equals("BIGINT") && !base.equals("UINTEGER");
        return of(column, result -> {
          Object value = wide ? result.getObject(index) : null;
          long number = wide ? 0 : result.getLong(index);
          if (wide ? value == null : result.wasNull()) {
            column.appendMissing();
            return;
          }
          if (wide) {
            BigInteger big = value instanceof BigInteger b ? b : new BigInteger(value.toString());
            if (big.bitLength() > 63) {
              throw refuse.value(big, "beyond what a LongColumn holds", "CAST(" + name + " AS DOUBLE) to accept rounding, or AS VARCHAR");
            }
            number = big.longValue();
          }
          if (number == Long.MIN_VALUE) {
            throw refuse.value(number, "the value LongColumn uses for a missing value", "CAST(" + name + " AS VARCHAR)");
          }
          column.append(number);
        });
      }
      case "FLOAT": {
        FloatColumn column = FloatColumn.create(name);
        Counter nans = new Counter("NaN", "a FloatColumn marks missing values with NaN");
        return of(column, nans, result -> {
          float value = result.getFloat(index);
          if (result.wasNull() || nans.counts(Float.isNaN(value))) {
            column.appendMissing();
          } else {
            column.append(value);
          }
        });
      }
      case "DOUBLE": {
        DoubleColumn column = DoubleColumn.create(name);
        Counter nans = new Counter("NaN", "a DoubleColumn marks missing values with NaN");
        return of(column, nans, result -> {
          double value = result.getDouble(index);
          if (result.wasNull() || nans.counts(Double.isNaN(value))) {
            column.appendMissing();
          } else {
            column.append(value);
          }
        });
      }
      case "DECIMAL": {
        DoubleColumn column = DoubleColumn.create(name);
        return of(column, result -> {
          BigDecimal value = result.getBigDecimal(index);
          if (value == null) {
            column.appendMissing();
            return;
          }
          Double exact = ColumnLimits.exactDouble(value);
          if (exact == null) {
            throw refuse.value(value.toPlainString(), "more digits than a double keeps (it would be " + value.doubleValue() + ")",
                "CAST(" + name + " AS DOUBLE) to accept that, or AS VARCHAR to keep every digit");
          }
          column.append(exact.doubleValue());
        });
      }
      case "VARCHAR": case "ENUM": case "UUID": case "JSON": case "\"NULL\"": case "NULL": {
        StringColumn column = StringColumn.create(name);
        Counter empty = new Counter("empty text", "a StringColumn keeps no empty text apart from missing");
        return of(column, empty, result -> {
          String value = result.getString(index);
          if (value == null || empty.counts(value.isEmpty())) {
            column.appendMissing();
          } else {
            column.append(value);
          }
        });
      }
      case "DATE": {
        DateColumn column = DateColumn.create(name);
        return of(column, result -> {
          // getObject(index) is the driver's LocalDate.ofEpochDay, exact; getObject(index, LocalDate.class) flips BC years
          LocalDate value = (LocalDate) result.getObject(index);
          if (value == null) {
            column.appendMissing();
            return;
          }
          long days = value.toEpochDay();
          if (Math.abs(days) == INFINITE_DAYS) {
            throw refuse.infinite(days > 0, "CASE WHEN isfinite(" + name + ") THEN " + name + " END for a missing value");
          }
          String problem = ColumnLimits.date(value);
          if (problem != null) {
            throw refuse.value(result.getString(index), problem, "CAST(" + name + " AS VARCHAR)");
          }
          column.append(value);
        });
      }
      case "TIME": {
        TimeColumn column = TimeColumn.create(name);
        return of(column, result -> {
          LocalTime value;
          try {
            value = result.getObject(index, LocalTime.class);
          } catch (DateTimeException | SQLException e) { // 24:00:00, which DuckDB has and java.time has not
            throw refuse.value(rendering(result, index), "a time java.time cannot hold", "CAST(" + name + " AS VARCHAR)");
          }
          if (value == null) {
            column.appendMissing();
            return;
          }
          String problem = ColumnLimits.time(value);
          if (problem != null) {
            throw refuse.value(value, problem, "CAST(" + name + " AS VARCHAR)");
          }
          column.append(value);
        });
      }
      case "TIMESTAMP": case "TIMESTAMP_S": case "TIMESTAMP_MS": case "TIMESTAMP_NS": {
        DateTimeColumn column = DateTimeColumn.create(name);
        boolean micros = base.equals("TIMESTAMP");
        return of(column, result -> {
          LocalDateTime value;
          if (micros) {
            long count = result.getLong(index); // DuckDB's own microseconds since 1970
            if (result.wasNull()) {
              column.appendMissing();
              return;
            }
            if (Math.abs(count) == INFINITE_MICROS) {
              throw refuse.infinite(count > 0, "CASE WHEN isfinite(" + name + ") THEN " + name + " END for a missing value");
            }
            value = LocalDateTime.ofInstant(instantOfMicros(count), ZoneOffset.UTC);
          } else {
            try {
              value = result.getObject(index, LocalDateTime.class); // computed in UTC by the driver: exact
            } catch (DateTimeException | ArithmeticException | SQLException e) { // TIMESTAMP_S's ±infinity is beyond java.time
              throw refuse.infinite(true, "CASE WHEN isfinite(" + name + ") THEN " + name + " END for a missing value");
            }
            if (value == null) {
              column.appendMissing();
              return;
            }
            if (value.equals(infinity(base, 1)) || value.equals(infinity(base, -1))) { // the driver reads ±infinity as the count's end
              throw refuse.infinite(value.equals(infinity(base, 1)), "CASE WHEN isfinite(" + name + ") THEN " + name + " END for a missing value");
            }
          }
          String problem = ColumnLimits.dateTime(value);
          if (problem != null) {
            throw refuse.value(rendering(result, index), problem, wayOut(name, problem));
          }
          column.append(value);
        });
      }
      case "TIMESTAMP WITH TIME ZONE": {
        InstantColumn column = InstantColumn.create(name);
        return of(column, result -> {
          long count = result.getLong(index); // the instant as DuckDB keeps it; its OffsetDateTime is an hour off near DST changes
          if (result.wasNull()) {
            column.appendMissing();
            return;
          }
          if (Math.abs(count) == INFINITE_MICROS) {
            throw refuse.infinite(count > 0, "CASE WHEN isfinite(" + name + ") THEN " + name + " END for a missing value");
          }
          Instant value = instantOfMicros(count);
          String problem = ColumnLimits.instant(value);
          if (problem != null) {
            throw refuse.value(value, problem, wayOut(name, problem));
          }
          column.append(value);
        });
      }
      default:
        throw new SqlException("column \"" + name + "\" has the type " + sqlType
            + ", which no Tablesaw column holds; CAST it in the query (to VARCHAR, say) or leave it out");
    }
  }

  /** The date and time the driver gives for DuckDB's ±infinity ({@code ±Long.MAX_VALUE} counts) of TIMESTAMP_MS and _NS. */
  private static LocalDateTime infinity(String type, int sign) {
    long count = sign * Long.MAX_VALUE;
    Instant end = type.equals("TIMESTAMP_NS") ? Instant.EPOCH.plusNanos(count) : type.equals("TIMESTAMP_MS") ? Instant.ofEpochMilli(count) : null;
    return end == null ? null : LocalDateTime.ofInstant(end, ZoneOffset.UTC);
  }

  private static String wayOut(String name, String problem) {
    return problem.startsWith("finer")
        ? "date_trunc('millisecond', " + name + ") to drop the rest, or CAST(" + name + " AS VARCHAR)"
        : "CAST(" + name + " AS VARCHAR)";
  }

  private static Instant instantOfMicros(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  /** DuckDB's own text of the value, for an error. */
  private static String rendering(ResultSet result, int index) {
    try {
      return result.getString(index);
    } catch (SQLException | RuntimeException e) {
      return "a value";
    }
  }

  /** The errors of one column: what it holds, why Tablesaw cannot keep it, what to write instead. */
  private record Refusal(String name, String sqlType) {
    SqlException value(Object value, String why, String wayOut) {
      return new SqlException("column \"" + name + "\" (" + sqlType + ") holds " + value + ", " + why + "; write " + wayOut);
    }

    SqlException infinite(boolean positive, String wayOut) {
      return new SqlException("column \"" + name + "\" (" + sqlType + ") holds " + (positive ? "infinity" : "-infinity")
          + ", which Tablesaw's date and time columns cannot hold; write " + wayOut + ", or CAST(" + name + " AS VARCHAR)");
    }
  }

  /** Counts the values of one kind that became missing, for the note. */
  private static final class Counter {
    private final String what;
    private final String why;
    private long count;

    Counter(String what, String why) {
      this.what = what;
      this.why = why;
    }

    boolean counts(boolean yes) {
      if (yes) {
        count++;
      }
      return yes;
    }

    String note(String column) {
      return count == 0 ? null
          : "column \"" + column + "\": " + count + " " + what + (count == 1 ? " value is" : " values are") + " missing here (" + why + ")";
    }
  }

  private interface RowReader {
    void read(ResultSet result) throws SQLException;
  }

  private static Reader of(Column<?> column, RowReader rowReader) {
    return of(column, null, rowReader);
  }

  private static Reader of(Column<?> column, Counter counter, RowReader rowReader) {
    return new Reader() {
      @Override
      public void read(ResultSet result) throws SQLException {
        rowReader.read(result);
      }

      @Override
      public Column<?> column() {
        return column;
      }

      @Override
      public String note() {
        return counter == null ? null : counter.note(column.name());
      }
    };
  }
}

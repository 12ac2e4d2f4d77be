package dev.tablebook.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Turns a DuckDB result into a Tablesaw table with typed columns: the integers up to INTEGER become an
 * {@code IntColumn}, BIGINT and UINTEGER a {@code LongColumn}, HUGEINT and UBIGINT too when every value
 * fits, FLOAT a {@code FloatColumn}, DOUBLE and DECIMAL a {@code DoubleColumn}, VARCHAR, ENUM and UUID a
 * {@code StringColumn}, DATE, TIME, TIMESTAMP and TIMESTAMP WITH TIME ZONE the date and time columns,
 * BOOLEAN a {@code BooleanColumn}. SQL NULL is a missing value, never 0. A type Tablesaw has no column
 * for (lists, structs, maps, blobs, intervals), or a value it cannot hold, is an error that names the
 * column. Repeated column names get DuckDB's suffixes ({@code x}, {@code x_1}).
 */
final class ResultTables {
  private ResultTables() {}

  /** What was read: the table, and whether rows were left unread because of the row limit. */
  record Read(Table table, boolean cut) {}

  /**
   * Reads at most {@code maxRows} rows (all when negative) of {@code result}; {@code cancelled} is asked
   * between rows, and a yes ends the read with an error.
   */
  static Read read(ResultSet result, String tableName, long maxRows, BooleanSupplier cancelled) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    List<ColumnReader> readers = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      readers.add(reader(unique(meta.getColumnLabel(i), names), meta.getColumnTypeName(i), i));
    }
    long rows = 0;
    boolean cut = false;
    while (result.next()) {
      if (maxRows >= 0 && rows == maxRows) {
        cut = true;
        break;
      }
      if ((rows & 0xfff) == 0 && cancelled.getAsBoolean()) {
        throw new SqlException("the query was cancelled");
      }
      for (ColumnReader reader : readers) {
        reader.read(result);
      }
      rows++;
    }
    Table table = Table.create(tableName);
    readers.forEach(reader -> table.addColumns(reader.column()));
    return new Read(table, cut);
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 1; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = name + "_" + n;
    }
    return candidate;
  }

  /** Reads one column of the current row into its Tablesaw column. */
  private interface ColumnReader {
    void read(ResultSet result) throws SQLException;

    Column<?> column();
  }

  private static ColumnReader reader(String name, String sqlType, int index) {
    String type = sqlType.toUpperCase(Locale.ROOT);
    String base = type.contains("(") ? type.substring(0, type.indexOf('(')) : type;
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
            throw unholdable(name, sqlType, value, "it is the value IntColumn uses for a missing value; CAST the column to BIGINT");
          } else {
            column.append(value);
          }
        });
      }
      case "BIGINT": case "UINTEGER": {
        LongColumn column = LongColumn.create(name);
        return of(column, result -> {
          long value = result.getLong(index);
          if (result.wasNull()) {
            column.appendMissing();
          } else {
            appendLong(column, value, name, sqlType);
          }
        });
      }
      case "HUGEINT": case "UBIGINT": case "UHUGEINT": {
        LongColumn column = LongColumn.create(name);
        return of(column, result -> {
          Object value = result.getObject(index);
          if (value == null) {
            column.appendMissing();
          } else {
            BigInteger big = value instanceof BigInteger b ? b : new BigInteger(value.toString());
            if (big.bitLength() > 63) {
              throw unholdable(name, sqlType, big, "it does not fit a LongColumn; CAST the column to DOUBLE");
            }
            appendLong(column, big.longValue(), name, sqlType);
          }
        });
      }
      case "FLOAT": {
        FloatColumn column = FloatColumn.create(name);
        return of(column, result -> {
          float value = result.getFloat(index);
          if (result.wasNull()) {
            column.appendMissing();
          } else {
            column.append(value);
          }
        });
      }
      case "DOUBLE": {
        DoubleColumn column = DoubleColumn.create(name);
        return of(column, result -> {
          double value = result.getDouble(index);
          if (result.wasNull()) {
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
          } else {
            column.append(value.doubleValue());
          }
        });
      }
      case "VARCHAR": case "ENUM": case "UUID": case "\"NULL\"": case "NULL": {
        StringColumn column = StringColumn.create(name);
        return of(column, result -> {
          String value = result.getString(index);
          if (value == null) {
            column.appendMissing();
          } else {
            column.append(value);
          }
        });
      }
      case "DATE": {
        DateColumn column = DateColumn.create(name);
        return of(column, result -> column.append(result.getObject(index, LocalDate.class)));
      }
      case "TIME": {
        TimeColumn column = TimeColumn.create(name);
        return of(column, result -> column.append(result.getObject(index, LocalTime.class)));
      }
      case "TIMESTAMP": case "TIMESTAMP_S": case "TIMESTAMP_MS": case "TIMESTAMP_NS": {
        DateTimeColumn column = DateTimeColumn.create(name);
        return of(column, result -> column.append(result.getObject(index, LocalDateTime.class)));
      }
      case "TIMESTAMP WITH TIME ZONE": {
        InstantColumn column = InstantColumn.create(name);
        return of(column, result -> {
          OffsetDateTime value = result.getObject(index, OffsetDateTime.class);
          column.append(value == null ? null : value.toInstant());
        });
      }
      default:
        throw new SqlException("column \"" + name + "\" has the type " + sqlType
            + ", which no Tablesaw column holds; CAST it in the query (to VARCHAR, say) or leave it out");
    }
  }

  private static void appendLong(LongColumn column, long value, String name, String sqlType) {
    if (value == Long.MIN_VALUE) {
      throw unholdable(name, sqlType, value, "it is the value LongColumn uses for a missing value; CAST the column to DOUBLE");
    }
    column.append(value);
  }

  private static SqlException unholdable(String name, String sqlType, Object value, String why) {
    return new SqlException("column \"" + name + "\" (" + sqlType + ") holds " + value + ", which Tablesaw cannot keep: " + why);
  }

  private interface RowReader {
    void read(ResultSet result) throws SQLException;
  }

  private static ColumnReader of(Column<?> column, RowReader rowReader) {
    return new ColumnReader() {
      @Override
      public void read(ResultSet result) throws SQLException {
        rowReader.read(result);
      }

      @Override
      public Column<?> column() {
        return column;
      }
    };
  }
}

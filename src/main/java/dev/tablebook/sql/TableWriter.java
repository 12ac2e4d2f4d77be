package dev.tablebook.sql;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Copies a Tablesaw table into a DuckDB table through DuckDB's appender (which fills DuckDB's column
 * chunks in Java and hands them over a chunk at a time: no SQL per row). Column types map back the way
 * {@link DuckDbColumns} reads them, every value exactly; a missing value becomes NULL.
 */
final class TableWriter {
  private TableWriter() {}

  /** Where a table goes: its catalog ({@code memory} for the in-memory database), schema and name. */
  record Target(String catalog, String schema, String name) {
    String qualified() {
      return quote(catalog) + "." + quote(schema) + "." + quote(name);
    }
  }

  /**
   * Creates (or replaces) {@code target} with the columns and rows of {@code table}: the rows go into a
   * table of another name first, which takes the target's place only once it is whole; a failure or an
   * interrupt on the way leaves the old table as it was.
   */
  static void write(DuckDBConnection connection, Target target, Table table) throws SQLException {
    List<ValueWriter> writers = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      Mapping mapping = mapping(column);
      columns.add(quote(column.name()) + " " + mapping.sqlType());
      writers.add((appender, row) -> {
        if (column.isMissing(row)) {
          appender.appendNull();
        } else {
          mapping.writer().write(appender, row);
        }
      });
    }
    if (columns.isEmpty()) {
      throw new SqlException("the table \"" + table.name() + "\" has no columns, and an SQL table needs one");
    }
    Target loading = new Target(target.catalog(), target.schema(), target.name() + "__tablebook_loading");
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE OR REPLACE TABLE " + loading.qualified() + " (" + String.join(", ", columns) + ")");
      try {
        append(connection, loading, table, writers);
        statement.execute("BEGIN TRANSACTION");
        statement.execute("DROP TABLE IF EXISTS " + target.qualified());
        statement.execute("ALTER TABLE " + loading.qualified() + " RENAME TO " + quote(target.name()));
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        try (Statement cleanUp = connection.createStatement()) {
          cleanUp.execute("ROLLBACK");
        } catch (SQLException noTransaction) {
          // the failure came before the transaction began
        }
        try (Statement cleanUp = connection.createStatement()) {
          cleanUp.execute("DROP TABLE IF EXISTS " + loading.qualified());
        }
        throw e;
      }
    }
  }

  private static void append(DuckDBConnection connection, Target into, Table table, List<ValueWriter> writers) throws SQLException {
    try (DuckDBAppender appender = connection.createAppender(into.catalog(), into.schema(), into.name())) {
      int rows = table.rowCount();
      for (int row = 0; row < rows; row++) {
        if ((row & 0xffff) == 0 && Thread.currentThread().isInterrupted()) {
          throw new SqlException("copying \"" + table.name() + "\" to SQL was cancelled");
        }
        appender.beginRow();
        for (ValueWriter writer : writers) {
          writer.write(appender, row);
        }
        appender.endRow();
      }
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /**
   * The conversion table from Tablesaw's columns to DuckDB's types, by the column's class (a column's
   * {@code ColumnType} object is not always the one in {@code ColumnType}'s constants: Tablesaw can make
   * two when a column is created before those constants are). Dates and times go in as DuckDB's own
   * numbers (days, microseconds), computed in UTC, so no time zone can shift them.
   */
  private record Mapping(String sqlType, ValueWriter writer) {}

  /** Appends the value at one row of one column, which is not missing. */
  private interface ValueWriter {
    void write(DuckDBAppender appender, int row) throws SQLException;
  }

  private static Mapping mapping(Column<?> column) {
    if (column instanceof ShortColumn c) {
      return new Mapping("SMALLINT", (a, row) -> a.append(c.getShort(row)));
    } else if (column instanceof IntColumn c) {
      return new Mapping("INTEGER", (a, row) -> a.append(c.getInt(row)));
    } else if (column instanceof LongColumn c) {
      return new Mapping("BIGINT", (a, row) -> a.append(c.getLong(row)));
    } else if (column instanceof FloatColumn c) {
      return new Mapping("FLOAT", (a, row) -> a.append(c.getFloat(row)));
    } else if (column instanceof DoubleColumn c) {
      return new Mapping("DOUBLE", (a, row) -> a.append(c.getDouble(row)));
    } else if (column instanceof BooleanColumn c) {
      return new Mapping("BOOLEAN", (a, row) -> a.append(c.get(row).booleanValue()));
    } else if (column instanceof StringColumn c) {
      return new Mapping("VARCHAR", (a, row) -> {
        String text = c.get(row);
        int at = SqlParameters.loneSurrogateAt(text);
        if (at >= 0) {
          throw new SqlException("column \"" + c.name() + "\" row " + row + " holds text with half of a character at index " + at
              + " (a lone surrogate), which SQL's UTF-8 cannot hold: it would arrive as '?'");
        }
        a.append(text);
      });
    } else if (column instanceof DateColumn c) {
      return new Mapping("DATE", (a, row) -> a.appendEpochDays(Math.toIntExact(c.get(row).toEpochDay())));
    } else if (column instanceof TimeColumn c) {
      return new Mapping("TIME", (a, row) -> a.appendDayMicros(c.get(row).toNanoOfDay() / 1_000L));
    } else if (column instanceof DateTimeColumn c) {
      return new Mapping("TIMESTAMP", (a, row) -> a.appendEpochMicros(epochMicros(c.get(row).toInstant(ZoneOffset.UTC))));
    } else if (column instanceof InstantColumn c) {
      return new Mapping("TIMESTAMPTZ", (a, row) -> a.appendEpochMicros(epochMicros(c.get(row))));
    }
    throw new SqlException("column \"" + column.name() + "\" is a " + column.type().name() + " column (" + column.getClass().getSimpleName()
        + "), which has no SQL type here");
  }

  private static long epochMicros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }
}

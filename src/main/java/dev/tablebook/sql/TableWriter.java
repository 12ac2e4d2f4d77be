package dev.tablebook.sql;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Copies a Tablesaw table into a DuckDB table through DuckDB's appender (which fills DuckDB's column
 * chunks in Java and hands them over a chunk at a time: no SQL per row). Column types map back the way
 * {@link ResultTables} reads them; a missing value becomes NULL.
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
      columns.add(quote(column.name()) + " " + sqlType(column));
      writers.add(writer(column));
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

  private static String sqlType(Column<?> column) {
    ColumnType type = column.type();
    if (type == ColumnType.SHORT) {
      return "SMALLINT";
    } else if (type == ColumnType.INTEGER) {
      return "INTEGER";
    } else if (type == ColumnType.LONG) {
      return "BIGINT";
    } else if (type == ColumnType.FLOAT) {
      return "FLOAT";
    } else if (type == ColumnType.DOUBLE) {
      return "DOUBLE";
    } else if (type == ColumnType.BOOLEAN) {
      return "BOOLEAN";
    } else if (type == ColumnType.STRING) {
      return "VARCHAR";
    } else if (type == ColumnType.LOCAL_DATE) {
      return "DATE";
    } else if (type == ColumnType.LOCAL_TIME) {
      return "TIME";
    } else if (type == ColumnType.LOCAL_DATE_TIME) {
      return "TIMESTAMP";
    } else if (type == ColumnType.INSTANT) {
      return "TIMESTAMPTZ";
    }
    throw new SqlException("column \"" + column.name() + "\" is a " + type.name() + " column, which has no SQL type here");
  }

  /** Appends the value at one row of one column. */
  private interface ValueWriter {
    void write(DuckDBAppender appender, int row) throws SQLException;
  }

  private static ValueWriter writer(Column<?> column) {
    if (column instanceof ShortColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.getShort(row));
        }
      };
    } else if (column instanceof IntColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.getInt(row));
        }
      };
    } else if (column instanceof LongColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.getLong(row));
        }
      };
    } else if (column instanceof FloatColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.getFloat(row));
        }
      };
    } else if (column instanceof DoubleColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.getDouble(row));
        }
      };
    } else if (column instanceof BooleanColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.get(row).booleanValue());
        }
      };
    } else if (column instanceof DateColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.get(row));
        }
      };
    } else if (column instanceof TimeColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.get(row));
        }
      };
    } else if (column instanceof DateTimeColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.get(row));
        }
      };
    } else if (column instanceof InstantColumn c) {
      return (a, row) -> {
        if (c.isMissing(row)) {
          a.appendNull();
        } else {
          a.append(c.get(row).atOffset(ZoneOffset.UTC));
        }
      };
    }
    return (a, row) -> {
      if (column.isMissing(row)) {
        a.appendNull();
      } else {
        a.append(column.getString(row));
      }
    };
  }
}

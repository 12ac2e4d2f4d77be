package dev.tablebook.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Spark rows to Tablesaw columns and back, by the schema: integers up to {@code int} become an
 * {@code IntColumn}, {@code long} a {@code LongColumn}, {@code float}/{@code double}/{@code decimal} the
 * floating columns, {@code string} a {@code StringColumn}, {@code boolean}, {@code date},
 * {@code timestamp} and {@code timestamp_ntz} the matching columns; null is a missing value. Arrays, maps
 * and structs have no Tablesaw column: the error names the column.
 */
final class SparkRows {
  private SparkRows() {}

  static Table toTable(String name, StructType schema, List<Row> rows) {
    Table table = Table.create(name);
    StructField[] fields = schema.fields();
    List<Column<?>> columns = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (StructField field : fields) {
      columns.add(column(field, unique(field.name(), taken)));
    }
    for (Row row : rows) {
      for (int i = 0; i < fields.length; i++) {
        append(columns.get(i), row.isNullAt(i) ? null : row.get(i));
      }
    }
    columns.forEach(table::addColumns);
    return table;
  }

  /** Tablesaw's names are unique whatever their case: a repeated one gets {@code _1}, {@code _2} (as DuckDB names them). */
  private static String unique(String name, java.util.Set<String> taken) {
    String candidate = name;
    for (int n = 1; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
      candidate = name + "_" + n;
    }
    return candidate;
  }

  private static Column<?> column(StructField field, String name) {
    DataType type = field.dataType();
    if (type.equals(DataTypes.ByteType) || type.equals(DataTypes.ShortType) || type.equals(DataTypes.IntegerType)) {
      return IntColumn.create(name);
    } else if (type.equals(DataTypes.LongType)) {
      return LongColumn.create(name);
    } else if (type.equals(DataTypes.FloatType)) {
      return FloatColumn.create(name);
    } else if (type.equals(DataTypes.DoubleType) || type instanceof DecimalType) {
      return DoubleColumn.create(name);
    } else if (type.equals(DataTypes.StringType) || type.typeName().startsWith("string") || type.typeName().startsWith("char")
        || type.typeName().startsWith("varchar")) {
      return StringColumn.create(name);
    } else if (type.equals(DataTypes.BooleanType)) {
      return BooleanColumn.create(name);
    } else if (type.equals(DataTypes.DateType)) {
      return DateColumn.create(name);
    } else if (type.equals(DataTypes.TimestampType)) {
      return InstantColumn.create(name);
    } else if (type.equals(DataTypes.TimestampNTZType)) {
      return DateTimeColumn.create(name);
    }
    throw new SparkError("column \"" + name + "\" has the Spark type " + type.simpleString()
        + ", which no Tablesaw column holds; cast it in the query (to string, say) or leave it out");
  }

  private static void append(Column<?> column, Object value) {
    if (value == null) {
      column.appendMissing();
    } else if (column instanceof IntColumn c) {
      int number = ((Number) value).intValue();
      if (number == Integer.MIN_VALUE) {
        throw unholdable(column, value, "CAST it to bigint");
      }
      c.append(number);
    } else if (column instanceof LongColumn c) {
      long number = ((Number) value).longValue();
      if (number == Long.MIN_VALUE) {
        throw unholdable(column, value, "CAST it to double");
      }
      c.append(number);
    } else if (column instanceof FloatColumn c) {
      c.append(((Number) value).floatValue());
    } else if (column instanceof DoubleColumn c) {
      c.append(((Number) value).doubleValue());
    } else if (column instanceof StringColumn c) {
      c.append(value.toString());
    } else if (column instanceof BooleanColumn c) {
      c.append((Boolean) value);
    } else if (column instanceof DateColumn c) {
      c.append(value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value);
    } else if (column instanceof InstantColumn c) {
      c.append(value instanceof Timestamp t ? t.toInstant() : (Instant) value);
    } else if (column instanceof DateTimeColumn c) {
      c.append((LocalDateTime) value);
    }
  }

  private static SparkError unholdable(Column<?> column, Object value, String fix) {
    return new SparkError("column \"" + column.name() + "\" holds " + value + ", the value Tablesaw keeps for a missing one; " + fix);
  }

  /** The schema of {@code table} for Spark. */
  static StructType schema(Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      fields.add(DataTypes.createStructField(column.name(), sparkType(column), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType sparkType(Column<?> column) {
    ColumnType type = column.type();
    if (type == ColumnType.SHORT) {
      return DataTypes.ShortType;
    } else if (type == ColumnType.INTEGER) {
      return DataTypes.IntegerType;
    } else if (type == ColumnType.LONG) {
      return DataTypes.LongType;
    } else if (type == ColumnType.FLOAT) {
      return DataTypes.FloatType;
    } else if (type == ColumnType.DOUBLE) {
      return DataTypes.DoubleType;
    } else if (type == ColumnType.BOOLEAN) {
      return DataTypes.BooleanType;
    } else if (type == ColumnType.STRING) {
      return DataTypes.StringType;
    } else if (type == ColumnType.LOCAL_DATE) {
      return DataTypes.DateType;
    } else if (type == ColumnType.LOCAL_DATE_TIME) {
      return DataTypes.TimestampNTZType;
    } else if (type == ColumnType.INSTANT) {
      return DataTypes.TimestampType;
    }
    throw new SparkError("column \"" + column.name() + "\" is a " + type.name() + " column, which has no Spark type here");
  }

  /** The rows of {@code table}, as Spark takes them with {@link #schema}. */
  static List<Row> rows(Table table) {
    List<Row> rows = new ArrayList<>(table.rowCount());
    int width = table.columnCount();
    for (int r = 0; r < table.rowCount(); r++) {
      Object[] values = new Object[width];
      for (int c = 0; c < width; c++) {
        Column<?> column = table.column(c);
        values[c] = column.isMissing(r) ? null : value(column, r);
      }
      rows.add(RowFactory.create(values));
    }
    return rows;
  }

  private static Object value(Column<?> column, int row) {
    Object value = column.get(row);
    if (value instanceof LocalDate date) {
      return java.sql.Date.valueOf(date);
    } else if (value instanceof Instant instant) {
      return Timestamp.from(instant);
    }
    return value;
  }

  /** How many rows a Tablesaw table sent to Spark may have: it travels in one request. */
  static final int MAX_ROWS_SENT = 100_000;

  static void checkSendable(Table table) {
    if (table.rowCount() > MAX_ROWS_SENT) {
      throw new SparkError("\"" + table.name() + "\" has " + table.rowCount() + " rows; a Tablesaw table sent to Spark may have at most "
          + MAX_ROWS_SENT + " (it travels in one request): write it to Parquet (Sql.writeParquet) where the cluster can read it");
    }
    if (table.columnCount() == 0) {
      throw new SparkError("\"" + table.name() + "\" has no columns");
    }
  }

}

package dev.tablebook.spark;

import dev.tablebook.tables.ColumnLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
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
import tech.tablesaw.columns.Column;

/**
 * Spark rows to Tablesaw columns and back, by the schema, each value exact or refused (the rules of
 * {@link ColumnLimits}, as for DuckDB): integers up to {@code int} become an {@code IntColumn},
 * {@code long} a {@code LongColumn}, {@code float}/{@code double} the floating columns,
 * {@code decimal} a {@code DoubleColumn} when the double's shortest text is the decimal (else refused),
 * {@code string} a {@code StringColumn}, {@code boolean}, {@code date}, {@code timestamp} and
 * {@code timestamp_ntz} the matching columns, to the millisecond and within years -32768 to 32767; null
 * is a missing value. Arrays, maps and structs have no Tablesaw column: the error names the column.
 * Going to Spark, a column's Spark type follows its class.
 */
final class SparkRows {
  private SparkRows() {}

  /**
   * {@code dataset} with each {@code date} column as Spark's own day number ({@code unix_date}) and each
   * {@code timestamp} as its microseconds ({@code unix_micros}): the client's java.sql.Date and Timestamp
   * are rebased to the Julian calendar in the JVM's time zone, which moves instants before 1582 and is
   * ambiguous in a DST overlap. {@link #toTable} reads the numbers back by {@code schema}.
   */
  static Dataset<Row> withDatesAsNumbers(Dataset<Row> dataset, StructType schema) {
    StructField[] fields = schema.fields();
    boolean any = false;
    String[] positional = new String[fields.length];
    org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      positional[i] = "c" + i;
      DataType type = fields[i].dataType();
      String function = type.equals(DataTypes.DateType) ? "unix_date" : type.equals(DataTypes.TimestampType) ? "unix_micros" : null;
      any |= function != null;
      columns[i] = function == null ? functions.col(positional[i]) : functions.expr(function + "(c" + i + ")").alias(positional[i]);
    }
    return any ? dataset.toDF(positional).select(columns) : dataset;
  }

  static Table toTable(String name, StructType schema, List<Row> rows) {
    Table table = Table.create(name);
    StructField[] fields = schema.fields();
    List<Column<?>> columns = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (StructField field : fields) {
      columns.add(column(field, unique(field.name(), taken)));
    }
    long[] becameMissing = new long[fields.length];
    for (Row row : rows) {
      for (int i = 0; i < fields.length; i++) {
        Object value = row.isNullAt(i) ? null : row.get(i);
        if (isMissingInTablesaw(value)) {
          becameMissing[i]++;
        }
        append(columns.get(i), value);
      }
    }
    columns.forEach(table::addColumns);
    for (int i = 0; i < fields.length; i++) { // said in the cell, as DuckDB's results say it
      if (becameMissing[i] > 0) {
        Column<?> column = columns.get(i);
        boolean text = column instanceof StringColumn;
        System.err.println("column \"" + column.name() + "\": " + becameMissing[i] + (text ? " empty text" : " NaN")
            + (becameMissing[i] == 1 ? " value is" : " values are") + " missing here (a " + column.getClass().getSimpleName()
            + (text ? " keeps no empty text apart from missing)" : " marks missing values with NaN)"));
      }
    }
    return table;
  }

  /** A value that is there in Spark but that Tablesaw keeps as its missing value: NaN, or an empty text. */
  private static boolean isMissingInTablesaw(Object value) {
    return value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN() || value instanceof CharSequence text && text.length() == 0;
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
    } else if (type.equals(DataTypes.DoubleType) || type instanceof DecimalType) { // a decimal only when exact: see append
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
        throw refused(column, value, "the value IntColumn uses for a missing value", "CAST it to bigint");
      }
      c.append(number);
    } else if (column instanceof LongColumn c) {
      long number = ((Number) value).longValue();
      if (number == Long.MIN_VALUE) {
        throw refused(column, value, "the value LongColumn uses for a missing value", "CAST it to string");
      }
      c.append(number);
    } else if (column instanceof FloatColumn c) {
      c.append(((Number) value).floatValue());
    } else if (column instanceof DoubleColumn c) {
      c.append(value instanceof BigDecimal decimal ? exactDouble(column, decimal) : ((Number) value).doubleValue());
    } else if (column instanceof StringColumn c) {
      c.append(value.toString());
    } else if (column instanceof BooleanColumn c) {
      c.append((Boolean) value);
    } else if (column instanceof DateColumn c) {
      LocalDate date = value instanceof Number days ? LocalDate.ofEpochDay(days.longValue()) : (LocalDate) value;
      check(column, date, ColumnLimits.date(date));
      c.append(date);
    } else if (column instanceof InstantColumn c) {
      Instant instant = value instanceof Number micros ? Instant.EPOCH.plus(micros.longValue(), java.time.temporal.ChronoUnit.MICROS)
          : (Instant) value;
      check(column, instant, ColumnLimits.instant(instant));
      c.append(instant);
    } else if (column instanceof DateTimeColumn c) {
      LocalDateTime dateTime = (LocalDateTime) value;
      check(column, dateTime, ColumnLimits.dateTime(dateTime));
      c.append(dateTime);
    }
  }

  private static double exactDouble(Column<?> column, BigDecimal decimal) {
    Double exact = ColumnLimits.exactDouble(decimal);
    if (exact == null) {
      throw refused(column, decimal.toPlainString(), "more digits than a double keeps (it would be " + decimal.doubleValue() + ")",
          "CAST it to double to accept that, or to string to keep every digit");
    }
    return exact;
  }

  private static void check(Column<?> column, Object value, String problem) {
    if (problem != null) {
      throw refused(column, value, problem, "CAST it to string");
    }
  }

  private static SparkError refused(Column<?> column, Object value, String why, String fix) {
    return new SparkError("column \"" + column.name() + "\" holds " + value + ", " + why + "; " + fix);
  }

  /**
   * The schema {@code table} travels in: its columns' Spark types, but dates as their day numbers
   * ({@code int}) and instants as their microseconds ({@code long}), which {@link #withDatesFromNumbers}
   * turns back into {@code date} and {@code timestamp} on the server (the client's encoder would rebase a
   * java.sql.Date or Timestamp to the Julian calendar in the JVM's time zone).
   */
  static StructType schema(Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      DataType type = column instanceof DateColumn ? DataTypes.IntegerType : column instanceof InstantColumn ? DataTypes.LongType
          : sparkType(column);
      fields.add(DataTypes.createStructField(column.name(), type, true));
    }
    return DataTypes.createStructType(fields);
  }

  /** {@code sent}, made with {@link #schema} and {@link #rows}, with {@code table}'s dates and instants as {@code date} and {@code timestamp}. */
  static Dataset<Row> withDatesFromNumbers(Dataset<Row> sent, Table table) {
    String[] positional = new String[table.columnCount()];
    org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[positional.length];
    boolean any = false;
    for (int i = 0; i < positional.length; i++) {
      positional[i] = "c" + i;
      Column<?> column = table.column(i);
      String function = column instanceof DateColumn ? "date_from_unix_date" : column instanceof InstantColumn ? "timestamp_micros" : null;
      any |= function != null;
      columns[i] = (function == null ? functions.col(positional[i]) : functions.expr(function + "(c" + i + ")")).alias(column.name());
    }
    return any ? sent.toDF(positional).select(columns) : sent;
  }

  /** Spark's type for a column, by the column's class (a Tablesaw type object is not always its constant). */
  private static DataType sparkType(Column<?> column) {
    if (column instanceof ShortColumn) {
      return DataTypes.ShortType;
    } else if (column instanceof IntColumn) {
      return DataTypes.IntegerType;
    } else if (column instanceof LongColumn) {
      return DataTypes.LongType;
    } else if (column instanceof FloatColumn) {
      return DataTypes.FloatType;
    } else if (column instanceof DoubleColumn) {
      return DataTypes.DoubleType;
    } else if (column instanceof BooleanColumn) {
      return DataTypes.BooleanType;
    } else if (column instanceof StringColumn) {
      return DataTypes.StringType;
    } else if (column instanceof DateColumn) {
      return DataTypes.DateType;
    } else if (column instanceof DateTimeColumn) {
      return DataTypes.TimestampNTZType;
    } else if (column instanceof InstantColumn) {
      return DataTypes.TimestampType;
    }
    throw new SparkError("column \"" + column.name() + "\" is a " + column.type().name() + " column, which has no Spark type here");
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

  /** A value as {@link #schema} says it travels: a date as its day number, an instant as its microseconds. */
  private static Object value(Column<?> column, int row) {
    Object value = column.get(row);
    if (value instanceof LocalDate date) {
      return Math.toIntExact(date.toEpochDay());
    } else if (value instanceof Instant instant) {
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
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

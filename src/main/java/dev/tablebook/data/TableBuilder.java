package dev.tablebook.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Builds a Tablesaw {@link Table} from a validated resource, one column per field: integer and year
 * to {@code IntColumn} (or {@code LongColumn} when a value does not fit an int), number to
 * {@code DoubleColumn}, boolean, date, datetime and time to their columns, everything else to
 * {@code StringColumn}. Missing values stay missing.
 */
final class TableBuilder {
  private TableBuilder() {}

  static Table build(ParsedResource parsed) {
    List<Field> fields = parsed.resource().schema().fields();
    Table table = Table.create(parsed.resource().name());
    for (int i = 0; i < fields.size(); i++) {
      table.addColumns(column(fields.get(i), parsed.rows(), i));
    }
    return table;
  }

  private static Column<?> column(Field field, List<Object[]> rows, int index) {
    String name = field.name();
    return switch (field.type()) {
      case INTEGER, YEAR -> fitsInt(rows, index) ? intColumn(name, rows, index) : longColumn(name, rows, index);
      case NUMBER -> fill(DoubleColumn.create(name), rows, index, (c, v) -> c.append(((Number) v).doubleValue()));
      case BOOLEAN -> fill(BooleanColumn.create(name), rows, index, (c, v) -> c.append((Boolean) v));
      case DATE -> fill(DateColumn.create(name), rows, index, (c, v) -> c.append((LocalDate) v));
      case DATETIME -> fill(DateTimeColumn.create(name), rows, index, (c, v) -> c.append((LocalDateTime) v));
      case TIME -> fill(TimeColumn.create(name), rows, index, (c, v) -> c.append((LocalTime) v));
      case STRING, ANY -> fill(StringColumn.create(name), rows, index, (c, v) -> c.append((String) v));
    };
  }

  private static boolean fitsInt(List<Object[]> rows, int index) {
    return rows.stream().map(r -> r[index]).allMatch(v -> v == null
        || (((Number) v).longValue() > Integer.MIN_VALUE && ((Number) v).longValue() <= Integer.MAX_VALUE));
  }

  private static IntColumn intColumn(String name, List<Object[]> rows, int index) {
    return fill(IntColumn.create(name), rows, index, (c, v) -> c.append(((Number) v).intValue()));
  }

  private static LongColumn longColumn(String name, List<Object[]> rows, int index) {
    return fill(LongColumn.create(name), rows, index, (c, v) -> c.append(((Number) v).longValue()));
  }

  private interface Appender<C> {
    void append(C column, Object value);
  }

  private static <C extends Column<?>> C fill(C column, List<Object[]> rows, int index, Appender<C> appender) {
    for (Object[] row : rows) {
      if (row[index] == null) {
        column.appendMissing();
      } else {
        appender.append(column, row[index]);
      }
    }
    return column;
  }
}

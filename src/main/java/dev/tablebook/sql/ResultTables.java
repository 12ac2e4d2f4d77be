package dev.tablebook.sql;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import tech.tablesaw.api.Table;

/**
 * Turns a DuckDB result into a Tablesaw table with typed columns, by the conversion table of
 * {@link DuckDbColumns}: a value comes back exact or the read fails naming the column. Repeated column
 * names get DuckDB's suffixes ({@code x}, {@code x_1}).
 */
final class ResultTables {
  private ResultTables() {}

  /**
   * What was read: the table, whether rows were left unread because of the row limit, and notes on
   * values that became missing (empty texts, NaN), one per column that had any.
   */
  record Read(Table table, boolean cut, List<String> notes) {}

  /**
   * Reads at most {@code maxRows} rows (all when negative) of {@code result}; {@code cancelled} is asked
   * between rows, and a yes ends the read with an error.
   */
  static Read read(ResultSet result, String tableName, long maxRows, BooleanSupplier cancelled) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    List<DuckDbColumns.Reader> readers = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      readers.add(DuckDbColumns.reader(unique(meta.getColumnLabel(i), names), meta.getColumnTypeName(i), i));
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
      for (DuckDbColumns.Reader reader : readers) {
        reader.read(result);
      }
      rows++;
    }
    Table table = Table.create(tableName);
    readers.forEach(reader -> table.addColumns(reader.column()));
    List<String> notes = readers.stream().map(DuckDbColumns.Reader::note).filter(Objects::nonNull).toList();
    return new Read(table, cut, notes);
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 1; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = name + "_" + n;
    }
    return candidate;
  }
}

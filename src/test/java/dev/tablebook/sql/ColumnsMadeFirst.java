package dev.tablebook.sql;

import java.time.Instant;
import java.time.LocalDateTime;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.Table;

/**
 * A JVM of its own in which date-time columns are made before anything touches Tablesaw's
 * {@code ColumnType} constants (then a column's type object is not the constant): prints the rows
 * that came back from DuckDB.
 */
final class ColumnsMadeFirst {
  private ColumnsMadeFirst() {}

  public static void main(String[] args) {
    DateTimeColumn dateTimes = DateTimeColumn.create("t");
    InstantColumn instants = InstantColumn.create("i");
    dateTimes.append(LocalDateTime.of(2024, 5, 16, 10, 30));
    instants.append(Instant.parse("2024-05-16T10:30:00Z"));
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1))) {
      db.register("made_first", Table.create("made_first", dateTimes, instants));
      System.out.println(db.query("SELECT CAST(t AS VARCHAR) || ' ' || CAST(epoch_ms(i) AS VARCHAR) AS v FROM made_first")
          .stringColumn("v").get(0));
    }
  }
}

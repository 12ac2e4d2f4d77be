package dev.tablebook.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import tech.tablesaw.selection.Selection;

/** The grid tests' tables. */
final class GridTables {
  private GridTables() {}

  /**
   * Six rows with a column of every Tablesaw type, each (but {@code id}) with one missing value and
   * ties; {@code unit price} has a space in its name, {@code note} holds quotes and the word "and".
   */
  static Table everyType() {
    Table table = Table.create("every type",
        IntColumn.create("id", 0, 1, 2, 3, 4, 5),
        IntColumn.create("count", new int[] {3, Integer.MIN_VALUE, 1, 3, -2, 7}),
        ShortColumn.create("small", new short[] {2, 1, Short.MIN_VALUE, 2, -1, 5}),
        LongColumn.create("big", new long[] {3_000_000_000L, -1, 5, Long.MIN_VALUE, 3_000_000_000L, Long.MAX_VALUE}),
        DoubleColumn.create("price", 2.5, Double.NaN, -1.0, 2.5, 10.25, 0.0),
        FloatColumn.create("ratio", 0.1f, 0.5f, Float.NaN, 0.1f, -3f, 2f),
        StringColumn.create("city", "New York", "Boston", "", "boston", "New Delhi", "Austin"),
        DateColumn.create("day", LocalDate.parse("2024-01-31"), LocalDate.parse("2023-12-01"), LocalDate.parse("2024-01-31"),
            null, LocalDate.parse("2020-02-29"), LocalDate.parse("2025-06-15")),
        DateTimeColumn.create("at", LocalDateTime.parse("2024-01-31T13:45"), LocalDateTime.parse("2024-01-31T00:00"), null,
            LocalDateTime.parse("2023-05-01T08:00:30"), LocalDateTime.parse("2024-01-31T13:45"), LocalDateTime.parse("2030-01-01T00:00")),
        InstantColumn.create("when", new Instant[] {Instant.parse("2024-01-31T13:45:00Z"), null,
            Instant.parse("2024-01-31T00:00:00Z"), Instant.parse("2023-05-01T08:00:30Z"), Instant.parse("2024-01-31T13:45:00Z"),
            Instant.parse("2030-01-01T00:00:00Z")}),
        TimeColumn.create("time", LocalTime.parse("13:45"), LocalTime.parse("08:00"), null, LocalTime.parse("13:45:30"),
            LocalTime.parse("00:00"), LocalTime.parse("23:59:59")),
        BooleanColumn.create("flag", true, false, false, true, false, true),
        DoubleColumn.create("unit price", 1, 2, 3, 4, 5, Double.NaN),
        StringColumn.create("note", "O'Brien", "say \"hi\"", "and", "x and y", "", "plain"));
    table.booleanColumn("flag").setMissing(2);
    return table;
  }

  /** The row numbers {@code selection} holds, in order. */
  static int[] rows(Selection selection) {
    return selection.toArray();
  }
}

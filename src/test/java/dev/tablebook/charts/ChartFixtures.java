package dev.tablebook.charts;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small tables the chart tests share. */
final class ChartFixtures {
  private ChartFixtures() {}

  /** Trade by year with a missing year (2015). */
  static Table trade() {
    return Table.create("trade",
        IntColumn.create("year", 2014, 2015, 2016, 2023),
        DoubleColumn.create("total_usd_bn", 95.28, Double.NaN, 69.525, 240.11),
        DoubleColumn.create("exports_usd_bn", 53.68, Double.NaN, 37.297, 110.97),
        DoubleColumn.create("imports_usd_bn", 41.6, Double.NaN, 32.228, 129.14));
  }

  /** Suppliers with one disputed row and a name that looks like markup. */
  static Table suppliers() {
    return Table.create("suppliers",
        StringColumn.create("supplier", "Russia", "Saudi Arabia", "<b>Oman</b>"),
        DoubleColumn.create("volume_mt", 107.0, 85.96, 39.4),
        BooleanColumn.create("disputed", false, false, true));
  }
}

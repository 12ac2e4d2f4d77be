package dev.tablebook.bench;

import java.time.LocalDate;
import java.util.Random;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * The grid benchmarks' table (seed 27): 10 M rows of {@code count} (int, any of 2^32 values),
 * {@code price} (double, normal around 500 with sd 150, so every bit of the key varies), {@code city}
 * (string, 1,000 distinct values), {@code day} (date, 9,000 distinct days from 2000-01-01) and
 * {@code label} (string, a random base-36 number after "item-": about 10 M distinct values, so Tablesaw keeps
 * it without a dictionary); 1% of each column's cells missing.
 */
final class GridBenchTable {
  static final int ROWS = 10_000_000;

  private GridBenchTable() {}

  static Table build() {
    Random random = new Random(27);
    int[] counts = new int[ROWS];
    double[] prices = new double[ROWS];
    StringColumn city = StringColumn.create("city");
    DateColumn day = DateColumn.create("day");
    StringColumn label = StringColumn.create("label");
    String[] cities = new String[1_000];
    for (int i = 0; i < cities.length; i++) {
      cities[i] = "city " + i;
    }
    int[] days = new int[9_000];
    for (int i = 0; i < days.length; i++) {
      days[i] = PackedLocalDate.pack(LocalDate.of(2000, 1, 1).plusDays(i));
    }
    for (int row = 0; row < ROWS; row++) {
      counts[row] = missing(random) ? Integer.MIN_VALUE : random.nextInt();
      prices[row] = missing(random) ? Double.NaN : 500 + 150 * random.nextGaussian();
      city.append(missing(random) ? "" : cities[random.nextInt(cities.length)]);
      day.appendInternal(missing(random) ? Integer.MIN_VALUE : days[random.nextInt(days.length)]);
      label.append(missing(random) ? "" : "item-" + Long.toString(random.nextLong() >>> 1, 36));
    }
    return Table.create("grid bench", IntColumn.create("count", counts), DoubleColumn.create("price", prices), city, day, label);
  }

  private static boolean missing(Random random) {
    return random.nextInt(100) == 0;
  }
}

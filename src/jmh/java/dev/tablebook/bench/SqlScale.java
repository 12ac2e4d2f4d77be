package dev.tablebook.bench;

import dev.tablebook.sql.SqlDatabase;
import dev.tablebook.sql.SqlSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.aggregate.AggregateFunctions;

/**
 * SQL at scale, single-shot timings (a JMH harness adds nothing to a 1-10 s operation): run by
 * src/bench/sql.sh. Modes:
 * <ul>
 *   <li>{@code scale ROWS RUNS}: {@code register} of a ROWS x 3 Tablesaw table; a query returning
 *       ROWS / 10 rows into Tablesaw; the same group-by (1,000 groups) in DuckDB and in Tablesaw's
 *       {@code summarize}. One warm-up, then the median of RUNS.
 *   <li>{@code write-parquet FILE ROWS}: a generated Parquet file of ROWS rows (id, key, value).
 *   <li>{@code aggregate FILE LIMIT}: two aggregations over FILE under memory_limit LIMIT: 1,000 groups
 *       (streams) and one group per 4 rows (needs a hash table far larger than LIMIT: spills); time and
 *       the process's peak RSS.
 * </ul>
 */
public final class SqlScale {
  private SqlScale() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "scale" -> scale(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      case "write-parquet" -> writeParquet(Path.of(args[1]), Long.parseLong(args[2]));
      case "aggregate" -> aggregate(Path.of(args[1]), args[2]);
      case "types" -> types(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("mode: scale, write-parquet, aggregate or types");
    }
  }

  private static void scale(int rows, int runs) {
    Random random = new Random(42);
    int[] keys = new int[rows];
    long[] ids = new long[rows];
    double[] values = new double[rows];
    for (int i = 0; i < rows; i++) {
      keys[i] = random.nextInt(1000);
      ids[i] = i;
      values[i] = random.nextDouble() * 100;
    }
    Table table = Table.create("t", LongColumn.create("id", ids), IntColumn.create("k", keys), DoubleColumn.create("v", values));
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults())) {
      report("register_" + rows + "_rows_ms", runs, () -> {
        db.register("t", table);
        return null;
      });
      report("query_" + rows / 10 + "_rows_into_tablesaw_ms", runs, () -> db.query("SELECT * FROM t WHERE id % 10 = 0"));
      report("group_by_duckdb_ms", runs, () -> db.query("SELECT k, sum(v) AS s, count(*) AS n FROM t GROUP BY k"));
      report("group_by_tablesaw_summarize_ms", runs,
          () -> table.summarize("v", AggregateFunctions.sum, AggregateFunctions.count).by("k"));
      report("group_by_duckdb_including_register_ms", runs, () -> {
        db.register("t", table);
        return db.query("SELECT k, sum(v) AS s, count(*) AS n FROM t GROUP BY k");
      });
    }
  }

  /** Reading {@code rows} rows of one column of each converted type into Tablesaw (issue 23's exact conversions). */
  private static void types(int rows, int runs) {
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults())) {
      db.execute("CREATE TABLE v AS SELECT i, TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_milliseconds(i * 997) AS tstz,"
          + " TIMESTAMP '2020-01-01 00:00:00' + to_milliseconds(i * 997) AS ts, DATE '1900-01-01' + CAST(i % 50000 AS INTEGER) AS d,"
          + " CAST(i / 100 AS DECIMAL(18,4)) AS dec18, CAST(i / 100 AS DECIMAL(38,2)) AS dec38, 'text ' || i AS s,"
          + " i * 0.5 AS dbl FROM range(" + rows + ") r(i)");
      for (String column : List.of("tstz", "ts", "d", "dec18", "dec38", "s", "dbl")) {
        report("read_" + rows + "_" + column + "_ms", runs, () -> db.query("SELECT " + column + " FROM v"));
      }
    }
  }

  private static void writeParquet(Path file, long rows) {
    long start = System.nanoTime();
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults())) {
      db.execute("COPY (SELECT i AS id, (hash(i) % 1000)::INTEGER AS k, (hash(i * 7) % 100000) / 1000.0 AS v FROM range(" + rows
          + ") r(i)) TO '" + file.toAbsolutePath() + "' (FORMAT parquet)");
    }
    System.out.printf("write_parquet_rows=%d seconds=%.1f bytes=%d%n", rows, (System.nanoTime() - start) / 1e9, size(file));
  }

  private static void aggregate(Path file, String limit) throws Exception {
    Path spill = Files.createTempDirectory("tablebook-bench-spill-");
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit(limit).withTempDirectory(spill))) {
      String source = "read_parquet('" + file.toAbsolutePath() + "')";
      timed("few_groups", () -> db.query("SELECT k, sum(v) AS s, count(*) AS n FROM " + source + " GROUP BY k"));
      timed("many_groups", () -> db.query("SELECT count(*) AS groups, sum(s) AS total FROM (SELECT id // 4 AS g, sum(v) AS s FROM "
          + source + " GROUP BY g)"));
    }
    System.out.printf("file_bytes=%d memory_limit=%s peak_rss_mb=%d%n", size(file), limit, peakRssMb());
  }

  private static void timed(String name, Supplier<Table> query) {
    long start = System.nanoTime();
    Table result = query.get();
    System.out.printf("%s_seconds=%.1f rows=%d rss_now_mb=%d%n", name, (System.nanoTime() - start) / 1e9, result.rowCount(), rssMb("VmRSS"));
  }

  private static void report(String name, int runs, Supplier<Object> work) {
    work.get(); // warm-up
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.get();
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    System.out.printf("%s median=%.0f min=%.0f max=%.0f runs=%d%n", name, times.get(times.size() / 2), times.get(0),
        times.get(times.size() - 1), runs);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  private static long peakRssMb() {
    return rssMb("VmHWM");
  }

  private static long rssMb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (java.io.IOException e) {
      // not Linux
    }
    return -1;
  }
}

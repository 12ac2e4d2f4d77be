package dev.tablebook.bench;

import dev.tablebook.grid.GridQuery;
import dev.tablebook.grid.GridRows;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.Table;

/**
 * The data grid's engine on a 10 M-row table ({@link GridBenchTable}): the first sort by each column
 * type and the first filter (each on a new {@code GridRows}, one shot an iteration), then the page steps
 * once the sort and the filter are kept. Each first sort and filter ends with its first page (5 columns).
 */
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class GridBench {
  private static final GridQuery SORTED = GridQuery.all().withSort("price", false);
  private static final String FILTER = "city contains 12 and price > 400";

  private Table table;

  @Setup(Level.Trial)
  public void table() {
    table = GridBenchTable.build();
  }

  /** A first sort by one column, descending, and its first page. */
  @State(Scope.Benchmark)
  public static class Sort {
    @Param({"count", "price", "city", "day", "label"})
    public String column;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 7)
  public Table firstSort(Sort sort) {
    return GridRows.of(table).page(GridQuery.all().withSort(sort.column, false), 0);
  }

  /** A first filter, no sort, and its first page. */
  @State(Scope.Benchmark)
  public static class Filter {
    @Param({"price > 400", "city contains 12", "day >= 2020-01-01", "count < 0 and day is not missing", "label contains abc", FILTER})
    public String text;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 7)
  public Table firstFilter(Filter filter) {
    return GridRows.of(table).page(GridQuery.all().withFilter(filter.text), 0);
  }

  /** Rows that have sorted by price: a first filter of the sorted rows is one pass over the sort order. */
  @State(Scope.Benchmark)
  public static class Sorted {
    GridRows rows;

    @Setup(Level.Iteration)
    public void sort(GridBench bench) {
      rows = GridRows.of(bench.table);
      rows.page(SORTED, 0);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 7)
  public Table firstFilterOfSortedRows(Sorted sorted) {
    return sorted.rows.page(SORTED.withFilter(FILTER), 0);
  }

  /** Rows with the sort and the sorted-and-filtered view kept, stepping through pages. */
  @State(Scope.Benchmark)
  public static class Kept {
    GridRows rows;
    int page;

    @Setup(Level.Trial)
    public void keep(GridBench bench) {
      rows = GridRows.of(bench.table);
      rows.page(SORTED, 0);
      rows.page(SORTED.withFilter(FILTER), 0);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public Table pageStepSorted(Kept kept) {
    return kept.rows.page(SORTED, kept.page++ % 1_000);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public Table pageStepSortedFiltered(Kept kept) {
    return kept.rows.page(SORTED.withFilter(FILTER), kept.page++ % 1_000);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public Table pageStepUnsorted(Kept kept) {
    return kept.rows.page(GridQuery.all(), kept.page++ % 1_000);
  }
}

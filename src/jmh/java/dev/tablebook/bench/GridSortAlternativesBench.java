package dev.tablebook.bench;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.Table;

/**
 * What the grid's sort was chosen against, on the same 10 M-row table ({@link GridBenchTable}): each
 * gives the row numbers sorted by an int or a double column, reading the column as the grid does
 * (GridBench.firstSort is the grid's own), plus Tablesaw's {@code sortDescendingOn}, which copies the
 * whole table. Missing values are not moved last here: only the cost of sorting is compared.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class GridSortAlternativesBench {
  private Table table;

  @Setup
  public void table() {
    table = GridBenchTable.build();
  }

  private static int[] identity() {
    int[] rows = new int[GridBenchTable.ROWS];
    Arrays.setAll(rows, i -> i);
    return rows;
  }

  /** fastutil's stable indirect radix sort (its parallel form runs on the common pool's workers only). */
  @Benchmark
  public int[] intFastutilRadixIndirect() {
    int[] keys = table.intColumn("count").asIntArray();
    int[] rows = identity();
    IntArrays.parallelRadixSortIndirect(rows, keys, true);
    return rows;
  }

  /** (key, row) packed in a long, {@code Arrays.parallelSort}, rows unpacked: stable by construction. */
  @Benchmark
  public int[] intPackedParallelSort() {
    int[] keys = table.intColumn("count").asIntArray();
    long[] packed = new long[keys.length];
    for (int row = 0; row < keys.length; row++) {
      packed[row] = (long) (keys[row] ^ Integer.MIN_VALUE) << 32 | row;
    }
    Arrays.parallelSort(packed);
    int[] rows = new int[keys.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (int) packed[i];
    }
    return rows;
  }

  /** fastutil's parallel quicksort of row numbers with a primitive comparator (ties broken by row). */
  @Benchmark
  public int[] intComparatorQuickSort() {
    int[] keys = table.intColumn("count").asIntArray();
    int[] rows = identity();
    IntArrays.parallelQuickSort(rows, (a, b) -> keys[a] != keys[b] ? Integer.compare(keys[a], keys[b]) : Integer.compare(a, b));
    return rows;
  }

  @Benchmark
  public int[] doubleFastutilRadixIndirect() {
    double[] keys = table.doubleColumn("price").asDoubleArray();
    int[] rows = identity();
    DoubleArrays.parallelRadixSortIndirect(rows, keys, true);
    return rows;
  }

  @Benchmark
  public int[] doubleComparatorQuickSort() {
    double[] keys = table.doubleColumn("price").asDoubleArray();
    int[] rows = identity();
    IntArrays.parallelQuickSort(rows, (a, b) -> keys[a] != keys[b] ? Double.compare(keys[a], keys[b]) : Integer.compare(a, b));
    return rows;
  }

  /** Tablesaw's own sort: a new table of all 10 M rows. */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Table intTablesawSortDescendingOn() {
    return table.sortDescendingOn("count");
  }
}

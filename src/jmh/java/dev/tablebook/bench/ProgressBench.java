package dev.tablebook.bench;

import dev.tablebook.display.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a progress bar costs per step: a 10-million-item loop over a list with and without
 * {@code Progress.over}, and {@code Progress.step()} by hand. Figures are nanoseconds per item. Run
 * outside a notebook, so the bar prints a plain line now and then (as often as the real thing updates).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ProgressBench {
  private static final int ITEMS = 10_000_000;
  private List<Integer> items;

  @Setup
  public void items() {
    items = new ArrayList<>(ITEMS);
    for (int i = 0; i < ITEMS; i++) {
      items.add(i & 1023);
    }
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public long plainLoop() {
    long sum = 0;
    for (int item : items) {
      sum += item;
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public long loopOverProgress() {
    long sum = 0;
    for (int item : Progress.over(items, "bench over")) {
      sum += item;
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public long stepByHand() {
    long sum = 0;
    try (Progress progress = Progress.of(ITEMS, "bench step")) {
      for (int i = 0; i < ITEMS; i++) {
        sum += i & 1023;
        progress.step();
      }
    }
    return sum;
  }
}

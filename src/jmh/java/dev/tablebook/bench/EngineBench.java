package dev.tablebook.bench;

import dev.tablebook.engine.CellResult;
import dev.tablebook.engine.Engine;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.engine.output.Output;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** A warm engine's (JShell's javac is JIT-compiled only after a few hundred cells) cost per cell: a trivial expression, and building and rendering a 1,000-row table. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EngineBench {
  private Engine engine;

  @Setup(Level.Trial)
  public void start() {
    engine = Engine.start(EngineOptions.defaults()).awaitReady();
    engine.execute("setup", "Table numbers(int n) {\n"
        + "  return Table.create(\"t\", IntColumn.create(\"i\", java.util.stream.IntStream.range(0, n).toArray()),\n"
        + "      DoubleColumn.create(\"x\", java.util.stream.IntStream.range(0, n).mapToDouble(i -> i * 0.5).toArray()));\n"
        + "}", output -> { });
  }

  @TearDown(Level.Trial)
  public void stop() {
    engine.close();
  }

  /** {@code 1 + 1}: split, compile, load, run, read the value, render it. */
  @Benchmark
  public CellResult trivialCell(Blackhole sink) {
    return engine.execute("bench", "1 + 1", sink::consume);
  }

  /** Builds a 1,000-row table in the cell and renders it as HTML and text (the cell's result). */
  @Benchmark
  public CellResult thousandRowTable(Blackhole sink) {
    return engine.execute("bench", "numbers(1000)", output -> {
      if (!(output instanceof Output.ExecuteResult)) {
        throw new IllegalStateException("unexpected " + output);
      }
      sink.consume(output);
    });
  }
}

package dev.tablebook.bench;

import dev.tablebook.data.ArticleFacts;
import dev.tablebook.data.DataPackage;
import dev.tablebook.data.Datasets;
import dev.tablebook.data.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.Table;

/** How long reading and validating the article's data package takes, cold (new reader) and warm; p50 is the median. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DataPackageBench {

  /** Reads datapackage.json and every CSV, and checks every row and key. */
  @Benchmark
  public List<Problem> validateWholePackage() {
    DataPackage pkg = Datasets.open(Path.of("datasets"));
    return pkg.validate();
  }

  /** A notebook cell's {@code ArticleFacts.tradeTotals()}: the package is already validated. */
  @Benchmark
  public Table tradeTotalsWarm() {
    return ArticleFacts.tradeTotals();
  }
}

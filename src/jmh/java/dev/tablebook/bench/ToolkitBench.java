package dev.tablebook.bench;

import dev.tablebook.charts.Chart;
import dev.tablebook.charts.Charts;
import dev.tablebook.tables.CellFormat;
import dev.tablebook.tables.TableView;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The toolkit's large-input costs: a 10-million-row table rendered to HTML (only the shown rows are
 * read), and a 1-million-point line chart built from its table and rendered to Plotly JSON and to
 * PNG (both include LTTB downsampling to 5,000 points). p50 is the median.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ToolkitBench {
  private Table tenMillionRows;
  private Table millionPoints;

  @Setup
  public void tables() {
    int rows = 10_000_000;
    tenMillionRows = Table.create("big",
        IntColumn.create("id", IntStream.range(0, rows).toArray()),
        DoubleColumn.create("value", IntStream.range(0, rows).mapToDouble(i -> i * 0.5).toArray()),
        StringColumn.create("label", IntStream.range(0, rows).mapToObj(i -> i % 2 == 0 ? "even" : "odd").toArray(String[]::new)));
    Random random = new Random(42);
    double[] x = new double[1_000_000];
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
      y[i] = Math.sin(i / 5_000.0) + random.nextGaussian() * 0.05;
    }
    millionPoints = Table.create("walk", DoubleColumn.create("x", x), DoubleColumn.create("y", y));
  }

  @Benchmark
  public String tenMillionRowTableToHtml() {
    return TableView.of(tenMillionRows).format("value", CellFormat.decimals(1).thousands()).html();
  }

  @Benchmark
  public String millionPointLineToPlotlyJson() {
    return chart().plotlyJson();
  }

  @Benchmark
  public byte[] millionPointLineToPng() {
    return chart().png();
  }

  private Chart chart() {
    return Charts.line(millionPoints, "x", "y").title("A million points");
  }
}

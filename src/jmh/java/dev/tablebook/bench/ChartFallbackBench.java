package dev.tablebook.bench;

import dev.tablebook.article.ArticleCharts;
import dev.tablebook.charts.Chart;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a chart's static images cost to draw, for the article charts the committed notebooks show:
 * the PNG every displayed chart now carries (so untrusted front ends draw it) next to the SVG it
 * already carried, and the vector PDF {@code chart.pdf()} writes for print. p50 is the median.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class ChartFallbackBench {
  @Param({"tradeTotals", "exportsVsImports", "crudeOilRanking", "russiaVsSaudiArabia", "delegationBySector", "timeline"})
  private String name;

  private Chart chart;

  @Setup
  public void chart() {
    chart = switch (name) {
      case "tradeTotals" -> ArticleCharts.tradeTotals();
      case "exportsVsImports" -> ArticleCharts.exportsVsImports();
      case "crudeOilRanking" -> ArticleCharts.crudeOilRanking(ArticleCharts.RECORD_YEAR);
      case "russiaVsSaudiArabia" -> ArticleCharts.russiaVsSaudiArabia();
      case "delegationBySector" -> ArticleCharts.delegationBySector();
      case "timeline" -> ArticleCharts.timeline();
      default -> throw new IllegalArgumentException("no article chart named " + name);
    };
  }

  @Benchmark
  public byte[] png() {
    return chart.png();
  }

  @Benchmark
  public String svg() {
    return chart.svg();
  }

  @Benchmark
  public byte[] pdf() {
    return chart.pdf();
  }
}

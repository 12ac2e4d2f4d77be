package dev.tablebook.charts;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Plotly;
import dev.tablebook.display.Renderers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what each of the article's charts costs in a notebook, per representation of its output
 * (bytes as the kernel sends them: compact JSON, SVG text, base64 PNG), before and after the Vega-Lite
 * spec joined the bundle. Run from {@code src/bench/BENCHMARKS.md}.
 */
final class ChartBundleSizes {
  private static final List<String> TYPES = List.of(Plotly.MIME_TYPE, ChartRenderer.VEGA_LITE, "image/svg+xml", "image/png");

  private ChartBundleSizes() {}

  public static void main(String[] args) {
    long[] totals = new long[TYPES.size()];
    System.out.println("| chart | Plotly JSON | Vega-Lite | SVG | PNG (base64) | before | after |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Chart> chart : ChartFixtures.article().entrySet()) {
      MimeBundle bundle = Renderers.global().render(chart.getValue());
      long[] sizes = new long[TYPES.size()];
      for (int i = 0; i < TYPES.size(); i++) {
        sizes[i] = bundle.get(TYPES.get(i)).orElseThrow().getBytes(StandardCharsets.UTF_8).length;
        totals[i] += sizes[i];
      }
      System.out.println(row(chart.getKey(), sizes));
    }
    System.out.println(row("total, " + ChartFixtures.article().size() + " charts", totals));
  }

  private static String row(String name, long[] sizes) {
    long before = sizes[0] + sizes[2] + sizes[3];
    long after = before + sizes[1];
    return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %,d (+%.1f%%) |", name, sizes[0], sizes[1], sizes[2],
        sizes[3], before, after, 100.0 * sizes[1] / before);
  }
}

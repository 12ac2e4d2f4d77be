package dev.tablebook.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the Vega-Lite spec of every test chart (every kind and the article's) into a folder, as {@code <name>.vl.json}. */
final class VegaLiteSpecs {
  private VegaLiteSpecs() {}

  static void write(Map<String, Chart> charts, String prefix, Path dir) throws IOException {
    for (Map.Entry<String, Chart> chart : charts.entrySet()) {
      chart.getValue().save(dir.resolve(prefix + chart.getKey() + ".vl.json"));
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/vegalite-specs"));
    write(ChartFixtures.everyKind(), "", dir);
    write(ChartFixtures.article(), "article_", dir);
    System.out.println(dir);
  }
}

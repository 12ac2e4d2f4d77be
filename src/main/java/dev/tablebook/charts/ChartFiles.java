package dev.tablebook.charts;

import dev.tablebook.display.Plotly;
import dev.tablebook.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Saves a chart in the format its file name ends with; every file is written whole or not at all. */
final class ChartFiles {
  private ChartFiles() {}

  static Path save(Chart chart, Path file) throws IOException {
    if (chart.table().rowCount() == 0) { // shown in a notebook it is an empty plot; saved, it is surely a mistake
      throw new IllegalArgumentException("Cannot save " + file.getFileName() + ": the chart has no rows to draw (table '"
          + chart.table().name() + "' is empty)");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.endsWith(".vl.json") ? ".vl.json" : name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    switch (extension) {
      case ".html", ".htm" -> {
        Path plotly = file.toAbsolutePath().resolveSibling(PlotlyJs.FILE_NAME);
        if (!Files.exists(plotly)) {
          try (InputStream in = Plotly.open()) {
            AtomicFiles.copy(in, plotly, true);
          }
        }
        write(file, chart.page(PlotlyJs.file(PlotlyJs.FILE_NAME)).getBytes(StandardCharsets.UTF_8));
      }
      case ".svg" -> write(file, chart.svg().getBytes(StandardCharsets.UTF_8));
      case ".png" -> write(file, chart.png());
      case ".pdf" -> write(file, chart.pdf());
      case ".json" -> write(file, (chart.plotlyJson() + "\n").getBytes(StandardCharsets.UTF_8));
      case ".vl.json" -> write(file, (chart.vegaLiteJson() + "\n").getBytes(StandardCharsets.UTF_8));
      default -> throw new IllegalArgumentException("Cannot tell the format of '" + file.getFileName()
          + "': name it .html, .svg, .png, .pdf, .json (Plotly) or .vl.json (Vega-Lite)");
    }
    return file;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    AtomicFiles.write(file, bytes, true);
  }
}

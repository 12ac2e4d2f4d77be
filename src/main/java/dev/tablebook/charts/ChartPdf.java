package dev.tablebook.charts;

import dev.tablebook.pdf.PdfPages;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws a chart's {@link StaticChart} as a one-page vector PDF: the same JFreeChart drawing as the SVG
 * and PNG, on a page of the chart's size with one pixel as one point, text in an embedded font.
 */
final class ChartPdf {
  private ChartPdf() {}

  static byte[] of(Chart chart) {
    int width = chart.options().width();
    int height = chart.options().height();
    try {
      return PdfPages.write(width, height, 1, (g2, page) -> StaticChart.of(chart).draw(g2, new Rectangle(0, 0, width, height)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.tablebook.charts;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart's {@link StaticChart} as SVG text, PNG bytes or a PDF ({@link ChartPdf}), headless, at the chart's size. Rotated
 * labels are drawn as text, not as glyph outlines (JFreeChart's workaround for a JDK 1.3 bug), so SVG
 * text stays searchable and files are about three times smaller. PNGs are deflated as hard as the
 * JDK's writer can (about 16% smaller than its default, for 10–20 ms more per chart), since every
 * chart shown in a notebook carries one (see {@link ChartRenderer}).
 */
final class ChartImages {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private ChartImages() {}

  static String svg(Chart chart) {
    JFreeChart jfree = StaticChart.of(chart);
    SVGGraphics2D g2 = new SVGGraphics2D(chart.options().width(), chart.options().height());
    // Ids unique to this chart (and the same for the same chart): a front end that puts several SVGs inline in one
    // page (the classic Notebook) resolves a clip path by id page-wide, so a shared prefix drew later charts wrong.
    g2.setDefsKeyPrefix("tablebook" + Integer.toHexString(chart.plotlyJson().hashCode()) + "-");
    jfree.draw(g2, new Rectangle(0, 0, chart.options().width(), chart.options().height()));
    return g2.getSVGDocument();
  }

  static byte[] pdf(Chart chart) {
    return ChartPdf.of(chart); // through this class, so rotated labels are text here too
  }

  static byte[] png(Chart chart) {
    int width = chart.options().width();
    int height = chart.options().height();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      StaticChart.of(chart).draw(g2, new Rectangle(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    return smallestPng(image);
  }

  private static byte[] smallestPng(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0f); // 0 = smallest file (deflate level 9)
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}

package dev.tablebook.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Makes a vector PDF from pages drawn with Java2D: each page is a {@link Graphics2D} whose units are PDF
 * points (1/72 inch), origin at the top left, y down. Text is written as real text in a sans-serif
 * TrueType font embedded as a subset (DejaVu Sans, Liberation Sans, Arial or Helvetica, whichever the
 * machine has, else PDFBox's bundled Liberation Sans), so it prints sharp and can be searched and copied;
 * a PDF made here never relies on an unembedded font. Draw text with {@link #font}, or any sans-serif
 * font, which is mapped to the same face.
 *
 * @since 0.6
 */
public final class PdfPages {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private PdfPages() {}

  /** Draws one page. */
  @FunctionalInterface
  public interface Drawing {
    /** Draws page {@code page} (from 0) on {@code g2}, which is the page's size. */
    void draw(Graphics2D g2, int page) throws IOException;
  }

  /** The PDF of {@code pages} pages of {@code width} × {@code height} points, each drawn by {@code drawing}. */
  public static byte[] write(float width, float height, int pages, Drawing drawing) throws IOException {
    if (pages < 1 || !(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("A PDF has at least one page of positive size: " + pages + " of " + width + " × " + height);
    }
    try (PDDocument document = new PDDocument()) {
      EmbeddedFontDrawer fonts = new EmbeddedFontDrawer(SansFonts.found());
      for (int p = 0; p < pages; p++) {
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, width, height);
        g2.setFontTextDrawer(fonts);
        try {
          drawing.draw(g2, p);
        } finally {
          g2.dispose();
        }
        PDFormXObject form = g2.getXFormObject();
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawForm(form);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** The embedded sans-serif face as a Java font of {@code size} points, plain or bold: measure with it and the PDF agrees. */
  public static Font font(boolean bold, float size) {
    return SansFonts.found().awt(bold, size);
  }
}

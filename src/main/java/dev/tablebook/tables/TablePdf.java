package dev.tablebook.tables;

import dev.tablebook.pdf.PdfPages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A view as a print-ready PDF, laid out by {@link PdfTableLayout}: the caption above, a bold header row
 * repeated on every page, numbers right-aligned, missing values grey, thin rules between rows, the shape
 * and source under the last row and "n / N" at the foot of each page.
 */
final class TablePdf {
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED = new Color(0x66, 0x66, 0x66);
  private static final Color MISSING = new Color(0x99, 0x99, 0x99);
  private static final Color RULE = new Color(0xdd, 0xdd, 0xdd);
  private static final Color HEADER_RULE = new Color(0x99, 0x99, 0x99);

  private TablePdf() {}

  static byte[] render(ShownCells cells) {
    PdfTableLayout layout = PdfTableLayout.of(cells);
    try {
      return PdfPages.write(layout.pageWidth, layout.pageHeight, layout.pages.size(), (g2, page) -> page(g2, layout, page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(Graphics2D g2, PdfTableLayout layout, int page) {
    float x = PdfTableLayout.MARGIN;
    float y = PdfTableLayout.MARGIN;
    if (page == 0) {
      y = lines(g2, layout.caption, layout.captionFont(), TEXT, x, y, (layout.size + 2) * 1.3f) + layout.padding;
    }
    y = row(g2, layout, layout.header, -1, x, y);
    rule(g2, x, y, layout.tableWidth(), 0.8f, HEADER_RULE);
    int[] rows = layout.pages.get(page);
    for (int r = rows[0]; r < rows[1]; r++) {
      y = row(g2, layout, layout.rows.get(r), r, x, y);
      rule(g2, x, y, layout.tableWidth(), 0.3f, RULE);
    }
    if (page == layout.pages.size() - 1) {
      lines(g2, layout.footer, layout.footerFont(), MUTED, x, y + layout.padding, layout.lineHeight);
    }
    String number = (page + 1) + " / " + layout.pages.size();
    g2.setFont(layout.footerFont());
    g2.setColor(MUTED);
    float width = PdfTableLayout.width(number, layout.footerFont());
    g2.drawString(number, (layout.pageWidth - width) / 2, layout.pageHeight - PdfTableLayout.MARGIN);
  }

  /** Draws one row (the header when {@code r} is -1, the gap row when {@code cells} is null); returns the y under it. */
  private static float row(Graphics2D g2, PdfTableLayout layout, List<List<String>> cells, int r, float x, float y) {
    float baseline = y + layout.padding / 2 + layout.size;
    if (cells == null) {
      String gap = layout.cells.gapText();
      g2.setFont(layout.plain);
      g2.setColor(MUTED);
      g2.drawString(gap, x + (layout.tableWidth() - PdfTableLayout.width(gap, layout.plain)) / 2, baseline);
      return y + layout.rowHeight(null);
    }
    Font font = r < 0 ? layout.bold : layout.plain;
    g2.setFont(font);
    float left = x;
    for (int c = 0; c < cells.size(); c++) {
      boolean missing = r >= 0 && layout.cells.missing.get(r)[c];
      boolean right = layout.cells.numeric.get(c) && !missing;
      g2.setColor(missing ? MISSING : TEXT);
      float lineY = baseline;
      for (String line : cells.get(c)) {
        float textX = right ? left + layout.widths[c] - layout.padding - PdfTableLayout.width(line, font) : left + layout.padding;
        if (!line.isEmpty()) {
          g2.setFont(PdfTableLayout.fontFor(line, font));
          g2.drawString(line, textX, lineY);
        }
        lineY += layout.lineHeight;
      }
      left += layout.widths[c];
    }
    return y + layout.rowHeight(cells);
  }

  private static float lines(Graphics2D g2, List<String> lines, Font font, Color color, float x, float y, float lineHeight) {
    g2.setFont(font);
    g2.setColor(color);
    float baseline = y + font.getSize2D();
    for (String line : lines) {
      if (!line.isEmpty()) {
        g2.setFont(PdfTableLayout.fontFor(line, font));
        g2.drawString(line, x, baseline);
      }
      baseline += lineHeight;
    }
    return y + lines.size() * lineHeight;
  }

  private static void rule(Graphics2D g2, float x, float y, float width, float thickness, Color color) {
    g2.setColor(color);
    g2.setStroke(new BasicStroke(thickness));
    g2.draw(new Line2D.Float(x, y, x + width, y));
  }
}

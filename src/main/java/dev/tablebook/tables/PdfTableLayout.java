package dev.tablebook.tables;

import dev.tablebook.pdf.PdfPages;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a view's cells go on A4 pages: portrait when the columns fit, else landscape; the font shrunk
 * from {@value #LARGEST} down to {@value #SMALLEST} points until they fit; if they still do not, the
 * widest columns are narrowed and their text wraps (a word longer than its column breaks between
 * letters; a cell shows at most {@value #MAX_LINES} lines, the last ending in "…"). Rows are then cut into
 * pages, each starting with the header row; a row is never split.
 */
final class PdfTableLayout {
  static final float A4_WIDTH = 595.28f;
  static final float A4_HEIGHT = 841.89f;
  static final float MARGIN = 36;
  static final float LARGEST = 9;
  static final float SMALLEST = 6;
  /** The most lines a cell shows: 20 lines fit a landscape page at the largest font with room to spare. */
  static final int MAX_LINES = 20;
  /** Room at the bottom for "n / N". */
  static final float PAGE_NUMBER_ROOM = 20;
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  final ShownCells cells;
  final float pageWidth;
  final float pageHeight;
  final float size;
  final Font plain;
  final Font bold;
  final float[] widths;
  final float padding;
  final float lineHeight;
  final List<String> caption;
  final List<String> footer;
  final List<List<String>> header;
  /** Each row's lines per cell; the gap row is null. */
  final List<List<List<String>>> rows = new ArrayList<>();
  /** The rows on each page, as [first, end) indexes into {@link #rows}. */
  final List<int[]> pages = new ArrayList<>();

  private PdfTableLayout(ShownCells cells, boolean landscape, float size, float[] natural) {
    this.cells = cells;
    this.pageWidth = landscape ? A4_HEIGHT : A4_WIDTH;
    this.pageHeight = landscape ? A4_WIDTH : A4_HEIGHT;
    this.size = size;
    this.plain = PdfPages.font(false, size);
    this.bold = PdfPages.font(true, size);
    this.padding = size * 0.45f;
    this.lineHeight = size * 1.3f;
    this.widths = fit(natural, contentWidth(), padding, plain);
    this.caption = cells.hasCaption() ? wrap(oneLine(cells.caption), captionFont(), contentWidth()) : List.of();
    this.footer = wrap(oneLine(cells.footer()), footerFont(), contentWidth());
    this.header = lines(cells.headers.toArray(new String[0]), bold);
    for (String[] row : cells.rows) {
      rows.add(row == null ? null : lines(row, plain));
    }
    paginate();
  }

  static PdfTableLayout of(ShownCells cells) {
    for (boolean landscape : new boolean[] {false, true}) {
      float width = (landscape ? A4_HEIGHT : A4_WIDTH) - 2 * MARGIN;
      for (float size = LARGEST; size >= SMALLEST; size -= 0.5f) {
        if (landscape || size == LARGEST) {
          float[] natural = natural(cells, size);
          if (sum(natural) <= width) {
            return new PdfTableLayout(cells, landscape, size, natural);
          }
        }
      }
    }
    return new PdfTableLayout(cells, true, SMALLEST, natural(cells, SMALLEST));
  }

  float contentWidth() {
    return pageWidth - 2 * MARGIN;
  }

  float tableWidth() {
    return sum(widths);
  }

  Font captionFont() {
    return bold.deriveFont(size + 2);
  }

  Font footerFont() {
    return plain.deriveFont(size - 0.5f);
  }

  float rowHeight(List<List<String>> row) {
    if (row == null) {
      return lineHeight + padding;
    }
    int lines = 1;
    for (List<String> cell : row) {
      lines = Math.max(lines, cell.size());
    }
    return lines * lineHeight + padding;
  }

  float captionHeight() {
    return caption.isEmpty() ? 0 : caption.size() * (size + 2) * 1.3f + padding;
  }

  float footerHeight() {
    return padding + footer.size() * lineHeight;
  }

  private void paginate() {
    float bottom = pageHeight - MARGIN - PAGE_NUMBER_ROOM;
    float top = MARGIN + captionHeight() + rowHeight(header);
    float y = top;
    int first = 0;
    for (int r = 0; r < rows.size(); r++) {
      float height = rowHeight(rows.get(r));
      if (y + height > bottom && r > first) {
        pages.add(new int[] {first, r});
        first = r;
        y = MARGIN + rowHeight(header);
      }
      y += height;
    }
    if (y + footerHeight() <= bottom) {
      pages.add(new int[] {first, rows.size()});
    } else if (rows.size() - first > 1) {
      pages.add(new int[] {first, rows.size() - 1}); // the last row goes over with the footer, so no page is footer alone
      pages.add(new int[] {rows.size() - 1, rows.size()});
    } else {
      pages.add(new int[] {first, rows.size()});
      pages.add(new int[] {rows.size(), rows.size()});
    }
  }

  /** Each cell's lines, at most {@value #MAX_LINES} (the last then ends in "…"), so a row always fits on a page. */
  private List<List<String>> lines(String[] row, Font font) {
    List<List<String>> lines = new ArrayList<>(row.length);
    for (int c = 0; c < row.length; c++) {
      List<String> wrapped = wrap(oneLine(row[c]), font, widths[c] - 2 * padding);
      if (wrapped.size() > MAX_LINES) {
        wrapped = new ArrayList<>(wrapped.subList(0, MAX_LINES));
        String last = wrapped.get(MAX_LINES - 1);
        wrapped.set(MAX_LINES - 1, (last.isEmpty() ? "" : last.substring(0, last.length() - 1)) + "…");
      }
      lines.add(wrapped);
    }
    return lines;
  }

  /** The widths of the columns with nothing wrapped: the widest cell, bold header included, plus padding. */
  private static float[] natural(ShownCells cells, float size) {
    Font plain = PdfPages.font(false, size);
    Font bold = PdfPages.font(true, size);
    float padding = size * 0.45f;
    float[] widths = new float[cells.columnCount()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(oneLine(cells.headers.get(c)), bold);
    }
    for (String[] row : cells.rows) {
      for (int c = 0; row != null && c < widths.length; c++) {
        widths[c] = Math.max(widths[c], width(oneLine(row[c]), plain));
      }
    }
    for (int c = 0; c < widths.length; c++) {
      widths[c] += 2 * padding;
    }
    return widths;
  }

  /** Narrows the widest columns to one cap, the largest that makes them all fit, but never below a letter's width. */
  private static float[] fit(float[] natural, float available, float padding, Font font) {
    float[] widths = natural.clone();
    if (sum(widths) <= available) {
      return widths;
    }
    float narrowest = width("W", font) + 2 * padding; // the widest letter: a column shows at least one
    float low = narrowest;
    float high = max(natural);
    for (int i = 0; i < 40; i++) {
      float cap = (low + high) / 2;
      if (capped(natural, cap) <= available) {
        low = cap;
      } else {
        high = cap;
      }
    }
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.min(natural[c], low);
    }
    return widths;
  }

  private static float capped(float[] natural, float cap) {
    float total = 0;
    for (float w : natural) {
      total += Math.min(w, cap);
    }
    return total;
  }

  /** {@code text} in lines no wider than {@code width}: broken at spaces, a longer word between letters. */
  static List<String> wrap(String text, Font font, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, font) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      int start = 0;
      while (start < word.length()) {
        int end = start + Character.charCount(word.codePointAt(start));
        while (end < word.length() && width(word.substring(start, end + Character.charCount(word.codePointAt(end))), font) <= width) {
          end += Character.charCount(word.codePointAt(end));
        }
        if (end == word.length()) {
          line.append(word, start, end);
        } else {
          lines.add(word.substring(start, end));
        }
        start = end;
      }
    }
    lines.add(line.toString());
    return lines;
  }

  static float width(String text, Font font) {
    return (float) fontFor(text, font).getStringBounds(text, FRC).getWidth();
  }

  /**
   * The embedded face when it has every glyph of {@code text}; else the JVM's sans-serif of the same style and size,
   * whose fallback fonts have them (CJK, say): the PDF then draws that text as outlines, shaped right, not as boxes.
   */
  static Font fontFor(String text, Font font) {
    return font.canDisplayUpTo(text) == -1 ? font : new Font(Font.SANS_SERIF, font.getStyle(), 1).deriveFont(font.getSize2D());
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static float sum(float[] values) {
    float total = 0;
    for (float v : values) {
      total += v;
    }
    return total;
  }

  private static float max(float[] values) {
    float most = 0;
    for (float v : values) {
      most = Math.max(most, v);
    }
    return most;
  }
}

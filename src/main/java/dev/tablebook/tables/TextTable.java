package dev.tablebook.tables;

/**
 * Aligned plain text: the caption, a header, a rule, numbers right-aligned, a "… N more rows …"
 * line at the gap, then the shape and source.
 */
final class TextTable {
  private TextTable() {}

  static String render(ShownCells cells) {
    int columns = cells.columnCount();
    int[] widths = new int[columns];
    String[] header = cells.headers.toArray(new String[0]);
    for (String[] row : cells.rows) {
      measure(row == null ? header : row, widths);
    }
    measure(header, widths);
    StringBuilder out = new StringBuilder();
    if (cells.hasCaption()) {
      out.append(oneLine(cells.caption)).append('\n');
    }
    line(out, header, widths, null);
    for (int c = 0; c < columns; c++) {
      out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.append('\n');
    for (String[] row : cells.rows) {
      if (row == null) {
        out.append(cells.gapText()).append('\n');
      } else {
        line(out, row, widths, cells);
      }
    }
    return out.append(oneLine(cells.footer())).append('\n').toString();
  }

  private static void measure(String[] row, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(widths[c], width(oneLine(row[c])));
    }
  }

  private static void line(StringBuilder out, String[] row, int[] widths, ShownCells alignment) {
    for (int c = 0; c < widths.length; c++) {
      String cell = oneLine(row[c]);
      boolean right = alignment != null && alignment.numeric.get(c);
      String padding = " ".repeat(widths[c] - width(cell));
      out.append(c == 0 ? "" : "  ").append(right ? padding + cell : cell + (c == widths.length - 1 ? "" : padding));
    }
    out.append('\n');
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}

package dev.tablebook.tables;

import tech.tablesaw.api.Table;

/** Aligned plain text: a header, a rule, numbers right-aligned, then "R rows × C columns". */
final class TextTable {
  private TextTable() {}

  static String render(Table table) {
    return render(table, RowWindow.of(table.rowCount(), table.rowCount(), 0));
  }

  /** Only the rows of {@code window}, with a "… N more rows …" line at the gap. */
  static String render(Table table, RowWindow window) {
    int columns = table.columnCount();
    String[][] cells = new String[window.shown() + 1][];
    cells[0] = table.columnNames().toArray(new String[0]);
    int[] widths = new int[columns];
    for (int i = 0; i < window.shown(); i++) {
      cells[i + 1] = CellText.row(table, window.row(i));
    }
    for (String[] row : cells) {
      for (int c = 0; c < columns; c++) {
        row[c] = row[c].replace('\n', ' ');
        widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < cells.length; r++) {
      if (window.hasGap() && r == window.head() + 1) {
        out.append(String.format(java.util.Locale.ROOT, "… %,d more rows …\n", window.hidden()));
      }
      for (int c = 0; c < columns; c++) {
        boolean right = r > 0 && CellText.isNumeric(table.column(c));
        String cell = cells[r][c];
        String padding = " ".repeat(widths[c] - cell.codePointCount(0, cell.length()));
        out.append(c == 0 ? "" : "  ").append(right ? padding + cell : cell + (c == columns - 1 ? "" : padding));
      }
      out.append('\n');
      if (r == 0) {
        for (int c = 0; c < columns; c++) {
          out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.append('\n');
      }
    }
    return out.append(Shape.of(table)).append('\n').toString();
  }
}

package dev.tablebook.tables;

import tech.tablesaw.api.Table;

/** RFC 4180 CSV: a header row, fields quoted only when they hold a comma, quote or line break. */
final class CsvTable {
  private CsvTable() {}

  static String render(Table table) {
    StringBuilder out = new StringBuilder();
    line(out, table.columnNames().toArray(new String[0]));
    for (int r = 0; r < table.rowCount(); r++) {
      line(out, CellText.row(table, r));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells) {
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
      out.append(c == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    out.append('\n');
  }
}

package dev.tablebook.tables;

import tech.tablesaw.api.Table;

/** A GitHub-flavoured Markdown table, numbers right-aligned, pipes and line breaks escaped. */
final class MarkdownTable {
  private MarkdownTable() {}

  static String render(Table table) {
    StringBuilder out = new StringBuilder("|");
    for (String name : table.columnNames()) {
      out.append(' ').append(escape(name)).append(" |");
    }
    out.append("\n|");
    for (int c = 0; c < table.columnCount(); c++) {
      out.append(CellText.isNumeric(table.column(c)) ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (int r = 0; r < table.rowCount(); r++) {
      out.append('|');
      for (String cell : CellText.row(table, r)) {
        out.append(' ').append(escape(cell)).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Escapes what Markdown would read as table syntax or markup, and HTML. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '_' -> out.append(insideWord(text, i) ? "_" : "\\_");
        case '|', '\\', '*', '`', '[', ']' -> out.append('\\').append(ch);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append("<br>");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** GFM never reads an underscore between two letters or digits as emphasis. */
  private static boolean insideWord(String text, int i) {
    return i > 0 && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
  }
}

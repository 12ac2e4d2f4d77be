package dev.tablebook.tables;

/**
 * A GitHub-flavoured Markdown table, numbers right-aligned, pipes, markup and line breaks escaped;
 * with notes, the caption in bold above it and the shape and source under it.
 */
final class MarkdownTable {
  private MarkdownTable() {}

  static String render(ShownCells cells) {
    return render(cells, true);
  }

  static String render(ShownCells cells, boolean withNotes) {
    StringBuilder out = new StringBuilder();
    if (withNotes && cells.hasCaption()) {
      out.append("**").append(escape(cells.caption)).append("**\n\n");
    }
    out.append('|');
    for (String header : cells.headers) {
      out.append(' ').append(escape(header)).append(" |");
    }
    out.append("\n|");
    for (boolean numeric : cells.numeric) {
      out.append(numeric ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (int r = 0; r < cells.rows.size(); r++) {
      String[] row = cells.rows.get(r);
      out.append('|');
      for (int c = 0; c < cells.columnCount(); c++) {
        String text = row == null ? (c == 0 ? cells.gapText() : "") : escape(row[c]);
        boolean missing = row != null && cells.missing.get(r)[c];
        out.append(' ').append(missing ? "*" + text + "*" : text).append(" |");
      }
      out.append('\n');
    }
    if (withNotes) {
      out.append('\n').append(escape(cells.footer())).append('\n');
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

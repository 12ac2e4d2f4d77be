package dev.tablebook.tables;

import tech.tablesaw.api.Table;

/**
 * A table as a self-contained HTML {@code <table>}: escaped text, numbers right-aligned, missing
 * values marked, a "… N more rows …" row between head and tail, and an "R rows × C columns" line.
 */
final class HtmlTable {
  private static final String STYLE = "<style>"
      + "table.tablebook{border-collapse:collapse;font:13px/1.4 system-ui,sans-serif}"
      + "table.tablebook th,table.tablebook td{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
      + "table.tablebook th{border-bottom:2px solid #999}"
      + "table.tablebook td.num{text-align:right;font-variant-numeric:tabular-nums}"
      + "table.tablebook td.missing{color:#999}"
      + "table.tablebook tr.gap td{text-align:center;color:#777;font-style:italic}"
      + "table.tablebook caption{caption-side:bottom;text-align:left;color:#666;padding-top:4px}"
      + "</style>";

  private HtmlTable() {}

  static String render(Table table, RowWindow window) {
    StringBuilder html = new StringBuilder(STYLE).append("<table class=\"tablebook\">");
    html.append("<caption>").append(escape(table.name() == null ? "" : table.name() + ": "))
        .append(Shape.of(table)).append("</caption><thead><tr>");
    for (String name : table.columnNames()) {
      html.append("<th>").append(escape(name)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (int i = 0; i < window.shown(); i++) {
      if (window.hasGap() && i == window.head()) {
        html.append("<tr class=\"gap\"><td colspan=\"").append(table.columnCount()).append("\">… ")
            .append(String.format(java.util.Locale.ROOT, "%,d", window.hidden())).append(" more rows …</td></tr>");
      }
      int row = window.row(i);
      html.append("<tr>");
      for (int c = 0; c < table.columnCount(); c++) {
        boolean missing = table.column(c).isMissing(row);
        String css = missing ? " class=\"missing\"" : CellText.isNumeric(table.column(c)) ? " class=\"num\"" : "";
        html.append("<td").append(css).append('>').append(escape(CellText.of(table.column(c), row))).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

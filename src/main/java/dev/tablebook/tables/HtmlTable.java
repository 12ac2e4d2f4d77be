package dev.tablebook.tables;

import dev.tablebook.display.Html;

/**
 * A view as a self-contained HTML {@code <table>}: escaped text, numbers right-aligned, missing
 * values marked, a "… N more rows …" row between head and tail, the caption above and the shape and
 * source in the footer.
 */
final class HtmlTable {
  private static final String STYLE = "<style>"
      + "table.tablebook{border-collapse:collapse;font:13px/1.4 system-ui,sans-serif}"
      + "table.tablebook th,table.tablebook td{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
      + "table.tablebook th{border-bottom:2px solid #999}"
      + "table.tablebook th.num,table.tablebook td.num{text-align:right;font-variant-numeric:tabular-nums}"
      + "table.tablebook td.missing{color:#999;font-style:italic}"
      + "table.tablebook tr.gap td{text-align:center;color:#777;font-style:italic}"
      + "table.tablebook caption{caption-side:top;text-align:left;font-weight:600;padding-bottom:4px}"
      + "table.tablebook tfoot td{border-bottom:none;color:#666;font-size:12px}"
      + "</style>";

  private HtmlTable() {}

  static String render(ShownCells cells) {
    StringBuilder html = new StringBuilder(STYLE).append("<table class=\"tablebook\">");
    if (cells.hasCaption()) {
      html.append("<caption>").append(Html.escape(cells.caption)).append("</caption>");
    }
    html.append("<thead><tr>");
    for (int c = 0; c < cells.columnCount(); c++) {
      html.append(cells.numeric.get(c) ? "<th class=\"num\">" : "<th>").append(Html.escape(cells.headers.get(c))).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (int r = 0; r < cells.rows.size(); r++) {
      String[] row = cells.rows.get(r);
      if (row == null) {
        html.append("<tr class=\"gap\"><td colspan=\"").append(cells.columnCount()).append("\">")
            .append(cells.gapText()).append("</td></tr>");
        continue;
      }
      html.append("<tr>");
      for (int c = 0; c < row.length; c++) {
        String css = cells.missing.get(r)[c] ? " class=\"missing\"" : cells.numeric.get(c) ? " class=\"num\"" : "";
        html.append("<td").append(css).append('>').append(Html.escape(row[c])).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody><tfoot><tr><td colspan=\"").append(cells.columnCount()).append("\">")
        .append(Html.escape(cells.footer())).append("</td></tr></tfoot>");
    return html.append("</table>").toString();
  }
}

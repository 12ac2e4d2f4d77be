package dev.tablebook.charts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A chart as HTML: a div and a script calling {@code Plotly.newPlot} with the figure's JSON. The
 * div's id comes from a hash of the figure, so the same chart gives the same HTML; the JSON is made
 * safe to embed in a script element.
 */
final class ChartHtml {
  private ChartHtml() {}

  static String fragment(Chart chart, PlotlyJs plotlyJs) {
    String json = chart.plotlyJson();
    String id = "tablebook-chart-" + hash(json);
    return plotlyJs.scriptTag()
        + "<div id=\"" + id + "\" class=\"tablebook-chart\" style=\"width:100%;max-width:" + chart.options().width()
        + "px;height:" + chart.options().height() + "px\"></div>"
        + "<script>(function(){var f=" + scriptSafe(json) + ";"
        + "Plotly.newPlot(\"" + id + "\",f.data,f.layout,{responsive:true,displaylogo:false});})();</script>";
  }

  static String page(Chart chart, PlotlyJs plotlyJs) {
    String title = chart.options().title() == null ? "Chart" : chart.options().title();
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escapeText(title) + "</title>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
        + "<body style=\"margin:16px;font-family:sans-serif\">" + fragment(chart, plotlyJs) + "</body></html>\n";
  }

  /** JSON that cannot end a script element or open an HTML comment inside it. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  static String escapeText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String escapeAttribute(String text) {
    return escapeText(text).replace("\"", "&quot;").replace("'", "&#39;");
  }

  /** The first 12 hex digits of the SHA-256 of {@code text}: a stable id. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

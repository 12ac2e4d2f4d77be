package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.display.MarkdownHtml;
import dev.tablebook.display.Plotly;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A notebook's cells as report HTML, for a page of the report on screen and for print alike: Markdown as
 * {@link MarkdownHtml} renders it, code unless left out, and every output under the page's {@link PagePolicy}.
 * For print, a chart wider than the page is scaled down to its width, keeping its proportions.
 */
final class NotebookHtml {
  static final String PLOTLY_MIME = Plotly.MIME_TYPE;
  private static final String WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";
  private static final Pattern META = Pattern.compile("<meta", Pattern.CASE_INSENSITIVE); // as the HTML tokenizer: ASCII case
  private static final List<String> IMAGES = List.of("image/png", "image/jpeg", "image/gif");

  private final boolean showCode;
  private final int maxChartWidth;
  private int plotCount;
  /** The widgets saved in the notebook being written. */
  private SavedWidgets widgets = SavedWidgets.of(JupyterJson.MAPPER.createObjectNode());

  /**
   * @param maxChartWidth the widest a chart may be drawn, in CSS pixels; 0 for the width its figure asks
   */
  NotebookHtml(boolean showCode, int maxChartWidth) {
    this.showCode = showCode;
    this.maxChartWidth = maxChartWidth;
  }

  /** Whether the notebook has Plotly charts, which need the page to load plotly.js. */
  static boolean hasCharts(Notebook notebook) {
    return notebook.toJson().contains(PLOTLY_MIME);
  }

  /** The notebook's cells; chart ids stay unique across every notebook this writes. */
  String cells(Notebook notebook, PagePolicy policy) {
    widgets = SavedWidgets.of(notebook.metadata());
    StringBuilder html = new StringBuilder();
    for (Notebook.Cell cell : notebook.cells()) {
      switch (cell.type()) {
        case "markdown" -> html.append(MarkdownHtml.render(cell.source()));
        case "code" -> {
          if (showCode) {
            html.append("<pre class=\"code\"><code>").append(escape(cell.source())).append("</code></pre>");
          }
          html.append("<div class=\"output\">");
          for (JsonNode output : cell.outputs()) {
            html.append(output(output, policy));
          }
          html.append("</div>");
        }
        default -> html.append("<pre>").append(escape(cell.source())).append("</pre>");
      }
    }
    return html.toString();
  }

  private String output(JsonNode output, PagePolicy policy) {
    String type = output.path("output_type").asText();
    if (type.equals("stream")) {
      String name = output.path("name").asText();
      return "<pre class=\"" + escape(name) + "\">" + escape(text(output.path("text"))) + "</pre>";
    }
    if (type.equals("error")) {
      return "<pre class=\"error\">" + escape(text(output.path("traceback"), "\n")) + "</pre>";
    }
    JsonNode data = output.path("data");
    Optional<String> widget = widgets.html(data.path(WIDGET_VIEW).path("model_id").asText(""), o -> output(o, policy));
    if (widget.isPresent()) { // as the run left it; its HTML as any HTML output's
      return META.matcher(widget.get()).replaceAll("&lt;meta");
    }
    if (data.has(PLOTLY_MIME)) {
      String id = "plot-" + (++plotCount);
      JsonNode figure = data.path(PLOTLY_MIME);
      return "<div id=\"" + id + "\" class=\"plotly-chart\"></div>" + policy.inlineScript(PagePolicy.DRAW + "("
          + safeJson(figure.path("data")) + ", " + safeJson(fitted(figure.path("layout"))) + ");");
    }
    if (data.has("text/html")) {
      return META.matcher(text(data.path("text/html"))).replaceAll("&lt;meta");
    }
    if (data.has("image/svg+xml")) { // as an image, whose scripts never run
      byte[] svg = text(data.path("image/svg+xml")).getBytes(StandardCharsets.UTF_8);
      return "<img alt=\"output\" src=\"data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg) + "\">";
    }
    for (String image : IMAGES) {
      if (data.has(image)) {
        return "<img alt=\"output\" src=\"data:" + image + ";base64," + escape(text(data.path(image)).replace("\n", "")) + "\">";
      }
    }
    if (data.has("text/markdown")) {
      return MarkdownHtml.render(text(data.path("text/markdown")));
    }
    return "<pre>" + escape(text(data.path("text/plain"))) + "</pre>";
  }

  /** The layout, scaled down to the widest a chart may be, height in proportion. */
  private JsonNode fitted(JsonNode layout) {
    int width = layout.path("width").asInt(0);
    if (maxChartWidth == 0 || !layout.isObject() || width <= maxChartWidth) {
      return layout;
    }
    ObjectNode copy = ((ObjectNode) layout).deepCopy();
    copy.put("width", maxChartWidth);
    if (layout.path("height").isNumber()) {
      copy.put("height", Math.round(layout.path("height").asDouble() * maxChartWidth / width));
    }
    return copy;
  }

  static String text(JsonNode value) {
    return text(value, "");
  }

  private static String text(JsonNode value, String separator) {
    if (value.isTextual()) {
      return value.asText();
    }
    List<String> parts = new ArrayList<>();
    value.forEach(part -> parts.add(part.asText()));
    return String.join(separator, parts);
  }

  /** JSON that is safe inside a script element: no "</script>" can end it early. */
  private static String safeJson(JsonNode json) {
    return json.toString().replace("<", "\\u003c");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

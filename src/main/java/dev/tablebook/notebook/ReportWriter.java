package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tablebook.display.MarkdownHtml;
import dev.tablebook.display.Plotly;
import dev.tablebook.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes an HTML report of executed notebooks: one page per notebook and an index. Markdown cells are
 * rendered as {@link MarkdownHtml} renders Markdown (raw HTML in them shown as text, unsafe URLs dropped),
 * code shown unless asked not to, every output embedded; charts are drawn by a copy of plotly.js written once
 * into the report folder, so the report opens offline. A notebook may come from anyone: every page carries a
 * Content-Security-Policy ({@link PagePolicy}) under which only the report's own scripts run, named by hash (no
 * script file an output points at, wherever it lies), HTML outputs cannot redirect the page ({@code <meta>} is
 * shown as text), and images (SVG too) are embedded as images.
 *
 * @since 0.1
 */
public final class ReportWriter {
  /** The plotly.js file name in the report folder. */
  public static final String PLOTLY = "plotly.js";
  private static final String INDEX = "index.html";
  private static final String PLOTLY_MIME = Plotly.MIME_TYPE;
  private static final String WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";
  private static final Pattern META = Pattern.compile("<meta", Pattern.CASE_INSENSITIVE); // as the HTML tokenizer: ASCII case
  private static final List<String> IMAGES = List.of("image/png", "image/jpeg", "image/gif");
  private static final String STYLE = "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;"
      + "padding:0 1em;color:#222}pre{background:#f6f8fa;padding:.6em;overflow:auto;font-size:13px}"
      + "pre.code{border-left:3px solid #1f4e79}pre.stderr{background:#fff4e5}pre.error{background:#fdecea;color:#8a1c1c}"
      + ".output{margin:.3em 0 1.2em}.output pre{white-space:pre-wrap;overflow-wrap:anywhere}"
      + ".cell-label,.path,.cached{color:#888;font-size:12px}</style>";

  private final Path out;
  private final boolean showCode;
  private boolean plotlyWritten;
  private int plotCount;
  /** The widgets saved in the notebook being written. */
  private SavedWidgets widgets = SavedWidgets.of(JupyterJson.MAPPER.createObjectNode());

  public ReportWriter(Path out, boolean showCode) {
    this.out = out;
    this.showCode = showCode;
  }

  /**
   * Writes a page for each notebook and index.html, which lists them in the order given; returns the index.
   * A page is named after its notebook's file ({@code a.ipynb}: {@code a.html}); when that name is taken,
   * ignoring case and Unicode normalisation, by index.html or by an earlier notebook of the same name from another folder, it is the
   * first free of {@code a-2.html}, {@code a-3.html}, … So no page overwrites another, and the index names
   * the file of each notebook whose file name is shared.
   */
  public Path write(List<Path> notebooks) throws IOException, NotebookFormatException {
    Files.createDirectories(out);
    PageNames names = new PageNames(INDEX, PLOTLY);
    Map<String, Integer> sameName = new HashMap<>();
    notebooks.forEach(file -> sameName.merge(PageNames.key(file.getFileName().toString()), 1, Integer::sum));
    List<String[]> entries = new ArrayList<>();
    for (Path file : notebooks) {
      Notebook notebook = Notebook.read(file);
      String page = names.pageFor(file.getFileName().toString());
      String title = title(notebook, file);
      writeAtomically(out.resolve(page), page(notebook, title));
      String where = sameName.get(PageNames.key(file.getFileName().toString())) > 1 ? file.toString().replace('\\', '/') : null;
      entries.add(new String[] {page, title + (notebook.metadata().has(ExecutionCache.MARK) ? " (from the cache)" : ""), where});
    }
    StringBuilder index = new StringBuilder(head("Notebooks", new PagePolicy())).append("<h1>Notebooks</h1>")
        .append(entries.isEmpty() ? "<p>No notebooks yet.</p>" : "").append("<ul>");
    for (String[] entry : entries) {
      index.append("<li><a href=\"").append(escape(PageNames.href(entry[0]))).append("\">").append(escape(entry[1])).append("</a>");
      if (entry[2] != null) {
        index.append(" <span class=\"path\">").append(escape(entry[2])).append("</span>");
      }
      index.append("</li>");
    }
    Path indexFile = out.resolve(INDEX);
    writeAtomically(indexFile, index.append("</ul></body></html>\n").toString());
    return indexFile;
  }

  private String page(Notebook notebook, String title) throws IOException {
    PagePolicy policy = new PagePolicy();
    widgets = SavedWidgets.of(notebook.metadata());
    StringBuilder html = new StringBuilder();
    boolean plots = notebook.toJson().contains(PLOTLY_MIME);
    if (plots) {
      writePlotly();
      html.append(policy.plotlyLoader(PLOTLY));
    }
    html.append("<p><a href=\"" + INDEX + "\">All notebooks</a></p>");
    html.append(cacheNote(notebook));
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
    return head(title, policy) + html.append("</body></html>\n");
  }

  /** A line saying that the outputs came from the execution cache, when they did. */
  private static String cacheNote(Notebook notebook) {
    JsonNode mark = notebook.metadata().path(ExecutionCache.MARK);
    return mark.isObject() ? "<p class=\"cached\">Outputs from the execution cache: executed " + escape(mark.path("ran").asText())
        + "; its code, parameters, Tablebook, the JDK and the files it reads are unchanged since.</p>" : "";
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
          + safeJson(figure.path("data")) + ", " + safeJson(figure.path("layout")) + ");");
    }
    if (data.has("text/html")) {
      return META.matcher(text(data.path("text/html"))).replaceAll("&lt;meta");
    }
    if (data.has("image/svg+xml")) { // as an image, whose scripts never run
      byte[] svg = text(data.path("image/svg+xml")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return "<img alt=\"output\" src=\"data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(svg) + "\">";
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

  private void writePlotly() throws IOException {
    if (plotlyWritten) {
      return;
    }
    try (InputStream in = Plotly.open()) {
      AtomicFiles.copy(in, out.resolve(PLOTLY), true);
    }
    plotlyWritten = true;
  }

  private static String title(Notebook notebook, Path file) {
    for (Notebook.Cell cell : notebook.cells()) {
      if (cell.type().equals("markdown")) {
        for (String line : cell.source().split("\n")) {
          if (line.startsWith("# ")) {
            return line.substring(2).strip();
          }
        }
      }
    }
    return file.getFileName().toString();
  }

  private static String head(String title, PagePolicy policy) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + policy.meta() + "<title>" + escape(title)
        + "</title>" + STYLE + "</head><body>";
  }

  private static String text(JsonNode value) {
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

  private static void writeAtomically(Path target, String text) throws IOException {
    AtomicFiles.write(target, text, true); // reports are for sharing
  }
}

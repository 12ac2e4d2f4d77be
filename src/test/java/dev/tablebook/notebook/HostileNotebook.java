package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * A notebook from someone who wants its report to run their code: every way in that a Markdown cell or
 * an output offers, script files too (one beside the page, one in another folder, one by absolute
 * {@code file://} URL: {@link #writeScripts} puts them there). Each attempt, if it ran, would set
 * {@code data-pwned-*} on the page's root element or change its title to the word {@link #MARK} (which the
 * notebook spells only in pieces), or take the page to {@code redirected.html}. One chart, which must still draw.
 */
public final class HostileNotebook {
  /** The title of the page; an attempt that ran would replace it. */
  public static final String TITLE = "Hostile";
  /** What an attempt that ran writes into the page. */
  public static final String MARK = "PWNED";
  /** The inline {@code <script>} elements the outputs bring (none may run). */
  public static final int INJECTED_SCRIPTS = 2;
  /** The {@code <script src>} elements an output brings, of files {@link #writeScripts} writes (none may run). */
  public static final int SCRIPT_FILES = 3;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SET = "document.documentElement.dataset.pwned";
  private static final String TITLE_SET = "document.title='PW'+'NED'";

  private HostileNotebook() {}

  static String markdown() {
    return "# " + TITLE + "\n\n"
        + "[link](javascript:" + TITLE_SET + ") [upper](JaVaScRiPt:" + TITLE_SET + ") [vb](vbscript:msgbox)"
        + " ![img](javascript:" + TITLE_SET + ") [ok](https://example.org/a?b=1)\n\n"
        + "<a href=\"javascript:" + TITLE_SET + "\">raw link</a> <script>" + SET + "Markdown=1</script>"
        + " <img src=x onerror=\"" + SET + "MarkdownImg=1\">\n";
  }

  static String html() {
    return "<p>table</p><script>" + SET + "Script=1;" + TITLE_SET + "</script>"
        + "<img src=\"x\" onerror=\"" + SET + "Onerror=1\"><svg onload=\"" + SET + "SvgOnload=1\"></svg>"
        + "<a id=\"js\" href=\"javascript:" + SET + "Href=1\">js</a>"
        + "<iframe src=\"javascript:parent." + SET + "Frame=1\"></iframe>"
        + "<META http-equiv=\"refresh\" content=\"0;url=redirected.html\">"
        + "<img src=\"https://example.org/tracker.png\"><form action=\"https://example.org/\"><button>go</button></form>";
  }

  static String svg() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"" + SET + "Svg=1\" width=\"10\" height=\"10\">"
        + "<script>" + SET + "SvgScript=1</script><rect width=\"10\" height=\"10\"/></svg>";
  }

  /** Script elements loading a file beside the report's page, one in a folder beside the report's, and one by absolute URL. */
  static String scriptFiles(Path notebook) {
    return "<p>scripts</p><script src=\"evil.js\"></script><script src=\"../x/evil.js\"></script>"
        + "<script src=\"" + absoluteScript(notebook).toUri() + "\"></script>";
  }

  private static Path absoluteScript(Path notebook) {
    return notebook.toAbsolutePath().resolveSibling("elsewhere").resolve("evil.js");
  }

  /**
   * Writes the script files that the notebook at {@code notebook} loads when its report is in {@code report}:
   * each, if it ran, marks the page and retitles it.
   */
  public static void writeScripts(Path notebook, Path report) throws IOException {
    Map<String, Path> scripts = Map.of("ScriptBeside", report.resolve("evil.js"), "ScriptUp", report.resolve("../x/evil.js"),
        "ScriptAbsolute", absoluteScript(notebook));
    for (Map.Entry<String, Path> script : scripts.entrySet()) {
      Files.createDirectories(script.getValue().getParent());
      Files.writeString(script.getValue(), SET + script.getKey() + "=1;" + TITLE_SET + ";\n", StandardCharsets.UTF_8);
    }
  }

  /** Writes the notebook to {@code file}. */
  public static Path write(Path file) throws IOException {
    ObjectNode notebook = JSON.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
    notebook.putObject("metadata");
    ArrayNode cells = notebook.putArray("cells");
    cells.addObject().put("cell_type", "markdown").put("id", "m").put("source", markdown()).putObject("metadata");
    ObjectNode chart = JSON.createObjectNode();
    chart.putArray("data").addObject().put("type", "bar").<ObjectNode>set("x", JSON.valueToTree(new String[] {"a", "b"}))
        .set("y", JSON.valueToTree(new int[] {1, 2}));
    chart.putObject("layout").putObject("title").put("text", "</script><script>" + SET + "Chart=1</script>");
    code(cells, "c1", Map.of("text/html", JSON.getNodeFactory().textNode(html()),
        "text/plain", JSON.getNodeFactory().textNode("html")));
    code(cells, "c2", Map.of("image/svg+xml", JSON.getNodeFactory().textNode(svg()),
        "text/plain", JSON.getNodeFactory().textNode("svg")));
    code(cells, "c3", Map.of("application/vnd.plotly.v1+json", chart, "text/plain", JSON.getNodeFactory().textNode("Figure")));
    code(cells, "c4", Map.of("text/markdown", JSON.getNodeFactory().textNode("[md](javascript:" + TITLE_SET + ") <script>"
        + SET + "OutputMarkdown=1</script>"), "text/plain", JSON.getNodeFactory().textNode("md")));
    code(cells, "c5", Map.of("image/png", JSON.getNodeFactory().textNode(Base64.getEncoder().encodeToString(new byte[] {1})
        + "\"><script>" + SET + "Png=1</script>"), "text/plain", JSON.getNodeFactory().textNode("png")));
    code(cells, "c6", Map.of("text/html", JSON.getNodeFactory().textNode(scriptFiles(file)),
        "text/plain", JSON.getNodeFactory().textNode("scripts")));
    return Files.writeString(file, JSON.writeValueAsString(notebook), StandardCharsets.UTF_8);
  }

  private static void code(ArrayNode cells, String id, Map<String, com.fasterxml.jackson.databind.JsonNode> data) {
    ObjectNode cell = cells.addObject().put("cell_type", "code").put("id", id).put("source", "x");
    cell.putObject("metadata");
    cell.putNull("execution_count");
    ObjectNode output = cell.putArray("outputs").addObject().put("output_type", "display_data");
    output.putObject("metadata");
    output.putObject("data").setAll(data);
  }
}

package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.charts.Charts;
import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Plotly;
import dev.tablebook.display.Renderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class ReportWriterTest {

  private static Path fixture(String name) throws Exception {
    return Path.of(ReportWriterTest.class.getResource("/notebooks/" + name).toURI());
  }

  @Test
  void aPagePerNotebookAndAnIndexWithEverythingEscaped(@TempDir Path out) throws Exception {
    Path index = new ReportWriter(out, true).write(List.of(fixture("chart.ipynb"), fixture("saved-by-nbformat.ipynb")));
    String indexHtml = Files.readString(index);
    assertTrue(indexHtml.contains("<a href=\"chart.html\">Chart check</a>"), indexHtml);
    assertTrue(indexHtml.contains("<a href=\"saved-by-nbformat.html\">Trade — «торговля» 貿易</a>"), indexHtml);
    String page = Files.readString(out.resolve("chart.html"));
    assertTrue(page.contains("A &lt;script&gt;alert('markdown')&lt;/script&gt; stays text."), "raw HTML in Markdown is escaped");
    assertTrue(page.contains("<pre>&lt;b&gt;not bold&lt;/b&gt;</pre>"), "text output is escaped");
    assertTrue(page.contains("\\u003c/script>"), "JSON in a script cannot close it");
    assertFalse(page.contains("</script><b>"));
    assertTrue(page.contains("<body><script>" + PagePolicy.loaderCode(ReportWriter.PLOTLY) + "</script>"), "plotly.js comes from its loader");
    assertFalse(page.contains("<script src"), "no script element of a file: the policy allows none");
    assertTrue(Files.size(out.resolve(ReportWriter.PLOTLY)) > 1_000_000, "plotly.js is copied for offline use");
    assertFalse(Files.readString(out.resolve("saved-by-nbformat.html")).contains("plotly.js"), "only pages with charts load it");
  }

  /** A notebook of one Markdown cell, {@code # title}, written as {@code folder/name}. */
  static Path titled(Path folder, String name, String title) throws Exception {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(name), """
        {"cells": [{"cell_type": "markdown", "id": "t", "metadata": {}, "source": ["# %s"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """.formatted(title));
  }

  @Test
  void notebooksOfTheSameFileNameGetAPageEachAndTheIndexSaysWhichIsWhich(@TempDir Path dir) throws Exception {
    Path first = titled(dir.resolve("executed-1"), "a.ipynb", "First");
    Path second = titled(dir.resolve("executed-2"), "a.ipynb", "Second");
    Path third = titled(dir.resolve("executed-3"), "A.ipynb", "Third"); // one file on a file system that ignores case
    Path other = titled(dir.resolve("executed-3"), "b.ipynb", "Other");
    Path out = dir.resolve("report");
    String index = Files.readString(new ReportWriter(out, true).write(List.of(first, second, third, other)));
    assertTrue(index.contains("<a href=\"a.html\">First</a> <span class=\"path\">" + first.toString().replace('\\', '/')), index);
    assertTrue(index.contains("<a href=\"a-2.html\">Second</a> <span class=\"path\">" + second.toString().replace('\\', '/')), index);
    assertTrue(index.contains("<a href=\"A-3.html\">Third</a> <span class=\"path\">"), index);
    assertTrue(index.contains("<a href=\"b.html\">Other</a></li>"), "a file name nobody shares needs no path: " + index);
    assertTrue(Files.readString(out.resolve("a.html")).contains("<h1>First</h1>"));
    assertTrue(Files.readString(out.resolve("a-2.html")).contains("<h1>Second</h1>"));
    assertTrue(Files.readString(out.resolve("A-3.html")).contains("<h1>Third</h1>"));
    try (var files = Files.list(out)) {
      assertEquals(List.of("A-3.html", "a-2.html", "a.html", "b.html", "index.html"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aNotebookNamedIndexDoesNotReplaceTheIndex(@TempDir Path dir) throws Exception {
    Path named = titled(dir, "index.ipynb", "Start here");
    Path upper = titled(dir.resolve("more"), "INDEX.ipynb", "Also here");
    Path out = dir.resolve("report");
    Path index = new ReportWriter(out, true).write(List.of(named, upper));
    assertEquals(out.resolve("index.html"), index);
    String html = Files.readString(index);
    assertTrue(html.contains("<h1>Notebooks</h1>") && html.contains("<a href=\"index-2.html\">Start here</a>")
        && html.contains("<a href=\"INDEX-3.html\">Also here</a>"), html);
    assertTrue(Files.readString(out.resolve("index-2.html")).contains("<h1>Start here</h1>"));
    assertTrue(Files.readString(out.resolve("INDEX-3.html")).contains("<a href=\"index.html\">All notebooks</a>"));
  }

  @Test
  void markdownKeepsOnlySafeUrlsAndShowsRawHtmlAsText(@TempDir Path dir) throws Exception {
    String page = hostilePage(dir);
    String markdownCell = page.substring(0, page.indexOf("<div class=\"output\">")).toLowerCase(java.util.Locale.ROOT);
    assertFalse(markdownCell.contains("href=\"javascript:") || markdownCell.contains("src=\"javascript:"), markdownCell);
    assertFalse(markdownCell.contains("vbscript:"), markdownCell);
    assertTrue(page.contains("<a rel=\"nofollow\" href=\"\">link</a>") && page.contains("<a rel=\"nofollow\" href=\"\">upper</a>"), "the link stays, its URL goes");
    assertTrue(page.contains("<a rel=\"nofollow\" href=\"https://example.org/a?b=1\">ok</a>"), "safe URLs stay");
    assertTrue(page.contains("&lt;a href=&quot;javascript:") && page.contains("&lt;script&gt;document.documentElement")
        && page.contains("&lt;img src=x onerror="), "raw HTML in Markdown is text");
    assertTrue(page.contains("<a rel=\"nofollow\" href=\"\">md</a>") && page.contains("&lt;script&gt;document.documentElement.dataset.pwnedOutputMarkdown"),
        "a text/markdown output is rendered the same way");
  }

  @Test
  void everyPageAllowsExactlyItsOwnScriptsByHashAndNoOrigin(@TempDir Path dir) throws Exception {
    String page = hostilePage(dir);
    java.util.regex.Matcher csp = java.util.regex.Pattern.compile(
        "<head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(page);
    assertTrue(csp.find(), "the policy comes first, before anything of the notebook's: " + page);
    String policy = csp.group(1);
    java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("script-src ([^;]*);").matcher(policy);
    assertTrue(scripts.find(), policy);
    List<String> allowed = List.of(scripts.group(1).split(" "));
    List<String> ours = new java.util.ArrayList<>(List.of("'strict-dynamic'", hash(PagePolicy.loaderCode(ReportWriter.PLOTLY))));
    java.util.regex.Matcher charts = java.util.regex.Pattern.compile("<script>(" + PagePolicy.DRAW + "\\([^<]*)</script>").matcher(page);
    while (charts.find()) {
      ours.add(hash(charts.group(1)));
    }
    assertEquals(3, ours.size(), "the loader and the one chart: " + page);
    assertEquals(ours, allowed, "the scripts plotly.js's loader adds, the loader and the chart's own script: nothing else, no origin");
    assertTrue(page.contains("<script src=\"evil.js\"></script><script src=\"../x/evil.js\"></script><script src=\"file:"),
        "an output's script files stay in its HTML, and the policy does not allow them");
    assertTrue(policy.startsWith("default-src 'none';") && policy.contains("img-src data:;") && policy.contains("base-uri 'none'")
        && policy.contains("form-action 'none'") && !policy.contains("http") && !policy.contains("'self'")
        && !policy.contains("file:") && !scripts.group(1).contains("'unsafe-"), policy);
    String index = Files.readString(dir.resolve("report/index.html"));
    assertTrue(index.contains("script-src 'none';"), "the index runs no script: " + index);
    String plain = Files.readString(new ReportWriter(dir.resolve("plain"), true).write(List.of(fixture("saved-by-nbformat.ipynb")))
        .resolveSibling("saved-by-nbformat.html"));
    assertTrue(plain.contains("script-src 'none';"), "a page without charts runs no script");
  }

  @Test
  void theSameNotebooksGiveTheSameReport(@TempDir Path dir) throws Exception {
    Path notebook = HostileNotebook.write(dir.resolve("hostile.ipynb"));
    List<Path> notebooks = List.of(fixture("chart.ipynb"), notebook);
    new ReportWriter(dir.resolve("one"), true).write(notebooks);
    new ReportWriter(dir.resolve("two"), true).write(notebooks);
    for (String page : List.of("index.html", "chart.html", "hostile.html", ReportWriter.PLOTLY)) {
      assertEquals(-1L, Files.mismatch(dir.resolve("one").resolve(page), dir.resolve("two").resolve(page)), page);
    }
  }

  private static String hash(String code) throws Exception {
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
  }

  @Test
  void outputsCannotRedirectThePageAndImagesStayImages(@TempDir Path dir) throws Exception {
    String page = hostilePage(dir);
    assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("<meta http-equiv=\"refresh"), page);
    assertTrue(page.contains("&lt;meta http-equiv=\"refresh\""), "shown as text instead");
    assertTrue(page.contains("<p>table</p>"), "HTML outputs stay HTML (tables): the policy keeps their scripts from running");
    assertFalse(page.contains("<svg xmlns"), "an SVG output is not markup of the page");
    assertTrue(page.contains("<img alt=\"output\" src=\"data:image/svg+xml;base64,"), page);
    assertTrue(page.contains("<img alt=\"output\" src=\"data:image/png;base64,AQ==&quot;&gt;&lt;script&gt;"), "PNG data cannot end the attribute");
    assertTrue(page.contains("\\u003c/script>\\u003cscript>"), "a chart's JSON cannot end its script");
  }

  @Test
  void jpegAndGifOutputsAreShownAsImages(@TempDir Path dir) throws Exception {
    Path notebook = Files.writeString(dir.resolve("pictures.ipynb"), """
        {"cells": [{"cell_type": "code", "id": "c", "metadata": {}, "execution_count": 1, "source": "x", "outputs": [
          {"output_type": "display_data", "metadata": {}, "data": {"image/jpeg": "/9j/", "text/plain": "a jpeg"}},
          {"output_type": "display_data", "metadata": {}, "data": {"image/gif": "R0lG", "text/plain": "a gif"}}]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """);
    new ReportWriter(dir.resolve("report"), true).write(List.of(notebook));
    String page = Files.readString(dir.resolve("report/pictures.html"));
    assertTrue(page.contains("src=\"data:image/jpeg;base64,/9j/\"") && page.contains("src=\"data:image/gif;base64,R0lG\""), page);
  }

  @Test
  void pageNamesAreLinkedAsFileNamesWhateverTheyHold(@TempDir Path dir) throws Exception {
    Path odd = titled(dir, "50% #1?.ipynb", "Odd");
    Path accented = titled(dir.resolve("nfd"), "caf\u0065\u0301.ipynb", "Decomposed");
    Path composed = titled(dir.resolve("nfc"), "caf\u00e9.ipynb", "Composed");
    Path out = dir.resolve("report");
    String index = Files.readString(new ReportWriter(out, true).write(List.of(odd, accented, composed)));
    assertTrue(index.contains("<a href=\"50%25%20%231%3F.html\">Odd</a>"), index);
    assertTrue(Files.readString(out.resolve("50% #1?.html")).contains("<h1>Odd</h1>"));
    assertTrue(index.contains("<a href=\"cafe%CC%81.html\">Decomposed</a>") && index.contains("<a href=\"caf%C3%A9-2.html\">Composed</a>"),
        "one name on macOS, so two pages: " + index);
  }

  private static String hostilePage(Path dir) throws Exception {
    Path notebook = HostileNotebook.write(dir.resolve("hostile.ipynb"));
    new ReportWriter(dir.resolve("report"), true).write(List.of(notebook));
    return Files.readString(dir.resolve("report/hostile.html"));
  }

  @Test
  void chartsAreDrawnFromThePlotlyFigureOrTheSvgNeverTheVegaLiteSpec(@TempDir Path dir) throws Exception {
    MimeBundle bundle = Renderers.global().render(Charts.bar(Table.create("t", IntColumn.create("year", 2023, 2024),
        DoubleColumn.create("usd", 1.5, 2.5)), "year", "usd"));
    assertTrue(bundle.data().containsKey("application/vnd.vegalite.v5+json"), bundle.data().keySet().toString());
    String withPlotly = chartPage(dir.resolve("a"), bundle.data());
    assertTrue(withPlotly.contains("class=\"plotly-chart\""), "the Plotly figure wins");
    assertFalse(withPlotly.toLowerCase(java.util.Locale.ROOT).contains("vega"), "no Vega-Lite, no vega script");
    java.util.Map<String, Object> noPlotly = new java.util.LinkedHashMap<>(bundle.data());
    noPlotly.remove(Plotly.MIME_TYPE);
    String withoutPlotly = chartPage(dir.resolve("b"), noPlotly);
    assertTrue(withoutPlotly.contains("<img alt=\"output\" src=\"data:image/svg+xml;base64,"), "then the SVG, as an image");
    assertFalse(withoutPlotly.toLowerCase(java.util.Locale.ROOT).contains("vega"), "the spec is not used");
  }

  /** The report page of a notebook whose one cell shows {@code data}. */
  private static String chartPage(Path dir, java.util.Map<String, ?> data) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode outputData = json.createObjectNode();
    data.forEach((type, value) -> outputData.set(type, MimeBundle.isJson(type) ? readTree(json, value) : json.valueToTree(value)));
    ObjectNode notebook = json.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
    notebook.putObject("metadata");
    ObjectNode cell = notebook.putArray("cells").addObject().put("cell_type", "code").put("id", "c").put("source", "chart")
        .put("execution_count", 1);
    cell.putObject("metadata");
    cell.putArray("outputs").addObject().put("output_type", "execute_result").put("execution_count", 1)
        .<ObjectNode>set("data", outputData).putObject("metadata");
    Path file = Files.createDirectories(dir).resolve("chart.ipynb");
    Files.writeString(file, notebook.toString());
    new ReportWriter(dir.resolve("report"), true).write(List.of(file));
    String page = Files.readString(dir.resolve("report/chart.html"));
    return page.substring(page.indexOf("<div class=\"output\">"));
  }

  private static JsonNode readTree(ObjectMapper json, Object value) {
    try {
      return json.readTree(value.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void codeCanBeLeftOut(@TempDir Path out) throws Exception {
    new ReportWriter(out, false).write(List.of(fixture("chart.ipynb")));
    String page = Files.readString(out.resolve("chart.html"));
    assertFalse(page.contains("class=\"code\""));
    assertTrue(page.contains("a warning"));
  }
}

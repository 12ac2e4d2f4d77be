package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.pdf.PdfChecks;
import dev.tablebook.io.ChromiumPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tablebook report --pdf} printed by Debian's headless Chromium and read back with PDFBox: the committed
 * notebooks 02 and 03 and a notebook of a long and a wide table, each PDF with a title page, page numbers, the
 * Markdown headings as bookmarks, every font embedded, no text off the page, and the same facts as the HTML page.
 */
class ReportPdfIT {
  private static final Path TRADE = Path.of("notebooks/02-crude-oil-suppliers.ipynb");
  private static final Path TIMELINE = Path.of("notebooks/03-delegation-and-timeline.ipynb");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROWS = 160;

  @TempDir static Path dir;
  static Path out;
  static Path tables;

  @BeforeAll
  static void printReport() throws Exception {
    tables = tableNotebook(dir.resolve("tables.ipynb"));
    out = dir.resolve("report");
    JarIT.Result report = JarIT.run(dir, "report", TRADE.toAbsolutePath().toString(), TIMELINE.toAbsolutePath().toString(),
        tables.toString(), "--out", out.toString(), "--pdf");
    assertEquals(0, report.exit(), report.err());
    assertTrue(report.out().contains("index.pdf"), report.out());
  }

  @Test
  void everyPdfHasATitlePagePageNumbersAndEmbeddedFontsAndNothingOffThePage() throws Exception {
    for (String name : List.of("02-crude-oil-suppliers.pdf", "03-delegation-and-timeline.pdf", "tables.pdf", "index.pdf")) {
      PdfChecks pdf = PdfChecks.of(out.resolve(name));
      int pages = pdf.pages();
      assertTrue(pages >= 3, name + ": a title page and the notebook: " + pages);
      assertTrue(pdf.text(0).contains("Printed "), name + ": the title page comes first");
      assertFalse(pdf.text(0).matches("(?s).*\\b1 / " + pages + "\\b.*"), name + ": the title page has no number");
      for (int page = 2; page <= pages; page++) {
        assertTrue(pdf.text(page - 1).contains(page + " / " + pages), name + ": page " + page + " is numbered");
        assertEquals(595, pdf.mediaBox(page - 1).getWidth(), 1, name + ": A4");
      }
      assertFalse(pdf.fonts().isEmpty(), name);
      assertEquals(List.of(), pdf.unembeddedFonts(), name + ": every font is embedded");
      assertEquals(List.of(), pdf.outsideThePage(), name + ": no text is cut at a page edge");
    }
  }

  @Test
  void theOutlineIsTheMarkdownHeadingsAndTheWholeReportHasEveryNotebook() throws Exception {
    List<String> headings = headings(TRADE);
    assertTrue(headings.size() >= 3, headings.toString());
    List<String> outline = PdfChecks.of(out.resolve("02-crude-oil-suppliers.pdf")).outline().stream().map(String::strip).toList();
    assertEquals(headings, outline, "a bookmark for each heading, in order");
    List<String> whole = PdfChecks.of(out.resolve("index.pdf")).outline();
    List<String> topLevel = whole.stream().filter(line -> !line.startsWith(" ")).toList();
    assertEquals(List.of(headings.get(0), headings(TIMELINE).get(0), "tables.ipynb"), topLevel,
        "a notebook's title heads its part; one without a heading gets its file name");
  }

  @Test
  void thePdfShowsTheSameFiguresFlagsAndSourcesAsTheHtmlPage() throws Exception {
    String html = Files.readString(out.resolve("02-crude-oil-suppliers.html"), StandardCharsets.UTF_8);
    String pdf = squeeze(PdfChecks.of(out.resolve("02-crude-oil-suppliers.pdf")).text());
    List<String> cells = new ArrayList<>();
    Matcher cell = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(html);
    while (cell.find()) {
      cells.add(unescape(cell.group(1).replaceAll("<[^>]+>", "")));
    }
    assertTrue(cells.size() > 40, "the page's tables: " + cells.size());
    assertTrue(cells.contains("disputed"), "the page flags disputed rows");
    for (String text : cells) {
      assertTrue(pdf.contains(squeeze(text)), "the PDF shows the table cell '" + text + "'");
    }
    assertEquals(0, PdfChecks.of(out.resolve("02-crude-oil-suppliers.pdf")).images(), "the charts are printed as vectors");
    ChartTexts charts = ChartTexts.of(TRADE);
    assertFalse(charts.texts().isEmpty());
    for (String text : charts.texts()) {
      assertTrue(pdf.contains(squeeze(text)), "the PDF shows the chart's '" + text + "'");
    }
  }

  @Test
  void aLongTableRepeatsItsHeaderOnEveryPageAndAWideOneFitsThePage() throws Exception {
    PdfChecks pdf = PdfChecks.of(out.resolve("tables.pdf"));
    List<String> rowPages = new ArrayList<>();
    for (int index = 0; index < pdf.pages(); index++) {
      String page = pdf.text(index);
      if (page.contains("row-")) {
        rowPages.add(page);
      }
    }
    assertTrue(rowPages.size() >= 3, "the table spans pages: " + rowPages.size());
    for (String page : rowPages) {
      assertTrue(page.contains("supplier volume_mt"), "the header row is on every page it spans:\n" + page);
    }
    for (int row = 1; row <= ROWS; row++) {
      assertTrue(squeeze(pdf.text()).contains("row-" + row + "supplier" + row), "row " + row + " is printed");
    }
    assertTrue(squeeze(pdf.text()).contains("wide_column_29"), "the wide table's last column is printed");
  }

  @Test
  void codeIsShownUnlessLeftOut() throws Exception {
    assertTrue(PdfChecks.of(out.resolve("02-crude-oil-suppliers.pdf")).text().contains("ArticleFacts"));
    Path bare = dir.resolve("bare");
    JarIT.Result report = JarIT.run(dir, "report", TRADE.toAbsolutePath().toString(), "--out", bare.toString(), "--pdf", "--no-code");
    assertEquals(0, report.exit(), report.err());
    String text = PdfChecks.of(bare.resolve("02-crude-oil-suppliers.pdf")).text();
    assertFalse(text.contains("ArticleFacts."), "no code: " + text);
    assertTrue(text.contains("Saudi Arabia"), "the outputs stay");
  }

  @Test
  void withoutChromiumItSaysHowToGetOneAndWritesNothing(@TempDir Path empty) throws Exception {
    Path report = empty.resolve("report");
    JarIT.Result result = JarIT.run(Map.of(ChromiumPrinter.ENVIRONMENT, empty.resolve("no-chromium").toString()), empty,
        "report", TRADE.toAbsolutePath().toString(), "--out", report.toString(), "--pdf");
    assertEquals(2, result.exit(), result.err());
    assertTrue(result.err().startsWith("tablebook: report --pdf: " + ChromiumPrinter.ENVIRONMENT + " names "), result.err());
    assertEquals(1, result.err().strip().lines().count(), "one line: " + result.err());
    assertFalse(Files.exists(report), "nothing written");
  }

  @Test
  void aNotebookWithoutOutputsIsNamedAndNothingIsWritten(@TempDir Path empty) throws Exception {
    Path notebook = empty.resolve("never-ran.ipynb");
    Files.writeString(notebook, """
        {"cells": [{"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null, "source": "1 + 1", "outputs": []}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
    Path report = empty.resolve("report");
    JarIT.Result result = JarIT.run(empty, "report", TRADE.toAbsolutePath().toString(), notebook.toString(), "--out",
        report.toString(), "--pdf");
    assertEquals(2, result.exit(), result.err());
    assertTrue(result.err().contains(notebook + ": has no outputs to print"), result.err());
    assertFalse(Files.exists(report), "nothing written, not even the notebook before it");
  }

  /** The Markdown headings of a notebook, in order, as the outline shows them. */
  private static List<String> headings(Path notebook) throws Exception {
    List<String> headings = new ArrayList<>();
    for (JsonNode cell : JSON.readTree(notebook.toFile()).path("cells")) {
      if (cell.path("cell_type").asText().equals("markdown")) {
        for (String line : source(cell).split("\n")) {
          Matcher heading = Pattern.compile("^#{1,6} (.+)$").matcher(line);
          if (heading.matches()) {
            headings.add(heading.group(1).replace("*", "").replace("`", "").strip());
          }
        }
      }
    }
    return headings;
  }

  private static String source(JsonNode cell) {
    JsonNode source = cell.path("source");
    if (source.isTextual()) {
      return source.asText();
    }
    StringBuilder text = new StringBuilder();
    source.forEach(line -> text.append(line.asText()));
    return text.toString();
  }

  /** A notebook with a table of {@value #ROWS} rows and one of 30 wide columns, as HTML outputs. */
  private static Path tableNotebook(Path file) throws Exception {
    StringBuilder longTable = new StringBuilder("<table><thead><tr><th>rank</th><th>supplier</th><th>volume_mt</th></tr></thead><tbody>");
    for (int row = 1; row <= ROWS; row++) {
      longTable.append("<tr><td>row-").append(row).append("</td><td>supplier ").append(row).append("</td><td>")
          .append(row * 3.25).append("</td></tr>");
    }
    StringBuilder wideTable = new StringBuilder("<table><thead><tr>");
    for (int column = 0; column < 30; column++) {
      wideTable.append("<th>wide_column_").append(column).append("</th>");
    }
    wideTable.append("</tr></thead><tbody><tr>");
    for (int column = 0; column < 30; column++) {
      wideTable.append("<td>a-rather-long-value-").append(column).append("</td>");
    }
    ObjectNode notebook = JSON.createObjectNode();
    ArrayNode cells = notebook.putArray("cells");
    cells.add(htmlCell("long", longTable.append("</tbody></table>").toString()));
    cells.add(htmlCell("wide", wideTable.append("</tr></tbody></table>").toString()));
    notebook.putObject("metadata");
    notebook.put("nbformat", 4).put("nbformat_minor", 5);
    Files.writeString(file, JSON.writeValueAsString(notebook));
    return file;
  }

  private static ObjectNode htmlCell(String id, String html) {
    ObjectNode cell = JSON.createObjectNode().put("cell_type", "code").put("id", id).put("execution_count", 1).put("source", "table");
    cell.putObject("metadata");
    ObjectNode output = cell.putArray("outputs").addObject().put("output_type", "execute_result").put("execution_count", 1);
    output.putObject("metadata");
    output.putObject("data").put("text/html", html).put("text/plain", "table");
    return cell;
  }

  /** The text without white space, so that line breaks the PDF put in do not matter. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  /** The texts a notebook's Plotly charts show: titles, axis titles, category labels and notes. */
  private record ChartTexts(List<String> texts) {
    static ChartTexts of(Path notebook) throws Exception {
      List<String> texts = new ArrayList<>();
      for (JsonNode cell : JSON.readTree(notebook.toFile()).path("cells")) {
        for (JsonNode output : cell.path("outputs")) {
          JsonNode figure = output.path("data").path(dev.tablebook.display.Plotly.MIME_TYPE);
          if (figure.isMissingNode()) {
            continue;
          }
          JsonNode layout = figure.path("layout");
          Stream.of(layout.path("title").path("text"), layout.path("xaxis").path("title").path("text"),
                  layout.path("yaxis").path("title").path("text"))
              .filter(JsonNode::isTextual).map(JsonNode::asText).map(ReportPdfIT::plain).forEach(texts::add);
          layout.path("annotations").forEach(note -> plain(note.path("text").asText()).lines().forEach(texts::add));
        }
      }
      texts.removeIf(String::isBlank);
      return new ChartTexts(texts);
    }
  }

  /** Plotly's text without its HTML tags ({@code <br>} ends a line). */
  private static String plain(String text) {
    return unescape(text.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]+>", ""));
  }
}

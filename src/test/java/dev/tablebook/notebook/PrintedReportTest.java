package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages the report prints, as the printer is handed them (ReportPdfIT prints them with Chromium): a title
 * page, the paper's rules, charts fitted to the paper, the same policy as the screen's pages, and the PDFs
 * named beside the HTML pages.
 */
class PrintedReportTest {

  /** Keeps each page it is asked to print, and writes a stand-in file where the PDF goes. */
  private static final class RecordingPrinter implements PdfPrinter {
    final Map<String, String> pages = new LinkedHashMap<>();
    final List<Integer> widths = new ArrayList<>();
    final Path out;

    RecordingPrinter(Path out) {
      this.out = out;
    }

    @Override
    public void print(Path html, Path pdf, int width) throws IOException {
      assertTrue(Files.isRegularFile(html.resolveSibling(ReportWriter.PLOTLY))
          || !Files.readString(html).contains(ReportWriter.PLOTLY), "plotly.js is where the page loads it from");
      assertFalse(html.startsWith(out), "the page is laid out outside the report");
      pages.put(pdf.getFileName().toString(), Files.readString(html));
      widths.add(width);
      Files.writeString(pdf, "printed");
    }
  }

  private static Path fixture(String name) throws Exception {
    return Path.of(PrintedReportTest.class.getResource("/notebooks/" + name).toURI());
  }

  @Test
  void eachNotebookAndTheWholeReportArePrintedBesideTheHtmlPagesAndTheIndexLinksThem(@TempDir Path out) throws Exception {
    RecordingPrinter printer = new RecordingPrinter(out);
    new ReportWriter(out, true, printer).write(List.of(fixture("chart.ipynb")));
    assertEquals(List.of("chart.pdf", "index.pdf"), List.copyOf(printer.pages.keySet()));
    assertEquals(List.of(PrintedReport.CONTENT_WIDTH, PrintedReport.CONTENT_WIDTH), printer.widths);
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("<a href=\"index.pdf\">") && index.contains("href=\"chart.pdf\">PDF</a>"), index);
    try (var files = Files.list(out)) {
      assertEquals(List.of("chart.html", "chart.pdf", "index.html", "index.pdf", "plotly.js"),
          files.map(f -> f.getFileName().toString()).sorted().toList(), "the print pages' folder is gone");
    }
  }

  @Test
  void aPrintPageHasTheTitlePagePaperRulesAndThePagesPolicy(@TempDir Path out) throws Exception {
    RecordingPrinter printer = new RecordingPrinter(out);
    new ReportWriter(out, true, printer).write(List.of(fixture("chart.ipynb")));
    String page = printer.pages.get("chart.pdf");
    assertTrue(page.contains("<section class=\"title-page\"><p class=\"document\">Chart check</p><p class=\"path\">chart.ipynb</p>"),
        "the title and the notebook's file name, not where it lies: " + page);
    assertTrue(page.contains("@page{size:A4;") && page.contains("counter(page) \" / \" counter(pages)"), "numbered A4 pages");
    assertTrue(page.contains("thead{display:table-header-group}"), "a table's header row repeats on every page");
    assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\""), "the screen page's policy");
    assertTrue(page.contains(PagePolicy.loaderCode(ReportWriter.PLOTLY)), "plotly.js from beside the page");
    assertTrue(page.contains("alert(&#39;markdown&#39;)") || page.contains("&lt;script&gt;alert"), "Markdown's HTML stays text");
    assertFalse(page.contains("<script>alert"), "no script of the notebook's");
  }

  @Test
  void aChartWiderThanThePaperIsScaledToItsWidthInProportion() {
    NotebookHtml print = new NotebookHtml(true, 680);
    var layout = JupyterJson.MAPPER.createObjectNode().put("width", 800).put("height", 500);
    String html = chartHtml(print, layout);
    assertTrue(html.contains("\"width\":680,\"height\":425"), html);
    assertTrue(chartHtml(new NotebookHtml(true, 0), layout).contains("\"width\":800,\"height\":500"), "the screen keeps its size");
    var narrow = JupyterJson.MAPPER.createObjectNode().put("width", 600).put("height", 400);
    assertTrue(chartHtml(print, narrow).contains("\"width\":600,\"height\":400"), "a chart that fits is left as it is");
  }

  private static String chartHtml(NotebookHtml html, com.fasterxml.jackson.databind.node.ObjectNode layout) {
    var notebook = JupyterJson.MAPPER.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
    notebook.putObject("metadata");
    var cell = notebook.putArray("cells").addObject().put("cell_type", "code").put("id", "c").put("source", "chart");
    cell.putObject("metadata");
    var data = cell.putArray("outputs").addObject().put("output_type", "display_data").putObject("data");
    data.putObject(NotebookHtml.PLOTLY_MIME).<com.fasterxml.jackson.databind.node.ObjectNode>set("layout", layout).putArray("data");
    try {
      return html.cells(Notebook.of("chart.ipynb", notebook), new PagePolicy());
    } catch (NotebookFormatException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aTitleIsACssStringThatCannotEndItsStringOrStyle() {
    assertEquals("\"a\\22  b\\5c  \\3c /style\\3e \"", PrintedReport.cssString("a\" b\\ </style>"));
    assertEquals("\"Россия–Китай\"", PrintedReport.cssString("Россия–Китай"));
  }

  @Test
  void aNotebookWithoutOutputsIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
    Path never = dir.resolve("never.ipynb");
    Files.writeString(never, """
        {"cells": [{"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null, "source": "1", "outputs": []}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
    Path out = dir.resolve("report");
    NotebookFormatException refused = assertThrows(NotebookFormatException.class,
        () -> new ReportWriter(out, true, new RecordingPrinter(out)).write(List.of(fixture("chart.ipynb"), never)));
    assertTrue(refused.getMessage().startsWith(never + ": has no outputs to print"), refused.getMessage());
    assertFalse(Files.exists(out));
    new ReportWriter(out, true).write(List.of(never)); // the screen's report shows it as it is
    assertTrue(Files.exists(out.resolve("never.html")));
    Path silent = dir.resolve("silent.ipynb");
    Files.writeString(silent, Files.readString(never).replace("\"execution_count\": null", "\"execution_count\": 1"));
    new ReportWriter(dir.resolve("printed"), true, new RecordingPrinter(dir.resolve("printed"))).write(List.of(silent));
    assertTrue(Files.exists(dir.resolve("printed/silent.pdf")), "a cell that ran and printed nothing is printed");
  }
}

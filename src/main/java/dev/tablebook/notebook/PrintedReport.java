package dev.tablebook.notebook;

import dev.tablebook.io.PrivateTemp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The report for print: a PDF per notebook and one of them all, each laid out here as an HTML page for A4 paper
 * and printed by a {@link PdfPrinter}. A PDF opens with a title page; every other page has the title at its head
 * and "n / N" at its foot. Its outline (bookmarks) is the notebooks' Markdown headings. The page shows the
 * same cells and outputs as the report's HTML page ({@link NotebookHtml}), under the same policy, with
 * what would not fit the paper made to: charts scaled to the page's width, images no wider than it, text and
 * code wrapped, table cells broken where they must be, the header row of a table repeated on every page it
 * spans, and a heading kept with what follows it.
 */
final class PrintedReport {
  /** The width of A4's content in CSS pixels: 210 mm less two 15 mm margins, at 96 px to the inch. */
  static final int CONTENT_WIDTH = 680;
  private static final String STYLE = "@page{size:A4;margin:16mm 15mm 18mm 15mm;"
      + "@bottom-center{content:counter(page) \" / \" counter(pages);font:8pt sans-serif;color:#666}"
      + "@top-center{content:%s;font:8pt sans-serif;color:#888}}"
      + "@page:first{@bottom-center{content:none}@top-center{content:none}}"
      + "body{font:10pt/1.45 \"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;color:#222;margin:0}"
      + "h1,h2,h3,h4{break-after:avoid;line-height:1.25}h1{font-size:18pt}h2{font-size:14pt}h3{font-size:12pt}"
      + "p,li{orphans:3;widows:3}"
      + "pre{font-size:8pt;line-height:1.35;white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f8fa;padding:.5em;margin:.4em 0}"
      + "pre.code{border-left:3px solid #1f4e79}pre.stderr{background:#fff4e5}pre.error{background:#fdecea;color:#8a1c1c}"
      + ".output{margin:.3em 0 1em}img,svg{max-width:100%%;height:auto}"
      + "img,.plotly-chart,figure{break-inside:avoid;max-width:100%%}"
      + "table{border-collapse:collapse;max-width:100%%;font-size:8.5pt}thead{display:table-header-group}"
      + "tr,caption{break-inside:avoid}th,td{overflow-wrap:anywhere;padding:.15em .45em}"
      + ".title-page{break-after:page;padding-top:55mm}.title-page .document{font-size:26pt;font-weight:bold;line-height:1.2;margin:0 0 .6em}"
      + ".title-page p{color:#555}.title-page ol{font-size:12pt;line-height:1.7}"
      + ".notebook{break-before:page}.notebook:first-of-type{break-before:auto}"
      + ".title-page .document{color:#222}.modebar-container{display:none}.path,.cached{color:#888;font-size:8pt}";

  private final Path out;
  private final PdfPrinter printer;
  private final NotebookHtml cells;

  PrintedReport(Path out, boolean showCode, PdfPrinter printer) {
    this.out = out;
    this.printer = printer;
    this.cells = new NotebookHtml(showCode, CONTENT_WIDTH);
  }

  /** A notebook to print: its file, what it holds and its title. */
  record Entry(Path file, Notebook notebook, String title) {}

  /** Prints one notebook to {@code pdf} in the report folder. */
  void notebook(Entry entry, String pdf) throws IOException {
    PagePolicy policy = new PagePolicy();
    String body = loader(policy, List.of(entry)) + titlePage(entry.title(), "<p class=\"path\">"
        + escape(entry.file().getFileName().toString()) + "</p>") + section(entry, policy);
    print(entry.file().toString(), entry.title(), policy, body, pdf);
  }

  /** Prints every notebook, in the order given, to {@code pdf} in the report folder, after a title page listing them. */
  void whole(List<Entry> entries, String title, String pdf) throws IOException {
    PagePolicy policy = new PagePolicy();
    StringBuilder contents = new StringBuilder("<ol>");
    entries.forEach(entry -> contents.append("<li>").append(escape(entry.title())).append("</li>"));
    StringBuilder body = new StringBuilder(loader(policy, entries)).append(titlePage(title, contents.append("</ol>").toString()));
    for (Entry entry : entries) {
      body.append(section(entry, policy));
    }
    print(out.resolve(pdf).toString(), title, policy, body.toString(), pdf);
  }

  private static String loader(PagePolicy policy, List<Entry> entries) {
    boolean charts = entries.stream().anyMatch(entry -> NotebookHtml.hasCharts(entry.notebook()));
    return charts ? policy.plotlyLoader(ReportWriter.PLOTLY) : ""; // a copy beside the page, in its private folder
  }

  private static String titlePage(String title, String details) {
    return "<section class=\"title-page\"><p class=\"document\">" + escape(title) + "</p>" + details
        + "<p class=\"made\">Printed " + LocalDate.now() + " by Tablebook</p></section>";
  }

  /** A notebook's cells; under a heading of its title when its Markdown has none, so the outline names every notebook. */
  private String section(Entry entry, PagePolicy policy) {
    String heading = ReportWriter.hasTitle(entry.notebook()) ? "" : "<h1>" + escape(entry.title()) + "</h1>";
    return "<section class=\"notebook\">" + heading + ReportWriter.cacheNote(entry.notebook()) + cells.cells(entry.notebook(), policy)
        + "</section>";
  }

  /**
   * Prints the page to {@code pdf} in the report folder. The page is laid out in a private folder of its own
   * (with a copy of the report's plotly.js), so nothing of the printing is left in the report, even when killed.
   *
   * @param what the notebook (or report) printed, for the message when printing fails
   */
  private void print(String what, String title, PagePolicy policy, String body, String pdf) throws IOException {
    Path folder = PrivateTemp.create(Path.of(System.getProperty("java.io.tmpdir")), ProcessHandle.current().pid());
    try {
      Path plotly = out.resolve(ReportWriter.PLOTLY);
      if (Files.exists(plotly)) {
        Files.copy(plotly, folder.resolve(ReportWriter.PLOTLY));
      }
      Path page = folder.resolve("page.html");
      Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + policy.meta() + "<title>"
          + escape(title) + "</title><style>" + String.format(Locale.ROOT, STYLE, cssString(title)) + "</style></head><body>"
          + body + "</body></html>\n");
      printer.print(page, out.resolve(pdf), CONTENT_WIDTH);
    } catch (IOException e) {
      throw new IOException(what + ": could not print " + pdf + ": " + e.getMessage(), e);
    } finally {
      PrivateTemp.remove(folder);
    }
  }

  /** {@code text} as a CSS string that cannot end its string or its style element. */
  static String cssString(String text) {
    StringBuilder css = new StringBuilder("\"");
    text.codePoints().forEach(c -> css.append(c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20 || c == 0x7f
        ? String.format(Locale.ROOT, "\\%x ", c) : new String(Character.toChars(c))));
    return css.append('"').toString();
  }

  private static String escape(String text) {
    return NotebookHtml.escape(text);
  }
}

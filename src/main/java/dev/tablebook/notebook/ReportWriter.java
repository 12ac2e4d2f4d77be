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
  private static final String INDEX_PDF = "index.pdf";
  private static final String STYLE = "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;"
      + "padding:0 1em;color:#222}pre{background:#f6f8fa;padding:.6em;overflow:auto;font-size:13px}"
      + "pre.code{border-left:3px solid #1f4e79}pre.stderr{background:#fff4e5}pre.error{background:#fdecea;color:#8a1c1c}"
      + ".output{margin:.3em 0 1.2em}.output pre{white-space:pre-wrap;overflow-wrap:anywhere}"
      + ".cell-label,.path,.cached{color:#888;font-size:12px}</style>";

  private final Path out;
  private final boolean showCode;
  private final NotebookHtml cells;
  private final PdfPrinter printer;
  private boolean plotlyWritten;

  /** A writer of the HTML report into {@code out}, code shown or not. */
  public ReportWriter(Path out, boolean showCode) {
    this(out, showCode, null);
  }

  /** A writer of the HTML report and, when {@code printer} is not null, its PDFs ({@link PrintedReport}). */
  public ReportWriter(Path out, boolean showCode, PdfPrinter printer) {
    this.out = out;
    this.showCode = showCode;
    this.cells = new NotebookHtml(showCode, 0);
    this.printer = printer;
  }

  /**
   * Writes a page for each notebook and index.html, which lists them in the order given; returns the index.
   * A page is named after its notebook's file ({@code a.ipynb}: {@code a.html}); when that name is taken,
   * ignoring case and Unicode normalisation, by index.html or by an earlier notebook of the same name from another folder, it is the
   * first free of {@code a-2.html}, {@code a-3.html}, … So no page overwrites another, and the index names
   * the file of each notebook whose file name is shared. When printing, each page's PDF is beside it
   * ({@code a.pdf}) and index.pdf holds them all. Every notebook is read before anything is written, so a
   * malformed one (or, for print, one with no outputs) leaves the folder as it was.
   */
  public Path write(List<Path> notebooks) throws IOException, NotebookFormatException {
    List<PrintedReport.Entry> read = new ArrayList<>();
    for (Path file : notebooks) {
      Notebook notebook = Notebook.read(file);
      if (printer != null && !hasOutputs(notebook)) {
        throw new NotebookFormatException(file + ": has no outputs to print: run it first (tablebook run " + file + " --in-place)");
      }
      read.add(new PrintedReport.Entry(file, notebook, title(notebook, file)));
    }
    Files.createDirectories(out);
    PageNames names = new PageNames(INDEX, PLOTLY, INDEX_PDF);
    Map<String, Integer> sameName = new HashMap<>();
    notebooks.forEach(file -> sameName.merge(PageNames.key(file.getFileName().toString()), 1, Integer::sum));
    PrintedReport printed = printer == null ? null : new PrintedReport(out, showCode, printer);
    StringBuilder list = new StringBuilder();
    for (PrintedReport.Entry entry : read) {
      Path file = entry.file();
      String page = names.pageFor(file.getFileName().toString());
      writeAtomically(out.resolve(page), page(entry.notebook(), entry.title()));
      String pdf = page.substring(0, page.length() - ".html".length()) + ".pdf";
      if (printed != null) {
        printed.notebook(entry, pdf);
      }
      String cached = entry.notebook().metadata().has(ExecutionCache.MARK) ? " (from the cache)" : "";
      list.append("<li><a href=\"").append(escape(PageNames.href(page))).append("\">").append(escape(entry.title() + cached)).append("</a>");
      if (printed != null) {
        list.append(" <a class=\"path\" href=\"").append(escape(PageNames.href(pdf))).append("\">PDF</a>");
      }
      if (sameName.get(PageNames.key(file.getFileName().toString())) > 1) {
        list.append(" <span class=\"path\">").append(escape(file.toString().replace('\\', '/'))).append("</span>");
      }
      list.append("</li>");
    }
    if (printed != null) {
      printed.whole(read, "Notebooks", INDEX_PDF);
    }
    StringBuilder index = new StringBuilder(head("Notebooks", new PagePolicy())).append("<h1>Notebooks</h1>")
        .append(read.isEmpty() ? "<p>No notebooks yet.</p>" : "")
        .append(printed == null ? "" : "<p><a href=\"" + INDEX_PDF + "\">All of them as one PDF</a></p>")
        .append("<ul>").append(list);
    Path indexFile = out.resolve(INDEX);
    writeAtomically(indexFile, index.append("</ul></body></html>\n").toString());
    return indexFile;
  }

  /**
   * Whether the notebook's code ran (a code cell has an output or an execution count), or it has no code: a
   * notebook whose code never ran has nothing to print.
   */
  private static boolean hasOutputs(Notebook notebook) {
    List<Notebook.Cell> code = notebook.cells().stream().filter(cell -> cell.type().equals("code")).toList();
    return code.isEmpty() || code.stream().anyMatch(cell -> !cell.outputs().isEmpty() || cell.executionCount().isPresent());
  }

  private String page(Notebook notebook, String title) throws IOException {
    PagePolicy policy = new PagePolicy();
    StringBuilder html = new StringBuilder();
    if (NotebookHtml.hasCharts(notebook)) {
      writePlotly();
      html.append(policy.plotlyLoader(PLOTLY));
    }
    html.append("<p><a href=\"" + INDEX + "\">All notebooks</a></p>");
    html.append(cacheNote(notebook));
    html.append(cells.cells(notebook, policy));
    return head(title, policy) + html.append("</body></html>\n");
  }

  /** A line saying that the outputs came from the execution cache, when they did. */
  static String cacheNote(Notebook notebook) {
    JsonNode mark = notebook.metadata().path(ExecutionCache.MARK);
    return mark.isObject() ? "<p class=\"cached\">Outputs from the execution cache: executed " + escape(mark.path("ran").asText())
        + "; its code, parameters, Tablebook, the JDK and the files it reads are unchanged since.</p>" : "";
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
    return heading(notebook).orElse(file.getFileName().toString());
  }

  /** Whether the notebook's Markdown has a first-level heading, which is its title. */
  static boolean hasTitle(Notebook notebook) {
    return heading(notebook).isPresent();
  }

  private static Optional<String> heading(Notebook notebook) {
    for (Notebook.Cell cell : notebook.cells()) {
      if (cell.type().equals("markdown")) {
        for (String line : cell.source().split("\n")) {
          if (line.startsWith("# ")) {
            return Optional.of(line.substring(2).strip());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String head(String title, PagePolicy policy) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + policy.meta() + "<title>" + escape(title)
        + "</title>" + STYLE + "</head><body>";
  }

  static String escape(String text) {
    return NotebookHtml.escape(text);
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    AtomicFiles.write(target, text, true); // reports are for sharing
  }
}

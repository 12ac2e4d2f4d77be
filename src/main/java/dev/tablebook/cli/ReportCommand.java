package dev.tablebook.cli;

import dev.tablebook.io.ChromiumPrinter;
import dev.tablebook.notebook.NotebookFormatException;
import dev.tablebook.notebook.PdfPrinter;
import dev.tablebook.notebook.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tablebook report NOTEBOOK|DIR...}: an HTML page per notebook, and an index, that open offline. */
@Command(name = "report", description = {
    "Write an HTML report of notebooks as they are (run them first with 'tablebook run'): a page per notebook"
        + " and index.html. Charts are drawn by a copy of plotly.js in the report folder: no network needed.",
    "Every page's Content-Security-Policy lets only the report's own scripts run: a notebook's outputs cannot run"
        + " theirs, load anything from the network or redirect the page.",
    "A folder means its notebooks and those of its subfolders (not hidden ones such as .ipynb_checkpoints).",
    "The index lists notebooks in the order given; folders given one after another (e.g. one per CI shard) are"
        + " listed together, by file name. Notebooks of the same file name get pages a.html, a-2.html, ..."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NOTEBOOK|DIR", arity = "1..*", description = "Notebooks, or folders of notebooks.")
  List<Path> inputs;

  @Option(names = "--out", defaultValue = "target/report", paramLabel = "DIR", description = "Where (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--no-code", description = "Leave the code out; show only text and outputs.")
  boolean noCode;

  @Option(names = "--pdf", description = {"Also print the report for paper: a PDF beside each page (a.pdf) and index.pdf of them all,"
      + " A4, with a title page, page numbers and the Markdown headings as bookmarks. Printed by a headless Chromium or"
      + " Chrome (as nbconvert's webpdf): found on the PATH or named in " + ChromiumPrinter.ENVIRONMENT + "."})
  boolean pdf;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Path> notebooks = new ArrayList<>();
    List<Path> pooled = new ArrayList<>(); // from consecutive folders, sorted together when a file or the end follows
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException(input + ": no such notebook or folder");
      }
      if (Files.isDirectory(input)) {
        try (Stream<Path> files = Files.walk(input)) { // subfolders too: run --out keeps the notebooks' folders
          files.filter(f -> f.toString().endsWith(".ipynb") && Files.isRegularFile(f) && !hidden(input.relativize(f)))
              .sorted().forEach(pooled::add);
        }
      } else {
        addSorted(pooled, notebooks);
        notebooks.add(input);
      }
    }
    addSorted(pooled, notebooks);
    Set<Path> seen = new HashSet<>();
    notebooks.removeIf(path -> !seen.add(path.toAbsolutePath().normalize())); // a notebook named twice has one page
    PdfPrinter printer = pdf ? printer() : null;
    try {
      Path index = new ReportWriter(out, !noCode, printer).write(notebooks);
      spec.commandLine().getOut().println("wrote a report of " + notebooks.size() + " notebook(s): " + index
          + (pdf ? ", and its PDFs: " + out.resolve("index.pdf") + " and one beside each page" : ""));
      return 0;
    } catch (NotebookFormatException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Chromium's printer, found before anything is written, or a line saying how to get one. */
  private static PdfPrinter printer() {
    try {
      return ChromiumPrinter.find()::print;
    } catch (IllegalStateException missing) {
      throw new IllegalArgumentException("report --pdf: " + missing.getMessage());
    }
  }

  /** Whether a folder or file on the way is hidden ({@code .ipynb_checkpoints}, {@code .git}). */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static void addSorted(List<Path> pooled, List<Path> notebooks) {
    pooled.sort(Comparator.comparing(path -> path.getFileName().toString())); // stable: same names keep the folders' order
    notebooks.addAll(pooled);
    pooled.clear();
  }
}

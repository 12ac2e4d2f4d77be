package dev.tablebook.cli;

import dev.tablebook.notebook.Notebook;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The plain-Java baseline of the Tablesaw guide corpus (run by src/test/notebooks/tablesaw/plain-jshell.sh):
 * each notebook's code cells, in order, in a fresh JShell (jdk.jshell, the engine of the {@code jshell}
 * tool) with Tablesaw's jars and the imports an IDE would add, printing each cell that fails and why.
 * {@code layout DIR} lays the corpus out in DIR; {@code run CLASSPATH} runs the notebooks of the
 * current folder, which must be such a layout's notebooks folder.
 */
final class TablesawGuidePlainJShell {
  /** The jshell tool's default imports, then those an IDE adds for the names the guide's code uses. */
  static final List<String> IMPORTS = List.of(
      "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*", "java.util.concurrent.*",
      "java.util.function.*", "java.util.prefs.*", "java.util.regex.*", "java.util.stream.*",
      "java.time.*", "java.time.temporal.*", "java.nio.charset.*", "java.sql.Connection", "java.sql.DriverManager",
      "java.sql.ResultSet", "java.sql.Statement",
      "tech.tablesaw.api.*", "static tech.tablesaw.api.ColumnType.*", "tech.tablesaw.aggregate.*",
      "static tech.tablesaw.aggregate.AggregateFunctions.*", "tech.tablesaw.columns.*", "tech.tablesaw.columns.numbers.*",
      "tech.tablesaw.selection.*", "tech.tablesaw.io.csv.*", "tech.tablesaw.plotly.*", "tech.tablesaw.plotly.api.*",
      "tech.tablesaw.plotly.components.*", "tech.tablesaw.plotly.components.Axis.Spikes",
      "tech.tablesaw.plotly.components.Layout.HoverMode", "tech.tablesaw.plotly.traces.*");

  private TablesawGuidePlainJShell() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("layout")) {
      System.out.println(TablesawGuide.layOut(Path.of(args[1]).toAbsolutePath()));
    } else if (args.length == 2 && args[0].equals("run")) {
      for (String name : TablesawGuide.notebooks(Path.of("."))) {
        run(name, args[1]);
      }
    } else {
      System.err.println("usage: TablesawGuidePlainJShell layout DIR | run CLASSPATH");
      System.exit(2);
    }
  }

  /** Runs the code cells of notebook {@code name} and prints a line a failing cell, then a summary line. */
  private static void run(String name, String classPath) throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    List<String> failures = new ArrayList<>();
    int cells = 0;
    try (JShell shell = JShell.builder().out(new PrintStream(output, true, StandardCharsets.UTF_8))
        .err(new PrintStream(output, true, StandardCharsets.UTF_8))
        .remoteVMOptions("-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=US").build()) {
      shell.addToClasspath(classPath);
      for (String line : IMPORTS) {
        String why = eval(shell, "import " + line + ";");
        if (why != null) {
          throw new IllegalStateException("import " + line + ": " + why);
        }
      }
      List<Notebook.Cell> all = Notebook.read(Path.of(name)).cells();
      for (int i = 0; i < all.size(); i++) {
        if (!all.get(i).type().equals("code")) {
          continue;
        }
        cells++;
        String why = eval(shell, all.get(i).source());
        if (why != null) {
          // The corpus's cell ids are their positions: cell-00, cell-01, ...
          failures.add(String.format(Locale.ROOT, "  %s cell-%02d: %s", name, i, why));
        }
      }
    }
    failures.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "%s: %d code cells, %d fail in plain Java%n", name, cells, failures.size());
  }

  /** Evaluates {@code source} snippet by snippet, as jshell does; null when all went well, else why not (the first failure). */
  private static String eval(JShell shell, String source) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    String why = null;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      String snippet = info.completeness().isComplete() ? info.source() : rest;
      rest = info.completeness().isComplete() ? info.remaining() : "";
      if (snippet == null || info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        continue;
      }
      for (SnippetEvent event : shell.eval(snippet)) {
        String failure = failure(shell, event);
        if (failure != null && why == null) {
          why = failure;
        }
      }
    }
    return why;
  }

  private static String failure(JShell shell, SnippetEvent event) {
    if (event.causeSnippet() != null) {
      return null;
    }
    Snippet snippet = event.snippet();
    if (event.status() == Snippet.Status.REJECTED) {
      return "compile error: " + shell.diagnostics(snippet).filter(Diag::isError)
          .map(d -> d.getMessage(Locale.ROOT).lines().filter(l -> !l.strip().startsWith("location:")).map(String::strip)
              .collect(Collectors.joining(" "))).distinct().collect(Collectors.joining("; "))
          + " [" + firstLine(snippet.source()) + "]";
    }
    if (event.status() == Snippet.Status.RECOVERABLE_DEFINED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
      return "compile error: cannot find symbol " + shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet)
          .collect(Collectors.joining(", ")) + " [" + firstLine(snippet.source()) + "]";
    }
    if (event.exception() != null) {
      Throwable e = event.exception();
      String type = e instanceof EvalException eval ? eval.getExceptionClassName() : e.getClass().getName();
      return "exception: " + type + ": " + (e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""))
          + " [" + firstLine(snippet.source()) + "]";
    }
    return null;
  }

  private static String firstLine(String source) {
    return source.strip().lines().filter(l -> !l.strip().startsWith("//")).findFirst().orElse("");
  }
}

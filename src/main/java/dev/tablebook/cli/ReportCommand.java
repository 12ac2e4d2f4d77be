package dev.tablebook.cli;

import dev.tablebook.notebook.NotebookFormatException;
import dev.tablebook.notebook.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        + " and index.html. Charts are drawn by a copy of plotly.js in the report folder: no network needed."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NOTEBOOK|DIR", arity = "1..*", description = "Notebooks, or folders of notebooks.")
  List<Path> inputs;

  @Option(names = "--out", defaultValue = "target/report", paramLabel = "DIR", description = "Where (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--no-code", description = "Leave the code out; show only text and outputs.")
  boolean noCode;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Path> notebooks = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException("no such notebook or folder: " + input);
      }
      if (Files.isDirectory(input)) {
        try (Stream<Path> files = Files.list(input)) {
          files.filter(f -> f.toString().endsWith(".ipynb")).sorted().forEach(notebooks::add);
        }
      } else {
        notebooks.add(input);
      }
    }
    try {
      Path index = new ReportWriter(out, !noCode).write(notebooks);
      spec.commandLine().getOut().println("wrote a report of " + notebooks.size() + " notebook(s): " + index);
      return 0;
    } catch (NotebookFormatException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }
}

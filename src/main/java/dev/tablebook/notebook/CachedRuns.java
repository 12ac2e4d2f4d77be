package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A run's result as an execution-cache entry holds it, and back. Only the code cells' outputs come
 * from the entry: a restored notebook is the notebook as it is now (its markdown may have changed
 * since) with each code cell given the outputs and execution count its run left, the run's widget
 * state, and the banner of a failed run pointing at the failing cell where it is now.
 */
final class CachedRuns {
  private CachedRuns() {}

  /** Puts {@code result} into {@code entry}. */
  static void save(NotebookRunner.Result result, ObjectNode entry) throws IOException {
    entry.set("result", WorkerReports.result(result));
    result.failure().ifPresent(failure -> {
      // the banner is the executed notebook's first cell: the failing cell is at index cellNumber
      entry.put("failed_code_cell", codeOrdinal(result.notebook().cells(), failure.cellNumber()));
    });
  }

  /**
   * The result {@code entry} holds, restored onto {@code notebook} (the notebook as it is now,
   * {@link NotebookRunner#prepare}d; it becomes the result's). A restored notebook that is not valid
   * nbformat (a damaged entry) is a {@link NotebookFormatException}.
   */
  static NotebookRunner.Result restore(String name, Notebook notebook, JsonNode entry) throws NotebookFormatException {
    NotebookRunner.Result cached = WorkerReports.result(name, entry.path("result"));
    List<Notebook.Cell> now = codeCells(notebook.cells());
    List<Notebook.Cell> then = codeCells(cached.notebook().cells());
    if (now.size() != then.size()) {
      throw new IllegalArgumentException("it holds " + then.size() + " code cells, the notebook has " + now.size());
    }
    for (int i = 0; i < now.size(); i++) {
      ObjectNode was = then.get(i).json();
      now.get(i).setOutputs(then.get(i).outputs().deepCopy());
      now.get(i).json().set("execution_count", was.path("execution_count").deepCopy());
      if (was.path("metadata").has("execution")) {
        now.get(i).json().withObjectProperty("metadata").set("execution", was.path("metadata").path("execution").deepCopy());
      }
    }
    JsonNode widgets = cached.notebook().metadata().path("widgets");
    if (!widgets.isMissingNode()) {
      notebook.metadata().set("widgets", widgets.deepCopy());
    }
    Optional<NotebookRunner.Failure> failure = cached.failure().map(f -> {
      int index = position(notebook.cells(), entry.path("failed_code_cell").asInt());
      return new NotebookRunner.Failure(index + 1, f.source(), f.error(), f.timedOut());
    });
    failure.ifPresent(f -> NotebookRunner.addBanner(notebook, f));
    notebook.metadata().putObject(ExecutionCache.MARK).put("ran", entry.path("ran").asText());
    notebook.check(name); // every restored output as nbformat has it
    return new NotebookRunner.Result(notebook, cached.outcome(), failure, cached.cellsRun(), cached.cellsFailed(), cached.inputs());
  }

  private static int codeOrdinal(List<Notebook.Cell> cells, int index) {
    int ordinal = 0;
    for (int i = 0; i < index; i++) {
      ordinal += cells.get(i).type().equals("code") ? 1 : 0;
    }
    return ordinal;
  }

  /** Where the code cell {@code ordinal} (from 0) is among all {@code cells}. */
  private static int position(List<Notebook.Cell> cells, int ordinal) {
    for (int i = 0, seen = 0; i < cells.size(); i++) {
      if (cells.get(i).type().equals("code") && seen++ == ordinal) {
        return i;
      }
    }
    throw new IllegalArgumentException("it names code cell " + ordinal + " as the failing one; the notebook has fewer");
  }

  private static List<Notebook.Cell> codeCells(List<Notebook.Cell> cells) {
    return cells.stream().filter(cell -> cell.type().equals("code")).toList();
  }
}

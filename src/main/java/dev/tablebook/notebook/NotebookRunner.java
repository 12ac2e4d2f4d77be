package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.CellResult;
import dev.tablebook.engine.Engine;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.engine.LanguageInfo;
import dev.tablebook.engine.output.Output;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Executes a notebook's code cells in a fresh {@link Engine}, top to bottom, and returns the executed
 * copy (the input is never changed). On a failing or timed-out cell it stops (unless errors are
 * allowed) and puts a banner cell at the top that points at the failing cell.
 *
 * @since 0.1
 */
public final class NotebookRunner {
  /** The tag of the banner cell a failed run puts at the top (removed by the next run). */
  public static final String BANNER_TAG = "tablebook-error";

  /**
   * How to run: a per-cell timeout (null: none), whether to go on after errors, parameter values, and
   * whether to record each cell's start and end in its metadata (off by default: they change every run).
   */
  public record Options(Duration cellTimeout, boolean allowErrors, Map<String, String> parameters, boolean recordTiming) {
    public Options {
      parameters = Map.copyOf(parameters);
    }

    /** Without timing records. */
    public Options(Duration cellTimeout, boolean allowErrors, Map<String, String> parameters) {
      this(cellTimeout, allowErrors, parameters, false);
    }

    /** No timeout, stop at the first error, no parameters. */
    public static Options defaults() {
      return new Options(null, false, Map.of());
    }
  }

  /** The failing cell: its position among all cells (from 1), source and error. */
  public record Failure(int cellNumber, String source, Output.Error error, boolean timedOut) {
    /** A plain-text account: {@code headline}, the cell's first lines, the error. */
    String account(String headline) {
      StringBuilder text = new StringBuilder(headline).append('\n');
      source.lines().limit(5).forEach(line -> text.append("    | ").append(line).append('\n'));
      error.traceback().forEach(line -> text.append("  ").append(line).append('\n'));
      return text.toString();
    }
  }

  /**
   * How a run ended. A dead notebook is not a failed cell: {@code --allow-errors} allows errors in
   * cells, and a notebook whose JVM died is a failure whatever is allowed ({@link Result#passed}).
   */
  public enum Outcome {
    /** Every code cell ran (up to the end), none failed. */
    COMPLETED,
    /** A cell failed or timed out and the notebook's JVM reported it: the run stopped there, or, with errors allowed, went on. */
    CELLS_FAILED,
    /**
     * The notebook's JVM died while a cell ran (a halt, a crash, a kill after its time limit) or could
     * not be started or talked to: the cells after it never ran (nbclient's {@code DeadKernelError}).
     */
    DIED
  }

  /**
   * The executed notebook, how the run ended, and, unless it completed, the cell that failed first
   * (or the one that was running when the JVM died); how many code cells ran and how many of them failed;
   * the files the run read beyond its cells as far as the engine knows ({@link Engine#inputs}).
   */
  public record Result(Notebook notebook, Outcome outcome, Optional<Failure> failure, int cellsRun, int cellsFailed, List<Path> inputs) {
    public Result {
      Objects.requireNonNull(notebook, "notebook");
      Objects.requireNonNull(outcome, "outcome");
      if ((outcome == Outcome.COMPLETED) != failure.isEmpty()) {
        throw new IllegalArgumentException("a run that completed names no failed cell, any other run names one: " + outcome + ", " + failure);
      }
      inputs = List.copyOf(inputs);
    }

    /** A result that names no inputs. */
    public Result(Notebook notebook, Outcome outcome, Optional<Failure> failure, int cellsRun, int cellsFailed) {
      this(notebook, outcome, failure, cellsRun, cellsFailed, List.of());
    }

    /** Whether the run passes: it completed, or only cells failed and errors are allowed. A dead JVM never passes. */
    public boolean passed(boolean allowErrors) {
      return switch (outcome) {
        case COMPLETED -> true;
        case CELLS_FAILED -> allowErrors;
        case DIED -> false;
      };
    }

    /** What went wrong, for a terminal: a headline naming {@code notebook} and the cell, its first lines, the error; empty when it completed. */
    public String describe(String notebook) {
      return failure.map(f -> f.account(notebook + switch (outcome) {
        case COMPLETED -> "";
        case CELLS_FAILED -> ": cell " + f.cellNumber() + (f.timedOut() ? " timed out" : " failed");
        case DIED -> ": the notebook's JVM died while cell " + f.cellNumber() + " ran";
      })).orElse("");
    }
  }

  /** Told about each code cell as it runs: for progress lines, and for a parent that must survive its worker. */
  public interface Progress {
    /** After a code cell; {@code failed} when it ended in an error or was stopped. */
    void cellDone(int done, int total, String firstLine, Duration elapsed, boolean failed);

    /** Before the code cell at {@code index} (among all cells, from 0) runs. */
    default void cellStarted(int index) {}

    /** After the code cell at {@code index} ran: {@code cell} is it with its outputs. */
    default void cellFinished(int index, Notebook.Cell cell) {}
  }

  private NotebookRunner() {}

  /**
   * What a run starts from: a copy of {@code input} with the parameters injected, an old banner and cache mark removed,
   * every cell with an id and the metadata a front end's kernel would set ({@link #describeKernel}).
   */
  public static Notebook prepare(Notebook input, Options options) {
    Notebook notebook = input.copy();
    Parameters.inject(notebook, options.parameters());
    removeBanner(notebook);
    ExecutionCache.unmark(notebook); // a copy of a restored notebook, run again, is not from the cache
    describeKernel(notebook);
    notebook.ensureCellIds();
    return notebook;
  }

  /**
   * Writes {@code metadata.language_info} as the kernel's {@code kernel_info_reply} has it and
   * {@code metadata.kernelspec} as {@code tablebook install} writes it, so JupyterLab, which sets both
   * from the kernel when it connects, finds nothing to change and does not mark the notebook modified.
   * A kernelspec naming another installed kernel keeps its name and display name.
   */
  static void describeKernel(Notebook notebook) {
    ObjectNode metadata = notebook.metadata();
    metadata.set("language_info", JupyterJson.MAPPER.valueToTree(LanguageInfo.current().toMap()));
    com.fasterxml.jackson.databind.JsonNode old = metadata.path("kernelspec");
    String name = old.path("name").asText("");
    boolean other = name.matches("[a-zA-Z0-9._-]+") && !name.equals(LanguageInfo.KERNEL_NAME) && old.path("display_name").isTextual();
    metadata.set("kernelspec", JupyterJson.MAPPER.valueToTree(other
        ? LanguageInfo.kernelspec(name, old.path("display_name").asText())
        : LanguageInfo.kernelspec(LanguageInfo.KERNEL_NAME, LanguageInfo.DISPLAY_NAME)));
  }

  /** Runs {@code input} in a fresh engine in this JVM, with {@code folder} as the working directory of magics. */
  public static Result run(Notebook input, Path folder, Options options, Progress progress) {
    try (Engine engine = Engine.start(EngineOptions.defaults().withWorkingDirectory(folder))) {
      return run(input, engine, options, progress);
    }
  }

  /** Runs {@code input} in {@code engine}, which must be fresh (a worker starts it before the notebook arrives). */
  public static Result run(Notebook input, Engine engine, Options options, Progress progress) {
    Notebook notebook = prepare(input, options);
    WidgetStates widgets = new WidgetStates();
    dev.tablebook.comm.CommHub.global().connect(widgets); // this JVM runs this notebook only
    List<Notebook.Cell> cells = notebook.cells();
    int total = (int) cells.stream().filter(c -> c.type().equals("code")).count();
    Map<String, ObjectNode> displays = new HashMap<>();
    Failure failure = null;
    int done = 0;
    int failed = 0;
    int count = 0;
    long start = System.nanoTime();
    {
      for (int i = 0; i < cells.size(); i++) {
        Notebook.Cell cell = cells.get(i);
        if (!cell.type().equals("code")) {
          continue;
        }
        if (failure != null && !options.allowErrors()) {
          cell.setOutputs(JupyterJson.MAPPER.createArrayNode());
          cell.setExecutionCount(null);
          continue;
        }
        count++;
        progress.cellStarted(i);
        OutputCollector collector = new OutputCollector(displays, count);
        java.time.Instant started = java.time.Instant.now();
        CellResult result = engine.execute(Engine.cellName(count), cell.source(), collector, options.cellTimeout());
        if (options.recordTiming()) {
          cell.recordTiming(started, java.time.Instant.now());
        }
        cell.setOutputs(collector.outputs());
        cell.setExecutionCount(count);
        done++;
        progress.cellFinished(i, cell);
        progress.cellDone(done, total, cell.source().lines().findFirst().orElse(""), Duration.ofNanos(System.nanoTime() - start),
            !result.ok());
        failed += result.ok() ? 0 : 1;
        if (!result.ok() && failure == null) {
          boolean timedOut = result.status() == CellResult.Status.TIMED_OUT;
          Output.Error error = result.error().orElse(new Output.Error("Error", "the cell failed", List.of()));
          failure = new Failure(i + 1, cell.source(), error, timedOut);
        }
      }
    }
    widgets.writeInto(notebook.metadata());
    if (failure != null) {
      addBanner(notebook, failure);
    }
    return new Result(notebook, failure == null ? Outcome.COMPLETED : Outcome.CELLS_FAILED, Optional.ofNullable(failure), done, failed,
        engine.inputs());
  }

  /**
   * The result of a run whose JVM died while the code cell at {@code running} ran (nbclient's
   * {@code DeadKernelError}): the cells that {@code finished} keep their outputs, the running one gets
   * the error, the later ones are left unrun, and the banner names the cell.
   */
  public static Result died(Notebook input, Options options, Map<Integer, Notebook.Cell> finished, int running, String why) {
    Notebook notebook = prepare(input, options);
    List<Notebook.Cell> cells = notebook.cells();
    Output.Error error = new Output.Error("DeadKernelError", why, List.of("DeadKernelError: " + why));
    int count = 0;
    int failed = 1; // the running cell
    for (int i = 0; i < cells.size(); i++) {
      Notebook.Cell cell = cells.get(i);
      if (!cell.type().equals("code")) {
        continue;
      }
      if (finished.containsKey(i)) {
        failed += hasError(finished.get(i)) ? 1 : 0;
        cell.setOutputs(finished.get(i).outputs().deepCopy());
        cell.setExecutionCount(++count);
      } else if (i == running) {
        OutputCollector collector = new OutputCollector(new HashMap<>(), ++count);
        collector.accept(error);
        cell.setOutputs(collector.outputs());
        cell.setExecutionCount(count);
      } else {
        cell.setOutputs(JupyterJson.MAPPER.createArrayNode());
        cell.setExecutionCount(null);
      }
    }
    Failure failure = new Failure(running + 1, running < cells.size() ? cells.get(running).source() : "", error, false);
    addBanner(notebook, failure);
    return new Result(notebook, Outcome.DIED, Optional.of(failure), finished.size(), failed);
  }

  private static boolean hasError(Notebook.Cell cell) {
    for (com.fasterxml.jackson.databind.JsonNode output : cell.outputs()) {
      if (output.path("output_type").asText().equals("error")) {
        return true;
      }
    }
    return false;
  }

  static void removeBanner(Notebook notebook) {
    List<Notebook.Cell> cells = notebook.cells();
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (cells.get(i).tags().contains(BANNER_TAG)) {
        notebook.remove(i);
      }
    }
  }

  static void addBanner(Notebook notebook, Failure failure) {
    ObjectNode cell = JupyterJson.MAPPER.createObjectNode();
    cell.put("cell_type", "markdown");
    cell.put("id", BANNER_TAG);
    cell.putObject("metadata").putArray("tags").add(BANNER_TAG);
    cell.set("source", Notebook.Cell.lines("**Execution failed in cell " + failure.cellNumber()
        + "** (counting from the top, without this note): `" + failure.error().ename() + "`: "
        + failure.error().evalue().replace("\n", " ")));
    notebook.insert(0, new Notebook.Cell(cell));
  }
}

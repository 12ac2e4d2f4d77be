package dev.tablebook.cli;

import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookFormatException;
import dev.tablebook.notebook.NotebookRunner;
import dev.tablebook.notebook.ExecutionCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tablebook run NOTEBOOK...}: executes notebooks headlessly, each in a JVM of its own, without Jupyter. */
@Command(name = "run", description = {
    "Execute notebooks and write the executed copies (atomically); a notebook whose code and inputs did not change"
        + " since its last run is taken from the execution cache (see --cache-dir).",
    "Each notebook runs in a JVM of its own, started in the notebook's folder. A failing cell stops the run"
        + " (unless --allow-errors): the executed notebook is still written, with a banner pointing at the cell,"
        + " and the exit code is 1.",
    "A notebook whose JVM dies (a halt, a crash, a kill after --timeout) is a failure with or without --allow-errors:"
        + " a banner names the cell that was running, the other notebooks still run, and the exit code is 1."})
final class RunCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NOTEBOOK", arity = "1..*", description = "The .ipynb files to run.")
  List<Path> notebooks;

  private static final Path DEFAULT_OUT = Path.of("target", "executed");

  @Option(names = "--out", paramLabel = "DIR", description = {"Write executed notebooks here (default: target/executed),",
      "each at its path under the folder the notebooks share (checked writable before anything runs)."})
  Path out;

  @Option(names = "--in-place", description = "Overwrite each notebook with its executed copy.")
  boolean inPlace;

  @Mixin ExecutionOptions execution = new ExecutionOptions();

  @Option(names = "--allow-errors", description = {"Run every cell even after one fails (exit 0 if only cells failed).",
      "A notebook whose JVM died (a halt, a crash, a kill after --timeout) is a failure all the same (exit 1)."})
  boolean allowErrors;

  @Option(names = "--record-timing", description = "Record when each cell started and ended in its metadata.")
  boolean recordTiming;

  @Option(names = "--help-params", description = "List the parameters each notebook declares, and run nothing.")
  boolean helpParams;

  @Mixin ShardOption shard;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (inPlace && this.out != null) {
      throw new IllegalArgumentException("--in-place and --out exclude each other");
    }
    notebooks = shard.select(ExecutedFiles.distinct(notebooks), out);
    Map<Path, Path> targets = inPlace ? Map.of() : ExecutedFiles.under(this.out == null ? DEFAULT_OUT : this.out, notebooks);
    Map<String, String> parameters = execution.parameters();
    List<Notebook> loaded = new ArrayList<>();
    for (Path path : notebooks) {
      try {
        Notebook notebook = Notebook.read(path);
        execution.check(path, notebook); // a bad value fails here, before anything runs
        loaded.add(notebook);
      } catch (NotebookFormatException e) {
        throw new IllegalArgumentException(e.getMessage());
      }
    }
    if (helpParams) {
      for (int i = 0; i < notebooks.size(); i++) {
        out.println(notebooks.get(i) + ":");
        dev.tablebook.notebook.Parameters.declared(loaded.get(i)).forEach((name, type) -> out.println("  " + type + " " + name));
      }
      return 0;
    }
    NotebookRunner.Options options = new NotebookRunner.Options(
        execution.cellTimeout(), allowErrors, parameters, recordTiming);
    ProgressLines progress = new ProgressLines(out, System.console() != null);
    List<Boolean> passed = NotebookJobs.run(notebooks, loaded, options, execution, spec.commandLine().getErr(),
        path -> (done, total, line, elapsed, failed) -> progress.cell(path.toString(), done, total, line, elapsed, failed),
        done -> written(done, inPlace ? done.path() : targets.get(done.path()), progress), written -> { });
    return passed.contains(false) ? 1 : 0;
  }

  /** Writes the executed notebook of {@code done} to {@code target} and says how its run went. */
  private boolean written(NotebookJobs.Done done, Path target, ProgressLines progress) throws IOException {
    Path path = done.path();
    String name = path.toString();
    NotebookRunner.Result result = done.result();
    if (inPlace) {
      ExecutionCache.unmark(result.notebook()); // a committed notebook stays as a run leaves it
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    result.notebook().write(target);
    if (!result.passed(allowErrors)) {
      String what = switch (result.outcome()) {
        case COMPLETED, CELLS_FAILED -> "failed";
        case DIED -> "the notebook's JVM died";
      };
      progress.finished(name, path + ": " + what + done.cacheNote() + ", wrote the partly executed notebook to " + target);
      synchronized (progress) {
        spec.commandLine().getErr().print(result.describe(path.toString()));
        spec.commandLine().getErr().flush();
      }
      return false;
    }
    String failed = result.cellsFailed() == 0 ? "" : " (" + result.cellsFailed() + " failed, errors allowed)";
    progress.finished(name, path + ": " + result.cellsRun() + " cells run" + failed + done.cacheNote() + ", written to " + target);
    return true;
  }
}

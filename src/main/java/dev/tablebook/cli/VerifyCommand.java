package dev.tablebook.cli;

import dev.tablebook.notebook.JUnitReport;
import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookFormatException;
import dev.tablebook.notebook.NotebookRunner;
import dev.tablebook.notebook.NotebookVerifier;
import dev.tablebook.notebook.NotebookWorkers;
import dev.tablebook.notebook.OutputNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tablebook verify NOTEBOOK...}: re-executes notebooks and compares every output with the committed one. */
@Command(name = "verify", description = {
    "Re-execute notebooks, each in a JVM of its own started in its folder, and compare every output with the"
        + " committed one; exit 1 on any mismatch, and on a notebook whose JVM died (whatever its outputs).",
    "Volatile text is normalised first (identity hash codes, %%time durations, temporary paths, ANSI codes)."
        + " Tag a cell skip-verify (not run) or ignore-output (run, not compared); nbval-skip and"
        + " nbval-ignore-output work too."})
final class VerifyCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NOTEBOOK", arity = "1..*", description = "The .ipynb files to verify.")
  List<Path> notebooks;

  @Option(names = "--sanitize", paramLabel = "FILE", description = "More normalising rules: lines of REGEX => REPLACEMENT.")
  Path sanitizers;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write each notebook as it ran here (at its path under the folder the notebooks share),"
          + " e.g. for 'tablebook report DIR'.")
  Path executedDir;

  @Option(names = "--junit", paramLabel = "FILE",
      description = "Also write JUnit XML, one test case per code cell (with --shard, of this shard's notebooks).")
  Path junit;

  @Mixin ShardOption shard;

  @Mixin ExecutionOptions execution = new ExecutionOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    OutputNormalizer normalizer = sanitizers == null ? OutputNormalizer.standard() : OutputNormalizer.withSanitizers(sanitizers);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    notebooks = shard.select(ExecutedFiles.distinct(notebooks), out);
    Map<Path, Path> executedFiles = executedDir == null ? Map.of() : ExecutedFiles.under(executedDir, notebooks);
    if (junit != null) {
      ExecutedFiles.checkWritableFile(junit);
    }
    Map<Path, Notebook> committed = new LinkedHashMap<>();
    for (Path path : notebooks) {
      try {
        committed.put(path, Notebook.read(path));
        execution.checkParameters(path, committed.get(path)); // as run: a bad value fails before anything runs
      } catch (NotebookFormatException e) {
        throw new IllegalArgumentException(e.getMessage());
      }
    }
    NotebookRunner.Options options = new NotebookRunner.Options(execution.cellTimeout(), true, execution.parameters());
    int parallel = execution.parallel();
    Map<Path, Future<NotebookRunner.Result>> runs = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    Map<Path, List<NotebookVerifier.CellVerdict>> all = new LinkedHashMap<>();
    int mismatches = 0;
    try (NotebookWorkers workers = Workers.start(notebooks, parallel, execution.jvmOptions)) {
      for (int i = 0; i < notebooks.size(); i++) {
        int index = i;
        Path path = notebooks.get(i);
        runs.put(path, pool.submit(() -> {
          Workers.startAhead(workers, notebooks, index + parallel);
          return workers.run(NotebookVerifier.runnable(committed.get(path)), path.toString(), path.toAbsolutePath().getParent(),
              options, (done, total, line, elapsed, failed) -> { });
        }));
      }
      for (Path path : notebooks) {
        NotebookRunner.Result result = result(runs.get(path));
        Notebook executed = result.notebook();
        List<NotebookVerifier.CellVerdict> verdicts = NotebookVerifier.compare(committed.get(path), result, normalizer);
        all.put(path, verdicts);
        if (executedDir != null) {
          Path target = executedFiles.get(path);
          Files.createDirectories(target.getParent());
          executed.write(target);
        }
        for (NotebookVerifier.CellVerdict verdict : verdicts) {
          if (!verdict.matches()) {
            mismatches++;
            err.println(path + (verdict.died() ? ": the notebook's JVM died while cell " + verdict.cellNumber() + " ran ("
                : ": cell " + verdict.cellNumber() + " differs (") + verdict.firstLine() + ")");
            err.print(verdict.difference());
          }
        }
        long compared = verdicts.stream().filter(v -> !v.skipped()).count();
        out.println(path + ": " + compared + " cells compared, " + verdicts.stream().filter(v -> !v.matches()).count() + " differ"
            + verdicts.stream().filter(NotebookVerifier.CellVerdict::died).map(v -> ", its JVM died in cell " + v.cellNumber())
                .findFirst().orElse(""));
        out.flush();
        err.flush();
      }
    } finally {
      pool.shutdown();
    }
    if (junit != null) {
      JUnitReport.write(junit, all);
    }
    out.flush();
    err.flush();
    return mismatches == 0 ? 0 : 1;
  }

  private static NotebookRunner.Result result(Future<NotebookRunner.Result> run) throws IOException {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while notebooks ran", e);
    } catch (ExecutionException e) {
      throw new IOException("running a notebook failed: " + e.getCause(), e.getCause());
    }
  }
}

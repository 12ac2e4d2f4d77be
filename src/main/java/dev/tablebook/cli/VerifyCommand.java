package dev.tablebook.cli;

import dev.tablebook.notebook.JUnitReport;
import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookFormatException;
import dev.tablebook.notebook.NotebookRunner;
import dev.tablebook.notebook.NotebookVerifier;
import dev.tablebook.notebook.OutputNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
    "A notebook whose code and inputs did not change since its last run is taken from the execution cache"
        + " (see --cache-dir), and compared all the same.",
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
  public Integer call() throws Exception {
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
        execution.check(path, committed.get(path)); // as run: a bad value fails before anything runs
      } catch (NotebookFormatException e) {
        throw new IllegalArgumentException(e.getMessage());
      }
    }
    NotebookRunner.Options options = new NotebookRunner.Options(execution.cellTimeout(), true, execution.parameters());
    Map<Path, List<NotebookVerifier.CellVerdict>> all = new LinkedHashMap<>();
    Map<Path, Instant> cached = new LinkedHashMap<>();
    List<Path> paths = List.copyOf(committed.keySet());
    NotebookJobs.run(paths, paths.stream().map(p -> NotebookVerifier.runnable(committed.get(p))).toList(),
        options, execution, err, path -> (done, total, line, elapsed, failed) -> { }, done -> done, done -> {
          done.cachedRun().ifPresent(ran -> cached.put(done.path(), ran));
          all.put(done.path(), verified(done, committed.get(done.path()), normalizer, executedFiles.get(done.path()), out, err));
        });
    if (junit != null) {
      JUnitReport.write(junit, all, cached);
    }
    out.flush();
    err.flush();
    return all.values().stream().flatMap(List::stream).allMatch(NotebookVerifier.CellVerdict::matches) ? 0 : 1;
  }

  /** Compares the run of {@code done} with {@code committed}, says how it went, and writes it to {@code target} (unless null). */
  private static List<NotebookVerifier.CellVerdict> verified(NotebookJobs.Done done, Notebook committed, OutputNormalizer normalizer,
      Path target, PrintWriter out, PrintWriter err) throws IOException {
    Path path = done.path();
    List<NotebookVerifier.CellVerdict> verdicts = NotebookVerifier.compare(committed, done.result(), normalizer);
    if (target != null) {
      Files.createDirectories(target.getParent());
      done.result().notebook().write(target);
    }
    for (NotebookVerifier.CellVerdict verdict : verdicts) {
      if (!verdict.matches()) {
        err.println(path + (verdict.died() ? ": the notebook's JVM died while cell " + verdict.cellNumber() + " ran ("
            : ": cell " + verdict.cellNumber() + " differs (") + verdict.firstLine() + ")");
        err.print(verdict.difference());
      }
    }
    long compared = verdicts.stream().filter(v -> !v.skipped()).count();
    out.println(path + ": " + compared + " cells compared, " + verdicts.stream().filter(v -> !v.matches()).count() + " differ"
        + verdicts.stream().filter(NotebookVerifier.CellVerdict::died).map(v -> ", its JVM died in cell " + v.cellNumber())
            .findFirst().orElse("") + done.cacheNote());
    out.flush();
    err.flush();
    return verdicts;
  }
}

package dev.tablebook.cli;

import dev.tablebook.data.Datasets;
import dev.tablebook.notebook.ExecutionCache;
import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookRunner;
import dev.tablebook.notebook.NotebookWorkers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs the notebooks of {@code run} and {@code verify}: each is taken from the execution cache when
 * it holds the run, else executed in a JVM of its own, {@code --jobs} at once (JVMs are started only
 * for the notebooks that run), and stored in the cache.
 */
final class NotebookJobs {
  /** A notebook's run: {@code cachedRun} is when it executed, when it came from the cache. */
  record Done(Path path, NotebookRunner.Result result, Optional<Instant> cachedRun) {
    /** " (from the cache: executed TIME)", or "" for a run just now. */
    String cacheNote() {
      return cachedRun.map(ran -> " (from the cache: executed " + ran.truncatedTo(ChronoUnit.SECONDS) + ")").orElse("");
    }
  }

  /** What a command does with each run, on the thread that ran it. */
  interface Finish<T> {
    T finish(Done done) throws Exception;
  }

  /** What a command does with what {@link Finish} made of each run, in the notebooks' order, as soon as each is there. */
  interface InOrder<T> {
    void accept(T finished) throws Exception;
  }

  private NotebookJobs() {}

  /**
   * Runs {@code inputs} (read from {@code paths}) with {@code options}, hands what {@code finish} made of
   * each to {@code inOrder}, and returns them all. {@code progress} gives the progress reporter of a notebook that runs.
   */
  static <T> List<T> run(List<Path> paths, List<Notebook> inputs, NotebookRunner.Options options, ExecutionOptions execution,
      PrintWriter err, Function<Path, NotebookRunner.Progress> progress, Finish<T> finish, InOrder<T> inOrder) throws Exception {
    Optional<ExecutionCache> cache = execution.cache(warning -> warn(err, warning));
    List<ExecutionCache.Slot> slots = lookUp(cache, paths, inputs, options, execution);
    List<Path> toRun = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Path path = paths.get(i);
      Optional<ExecutionCache.Slot> slot = Optional.ofNullable(slots.get(i));
      if (slot.flatMap(ExecutionCache.Slot::cached).isEmpty()) {
        toRun.add(path);
        slot.flatMap(ExecutionCache.Slot::changed).ifPresent(change -> warn(err, path + ": runs again, " + change + " since its cached run"));
      }
    }
    int parallel = execution.parallel();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try (NotebookWorkers workers = toRun.isEmpty() ? null : Workers.start(toRun, parallel, execution.jvmOptions)) {
      List<Future<T>> results = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        Path path = paths.get(i);
        Notebook input = inputs.get(i);
        ExecutionCache.Slot slot = slots.get(i);
        if (slot != null && slot.cached().isPresent()) {
          ExecutionCache.Cached cached = slot.cached().get();
          results.add(pool.submit(() -> finish.finish(new Done(path, cached.result(), Optional.of(cached.ran())))));
          continue;
        }
        int index = toRun.indexOf(path);
        results.add(pool.submit(() -> {
          Workers.startAhead(workers, toRun, index + parallel);
          NotebookRunner.Result result = workers.run(input, path.toString(), path.toAbsolutePath().getParent(), options,
              progress.apply(path));
          cache.ifPresent(c -> c.store(slot, result));
          return finish.finish(new Done(path, result, Optional.empty()));
        }));
      }
      List<T> finished = new ArrayList<>();
      for (Future<T> result : results) {
        finished.add(get(result));
        inOrder.accept(finished.get(finished.size() - 1));
      }
      return finished;
    } finally {
      pool.shutdown();
    }
  }

  /** Each notebook's slot in the cache (null without one). */
  private static List<ExecutionCache.Slot> lookUp(Optional<ExecutionCache> cache, List<Path> paths, List<Notebook> inputs,
      NotebookRunner.Options options, ExecutionOptions execution) {
    List<ExecutionCache.Slot> slots = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      slots.add(cache.isEmpty() ? null : cache.get().lookup(paths.get(i), inputs.get(i), options, dataPackage(paths.get(i), execution)));
    }
    return slots;
  }

  /** The data package a notebook's JVM would read, as an input of every run. */
  private static List<Path> dataPackage(Path notebook, ExecutionOptions execution) {
    return Datasets.directoryFor(notebook.toAbsolutePath().getParent(), execution.datasetsOption()).map(List::of).orElse(List.of());
  }

  private static void warn(PrintWriter err, String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }

  private static <T> T get(Future<T> result) throws Exception {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while notebooks ran", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : new IOException("running a notebook failed: " + e.getCause(), e.getCause());
    }
  }
}

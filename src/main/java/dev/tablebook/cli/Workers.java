package dev.tablebook.cli;

import dev.tablebook.notebook.NotebookWorkers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code run} and {@code verify} start their notebooks' JVMs: with this JVM's memory and
 * property options, {@link #DEFAULT_OPTIONS}, then the user's {@code --jvm-opt}s; one started ahead per job.
 */
final class Workers {
  /**
   * C1 only: a notebook's JVM lives seconds, and C2's compiler threads cost more CPU than they save
   * (the six notebooks of {@code notebooks/}: 18.7 s → 11.9 s, see BENCHMARKS.md). A long
   * computation may want C2 back: {@code --jvm-opt -XX:TieredStopAtLevel=4}.
   */
  static final List<String> DEFAULT_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

  private Workers() {}

  /** Workers for {@code notebooks}, the first {@code parallel} of them already starting. */
  static NotebookWorkers start(List<Path> notebooks, int parallel, List<String> userOptions) {
    List<String> options = new ArrayList<>(NotebookWorkers.inheritedJvmOptions());
    options.addAll(DEFAULT_OPTIONS);
    options.addAll(userOptions);
    NotebookWorkers workers = new NotebookWorkers(options, dev.tablebook.engine.Engine.processStderr());
    for (int i = 0; i < Math.min(parallel, notebooks.size()); i++) {
      startAhead(workers, notebooks, i);
    }
    return workers;
  }

  /** Starts the JVM of notebook {@code index}, if there is one, while earlier notebooks run. */
  static void startAhead(NotebookWorkers workers, List<Path> notebooks, int index) {
    if (index < notebooks.size()) {
      workers.prestart(notebooks.get(index).toAbsolutePath().getParent());
    }
  }
}

package dev.tablebook.cli;

import dev.tablebook.jvm.JvmOptions;
import dev.tablebook.notebook.NotebookWorkers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code run} and {@code verify} start their notebooks' JVMs: with this JVM's memory and
 * property options, {@link JvmOptions#forWorker} (the class-data archive when there is one for this
 * jar and Java, and the JIT's first tier only: see src/bench/BENCHMARKS.md), then the user's
 * {@code --jvm-opt}s ({@code -XX:TieredStopAtLevel=4} brings C2 back for long computations); one
 * started ahead per job.
 */
final class Workers {
  private Workers() {}

  /** Workers for {@code notebooks}, the first {@code parallel} of them already starting. */
  static NotebookWorkers start(List<Path> notebooks, int parallel, List<String> userOptions) {
    List<String> options = new ArrayList<>(NotebookWorkers.inheritedJvmOptions());
    Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");
    String classPath = System.getProperty("java.class.path");
    options.addAll(classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
        ? JvmOptions.forWorker(javaExecutable, Path.of(classPath).toAbsolutePath())
        : concat(JvmOptions.forCells(javaExecutable), JvmOptions.SHORT_RUN));
    options.addAll(userOptions);
    NotebookWorkers workers = new NotebookWorkers(options, dev.tablebook.engine.Engine.processStderr());
    for (int i = 0; i < Math.min(parallel, notebooks.size()); i++) {
      startAhead(workers, notebooks, i);
    }
    return workers;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  /** Starts the JVM of notebook {@code index}, if there is one, while earlier notebooks run. */
  static void startAhead(NotebookWorkers workers, List<Path> notebooks, int index) {
    if (index < notebooks.size()) {
      workers.prestart(notebooks.get(index).toAbsolutePath().getParent());
    }
  }
}

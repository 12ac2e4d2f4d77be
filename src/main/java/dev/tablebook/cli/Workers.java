package dev.tablebook.cli;

import dev.tablebook.notebook.NotebookWorkers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How {@code run} and {@code verify} start their notebooks' JVMs: with this JVM's options, one started ahead per job. */
final class Workers {
  private Workers() {}

  /** Workers for {@code notebooks}, the first {@code parallel} of them already starting. */
  static NotebookWorkers start(List<Path> notebooks, int parallel) {
    List<String> options = new ArrayList<>(NotebookWorkers.inheritedJvmOptions());
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

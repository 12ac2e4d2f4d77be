package dev.tablebook.cli;

import dev.tablebook.data.Datasets;
import dev.tablebook.notebook.ExecutionCache;
import dev.tablebook.notebook.NotebookWorkers;
import dev.tablebook.notebook.RunKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The options of {@code run} and {@code verify} that say how notebooks execute: parameters, time
 * limit, parallel jobs, JVM options, and the execution cache.
 */
final class ExecutionOptions {
  @Option(names = {"-p", "--parameter"}, arity = "2", paramLabel = "NAME VALUE",
      description = "Set a parameter declared in the cell tagged 'parameters'; repeatable.")
  List<String> parameterPairs = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Interrupt a cell that runs longer, and fail it.")
  Long timeoutSeconds;

  @Option(names = "--jobs", defaultValue = "1", paramLabel = "N",
      description = "Notebooks run in parallel, each in its own JVM (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Option(names = "--jvm-opt", paramLabel = "OPT",
      description = "An option for the notebooks' JVMs, such as -Xmx4g or -XX:TieredStopAtLevel=4 (C2 for long computations); repeatable.")
  List<String> jvmOptions = new ArrayList<>();

  @Option(names = "--no-cache", description = "Execute every notebook, and neither read nor write the execution cache.")
  boolean noCache;

  @Option(names = "--cache-dir", paramLabel = "DIR", description = {
      "Keep the execution cache here (default: target/tablebook-cache): a notebook runs again only when its code,"
          + " parameters, Tablebook, the JDK, its jars, the data package or the inputs it declares changed"
          + " (not a file a cell opens undeclared). A CI can keep this folder between runs."})
  Path cacheDir;

  @Option(names = "--refresh", description = "Execute every notebook and store the runs in the cache (when something it does not track changed).")
  boolean refresh;

  private static final Path DEFAULT_CACHE = Path.of("target", "tablebook-cache");

  /** The execution cache these options ask for (warnings to {@code warnings}), or empty with {@code --no-cache}. */
  Optional<ExecutionCache> cache(Consumer<String> warnings) {
    if (noCache) {
      if (refresh) {
        throw new IllegalArgumentException("--no-cache excludes --refresh");
      }
      return Optional.empty(); // with a --cache-dir too: a CI may name the folder always and turn the cache off at times
    }
    return Optional.of(new ExecutionCache(cacheDir == null ? DEFAULT_CACHE : cacheDir, Path.of(""),
        RunKey.Environment.current(NotebookWorkers.inheritedJvmOptions(), jvmOptions), refresh, warnings));
  }

  /** The parameters, by name, in the order given. */
  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parameterPairs.size(); i += 2) {
      parameters.put(parameterPairs.get(i), parameterPairs.get(i + 1));
    }
    return parameters;
  }

  /**
   * Fails now, naming {@code path}, when a {@code -p} value does not fit the parameters {@code notebook}
   * declares, or the inputs it declares for the cache are malformed (with or without the cache).
   */
  void check(Path path, dev.tablebook.notebook.Notebook notebook) {
    try {
      dev.tablebook.notebook.Parameters.inject(notebook.copy(), parameters());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
    ExecutionCache.checkDeclaredInputs(path, notebook);
  }

  /**
   * Where the notebooks' JVMs look for the data package when told: the last {@code -Dtablebook.datasets=}
   * of {@code --jvm-opt}, else this JVM's property or environment variable (which they inherit).
   */
  Optional<String> datasetsOption() {
    String prefix = "-D" + Datasets.PROPERTY + "=";
    for (int i = jvmOptions.size() - 1; i >= 0; i--) {
      if (jvmOptions.get(i).startsWith(prefix)) {
        return Optional.of(jvmOptions.get(i).substring(prefix.length()));
      }
    }
    return Datasets.configured();
  }

  /** The time limit of one cell, or null. */
  Duration cellTimeout() {
    if (timeoutSeconds != null && timeoutSeconds <= 0) {
      throw new IllegalArgumentException("--timeout must be a number of seconds above 0, not " + timeoutSeconds);
    }
    return timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds);
  }

  /** How many notebooks run at once (at least 1). */
  int parallel() {
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be 1 or more, not " + jobs);
    }
    return jobs;
  }
}

package dev.tablebook.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * How an {@link Engine} is set up. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param imports the imports every session starts with (plain or {@code static}, without "import")
 * @param maxCellOutputBytes how many bytes (UTF-8) of output one cell may send, over printed text, displays and
 *     its value, before the rest is cut with a note (default 4 MiB)
 * @param classPath extra class path entries for the session
 * @param workingDirectory where relative paths in magics ({@code %load}, {@code %jars}) start
 * @since 0.1
 */
public record EngineOptions(List<String> imports, long maxCellOutputBytes, List<Path> classPath, Path workingDirectory) {

  /**
   * The imports of a fresh session: IJava's (java.util, java.io, java.math, java.net,
   * java.util.concurrent, java.util.prefs, java.util.regex, and its notebook helpers, here
   * {@link dev.tablebook.display.Display} and {@link dev.tablebook.display.Notebook}), then the
   * JDK's other everyday packages, Tablesaw and Tablebook's entry points. Tablesaw's are the packages
   * its user guide uses without showing an import: the API and {@code ColumnType}'s constants
   * ({@code ColumnType[] types = {LOCAL_DATE, INTEGER}}), columns and their formatters, selections,
   * aggregation ({@code CrossTab}, and {@code AggregateFunctions}' statics, so that
   * {@code t.summarize("x", mean, median)} compiles), indexes, CSV options, and all of jsplot (plots,
   * components with {@code Axis}' and {@code Layout}'s nested types such as {@code Spikes} and
   * {@code HoverMode}, traces). Every import is on demand ({@code .*}): a name the user declares always wins
   * over it, and no simple name comes from two of them (checked by a test).
   */
  public static final List<String> DEFAULT_IMPORTS = List.of(
      "java.util.*", "java.io.*", "java.math.*", "java.net.*", "java.util.concurrent.*", "java.util.prefs.*",
      "java.util.regex.*", "static dev.tablebook.display.Display.*", "static dev.tablebook.display.Notebook.*",
      "java.util.function.*", "java.util.stream.*", "java.time.*", "java.nio.file.*",
      "tech.tablesaw.api.*", "static tech.tablesaw.api.ColumnType.*", "tech.tablesaw.columns.*", "tech.tablesaw.columns.numbers.*", "tech.tablesaw.selection.*",
      "tech.tablesaw.aggregate.*", "static tech.tablesaw.aggregate.AggregateFunctions.*", "tech.tablesaw.index.*",
      "tech.tablesaw.io.csv.*", "tech.tablesaw.plotly.*", "tech.tablesaw.plotly.api.*",
      "tech.tablesaw.plotly.components.*", "tech.tablesaw.plotly.components.Axis.*",
      "tech.tablesaw.plotly.components.Layout.*", "tech.tablesaw.plotly.traces.*",
      "dev.tablebook.data.*", "dev.tablebook.display.*",
      "dev.tablebook.tables.*", "dev.tablebook.charts.*", "dev.tablebook.article.*", "dev.tablebook.sql.*",
      "dev.tablebook.widgets.*", "dev.tablebook.grid.*");

  public EngineOptions {
    imports = List.copyOf(imports);
    classPath = List.copyOf(classPath);
  }

  /** The default options: {@link #DEFAULT_IMPORTS}, 4 MiB of output per cell, the working directory. */
  public static EngineOptions defaults() {
    return new EngineOptions(DEFAULT_IMPORTS, 4L << 20, List.of(), Path.of("").toAbsolutePath());
  }

  /** These options with other default imports. */
  public EngineOptions withImports(List<String> imports) {
    return new EngineOptions(imports, maxCellOutputBytes, classPath, workingDirectory);
  }

  /** These options with another limit on the output of one cell, in bytes. */
  public EngineOptions withMaxCellOutputBytes(long limit) {
    return new EngineOptions(imports, limit, classPath, workingDirectory);
  }

  /** These options with extra class path entries. */
  public EngineOptions withClassPath(List<Path> entries) {
    return new EngineOptions(imports, maxCellOutputBytes, entries, workingDirectory);
  }

  /** These options with another working directory for magics. */
  public EngineOptions withWorkingDirectory(Path dir) {
    return new EngineOptions(imports, maxCellOutputBytes, classPath, dir.toAbsolutePath());
  }
}

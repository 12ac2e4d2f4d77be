package dev.tablebook.sql;

import dev.tablebook.io.AtomicFiles;
import dev.tablebook.io.NativeLibraries;
import dev.tablebook.io.PrivateTemp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import tech.tablesaw.api.Table;

/**
 * One embedded DuckDB database, in memory, and the way to run SQL on it from Java: queries give
 * Tablesaw tables, Tablesaw tables become SQL tables, Parquet files are read and written.
 *
 * <p>A statement runs on a thread of the database's own while the caller waits: when the caller is
 * interrupted (a notebook's interrupt or time limit), the statement is cancelled in DuckDB and the wait
 * ends within a second, and the database is ready for the next one. One statement runs at a time, and
 * every wait for one is interruptible. A statement that does not stop within
 * {@link SqlSettings#cancelGrace()} of its cancel (DuckDB cannot cancel a read from a pipe or a
 * stalled network) costs its database, never the caller: the database is abandoned, with the tables
 * made in it, every later call says so at once, and {@link Sql} opens a new one at its next call.
 * Long statements report their progress ({@link Request#progress}), on the calling thread, four times a second.
 * How statements run, are cancelled and cost their database is {@link CancellableConnection}'s job.
 *
 * @since 0.3
 */
public final class SqlDatabase implements AutoCloseable {
  /** Numbers the temporary tables that {@link #writeParquet} copies from. */
  private static final AtomicInteger EXPORTS = new AtomicInteger();
  /** The spill folders of databases with no folder given: {@code duckdb-RANDOM} in the process's private temp folder. */
  private static final String SPILL_PREFIX = "duckdb-";
  /** Where {@link #registerTemporary} keeps its copies. */
  private static final String SESSION_SCHEMA = "tablebook_session";

  private final DuckDBConnection connection;
  private final SqlSettings settings;
  private final CancellableConnection statements;

  private SqlDatabase(DuckDBConnection connection, SqlSettings settings, Path ownTempDirectory) {
    this.connection = connection;
    this.settings = settings;
    this.statements = new CancellableConnection(connection, settings.cancelGrace(), () -> deleteTree(ownTempDirectory));
  }

  /** A new, empty in-memory database with these settings. */
  public static SqlDatabase open(SqlSettings settings) {
    Path ownTemp = null;
    try {
      NativeLibraries.prepare(); // the driver loads its library from a cache folder, not from a 72 MB temp file per JVM
      Path temp = settings.tempDirectory();
      if (temp == null) { // removed at close; with the process's private folder if the process is killed first
        ownTemp = Files.createTempDirectory(PrivateTemp.own(), SPILL_PREFIX);
        temp = ownTemp;
      }
      Properties properties = new Properties();
      properties.setProperty("memory_limit", settings.memoryLimit());
      properties.setProperty("temp_directory", temp.toAbsolutePath().toString());
      if (settings.threads() > 0) {
        properties.setProperty("threads", String.valueOf(settings.threads()));
      }
      properties.setProperty("errors_as_json", "true");
      // The driver itself, not DriverManager: that finds drivers through the thread's context class loader, which in a cell hides org.duckdb.
      DuckDBConnection connection = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:", properties);
      try (Statement statement = connection.createStatement()) {
        // Progress is tracked for getQueryProgress, never printed (DuckDB would print to the process's stdout).
        statement.execute("SET enable_progress_bar = true");
        statement.execute("SET enable_progress_bar_print = false");
      }
      return new SqlDatabase(connection, settings, ownTemp);
    } catch (SQLException e) {
      deleteTree(ownTemp);
      throw SqlErrors.from(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a DuckDB database: " + e.getMessage(), e);
    }
  }

  /** The settings the database was opened with (a later {@code SET} in SQL is not reflected). */
  public SqlSettings settings() {
    return settings;
  }

  /** The JDBC connection, for what this class does not offer (it is shared: do not close it). */
  public Connection connection() {
    return connection;
  }

  /**
   * What to run: a statement, its {@code ?} parameters, how many rows to keep, whom to tell the
   * progress, and whether it must give rows (when it would not, it does not run: {@link SqlException.NoRows}).
   */
  public record Request(String sql, List<?> parameters, long maxRows, DoubleConsumer progress, boolean rowsRequired) {
    public Request {
      Objects.requireNonNull(sql, "sql");
      parameters = List.copyOf(parameters.stream().map(p -> p == null ? NullParameter.NULL : p).toList());
      progress = progress == null ? percent -> { } : progress;
    }

    /** A request that need not give rows. */
    public Request(String sql, List<?> parameters, long maxRows, DoubleConsumer progress) {
      this(sql, parameters, maxRows, progress, false);
    }

    /** {@code sql} with {@code parameters}, all rows, no progress. */
    public static Request of(String sql, Object... parameters) {
      return new Request(sql, java.util.Arrays.asList(parameters), -1, null);
    }

    /** The same request keeping at most {@code rows} rows of the result. */
    public Request limitedTo(long rows) {
      return new Request(sql, parameters, rows, progress, rowsRequired);
    }

    /** The same request telling {@code listener} the percentage done (0 to 100) while it runs. */
    public Request progress(DoubleConsumer listener) {
      return new Request(sql, parameters, maxRows, listener, rowsRequired);
    }

    /** The same request refused, before it runs, when the statement gives no rows (a CREATE, an INSERT). */
    public Request requiringRows() {
      return new Request(sql, parameters, maxRows, progress, true);
    }

    /** The parameters as they are bound, nulls included. */
    List<Object> values() {
      return parameters.stream().<Object>map(p -> p == NullParameter.NULL ? null : p).toList();
    }
  }

  private enum NullParameter { NULL }

  /**
   * What a statement gave: its rows as a table (empty for a statement with no result, such as
   * {@code CREATE}), whether rows were left out because of the row limit, and the update count of a
   * statement that changed rows (-1 otherwise).
   */
  public record Result(Table table, boolean hasRows, boolean cut, long updateCount, List<String> notes) {
    public Result {
      notes = List.copyOf(notes);
    }
  }

  /** Runs one query and returns its rows; {@code ?} in {@code sql} are bound to {@code parameters}. */
  public Table query(String sql, Object... parameters) {
    return run(Request.of(sql, parameters)).table();
  }

  /** Runs one statement that gives no rows ({@code CREATE}, {@code SET}, {@code COPY}, ...). */
  public void execute(String sql, Object... parameters) {
    run(Request.of(sql, parameters));
  }

  /**
   * Runs one statement as {@code request} says. The calling thread waits; when it is interrupted, the
   * statement is cancelled and a {@link SqlException} says so (the thread's interrupt flag is kept).
   */
  public Result run(Request request) {
    return statements.run(request);
  }

  /** Whether the database was abandoned (a statement would not stop): every call fails, and {@link Sql} opens a new one. */
  public boolean isAbandoned() {
    return statements.abandonment() != null;
  }

  /** Why the database was abandoned, or empty while it serves. */
  public java.util.Optional<String> abandonment() {
    return java.util.Optional.ofNullable(statements.abandonment());
  }

  /**
   * Makes {@code table} queryable as {@code name}: a copy in DuckDB, replacing any table of that name
   * (changes to {@code table} afterwards are not seen; register it again). Tablesaw keeps an empty
   * string as a missing value, so it arrives as NULL.
   */
  public void register(String name, Table table) {
    try {
      write(new TableWriter.Target("memory", "main", name), table);
    } catch (SqlException e) {
      if (String.valueOf(e.getMessage()).contains("is of type View")) {
        throw new SqlException("\"" + name + "\" is a view here (the data package's tables are views under their own names), and"
            + " register replaces only a table: register the table under another name", e);
      }
      throw e;
    }
  }

  /**
   * Makes {@code table} queryable as {@code name} until {@link #dropTemporary}: a copy in a schema of its
   * own, seen through a temporary view, which shadows a table of the same name while it exists and
   * refuses writes (an INSERT into a copy that is dropped afterwards would be lost without a word).
   */
  public void registerTemporary(String name, Table table) {
    execute("CREATE SCHEMA IF NOT EXISTS " + SESSION_SCHEMA);
    write(new TableWriter.Target("memory", SESSION_SCHEMA, name), table);
    execute("CREATE OR REPLACE TEMP VIEW " + TableWriter.quote(name) + " AS SELECT * FROM memory." + SESSION_SCHEMA + "."
        + TableWriter.quote(name));
  }

  /** Drops what {@link #registerTemporary} made for {@code name}, if anything; it runs even when the caller was interrupted. */
  public void dropTemporary(String name) {
    boolean interrupted = Thread.interrupted(); // clean-up after a cancelled statement must still run
    try {
      execute("DROP VIEW IF EXISTS temp.main." + TableWriter.quote(name));
      execute("DROP TABLE IF EXISTS memory." + SESSION_SCHEMA + "." + TableWriter.quote(name));
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Registers {@code table} under {@code schema.name} and makes it readable, not writable, as the view {@code name}. */
  void registerReadOnly(String schema, String name, Table table) {
    execute("CREATE SCHEMA IF NOT EXISTS " + TableWriter.quote(schema));
    write(new TableWriter.Target("memory", schema, name), table);
    execute("CREATE OR REPLACE VIEW " + TableWriter.quote(name) + " AS SELECT * FROM " + TableWriter.quote(schema) + "."
        + TableWriter.quote(name));
  }

  private void write(TableWriter.Target target, Table table) {
    statements.withConnection(jdbc -> TableWriter.write(jdbc, target, table));
  }

  /** The rows of a Parquet file (or of several: {@code path} may be a glob). */
  public Table readParquet(Path path) {
    return query("SELECT * FROM read_parquet(?)", path.toString());
  }

  /**
   * Writes {@code table} to {@code path} as Parquet (zstd-compressed), through a temporary file beside
   * it that is renamed at the end: a failed write leaves the old file, never half a new one.
   */
  public void writeParquet(Table table, Path path) {
    String name = "__tablebook_export_" + EXPORTS.incrementAndGet();
    registerTemporary(name, table);
    try {
      AtomicFiles.write(path, true, temp -> execute("COPY (SELECT * FROM temp.main." + TableWriter.quote(name) + ") TO '"
          + temp.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet, COMPRESSION zstd)"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    } finally {
      dropTemporary(name);
    }
  }

  /** Closes the database; one that was abandoned closes on its own once its last statement ends. */
  @Override
  public void close() {
    statements.close();
  }

  private static void deleteTree(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind
    }
  }
}

package dev.tablebook.sql;

import dev.tablebook.io.AtomicFiles;
import dev.tablebook.io.NativeLibraries;
import dev.tablebook.io.PrivateTemp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.DuckDBResultSetMetaData;
import org.duckdb.QueryProgress;
import org.duckdb.StatementReturnType;
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
 *
 * @since 0.3
 */
public final class SqlDatabase implements AutoCloseable {
  private static final long PROGRESS_POLL_MS = 250;
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** The spill folders of databases with no folder given: {@code duckdb-RANDOM} in the process's private temp folder. */
  private static final String SPILL_PREFIX = "duckdb-";
  /** Where {@link #registerTemporary} keeps its copies. */
  private static final String SESSION_SCHEMA = "tablebook_session";
  /** The database's threads live apart from any caller's (JShell stops a cell's whole thread group). */
  private static final ThreadGroup THREAD_GROUP = new ThreadGroup(rootGroup(), "tablebook-sql");

  private final DuckDBConnection connection;
  private final SqlSettings settings;
  private final Path ownTempDirectory;
  private final ReentrantLock oneAtATime = new ReentrantLock();
  private final ExecutorService worker;
  /** Why the database was abandoned, or null while it serves. */
  private volatile String abandoned;

  private SqlDatabase(DuckDBConnection connection, SqlSettings settings, Path ownTempDirectory) {
    this.connection = connection;
    this.settings = settings;
    this.ownTempDirectory = ownTempDirectory;
    this.worker = Executors.newCachedThreadPool(runnable -> {
      // Shared by whoever calls: the thread inherits no caller's thread-locals (a notebook's output route among them).
      Thread thread = new Thread(THREAD_GROUP, runnable, "tablebook-sql-" + THREADS.incrementAndGet(), 0, false);
      thread.setDaemon(true);
      return thread;
    });
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
    acquire(); // held until the statement has ended or its database is abandoned: one connection, one statement
    try {
      return runLocked(request);
    } finally {
      oneAtATime.unlock();
    }
  }

  /** Takes the one-statement lock, or fails at once when the database was abandoned; an interrupt ends the wait. */
  private void acquire() {
    checkServing();
    try {
      oneAtATime.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SqlException("the query was cancelled");
    }
    if (abandoned != null) {
      oneAtATime.unlock();
      checkServing();
    }
  }

  private void checkServing() {
    String why = abandoned;
    if (why != null) {
      throw new SqlException.Abandoned(why);
    }
  }

  /** Whether the database was abandoned (a statement would not stop): every call fails, and {@link Sql} opens a new one. */
  public boolean isAbandoned() {
    return abandoned != null;
  }

  /** Why the database was abandoned, or empty while it serves. */
  public java.util.Optional<String> abandonment() {
    return java.util.Optional.ofNullable(abandoned);
  }

  /**
   * Runs the statement on the database's thread, all of it (a table function binds its file when the
   * statement is prepared: reading a pipe can block there already), while the caller waits, reports the
   * progress and, when interrupted, cancels it.
   */
  private Result runLocked(Request request) {
    Running running = new Running(request);
    CompletableFuture<Result> result = CompletableFuture.supplyAsync(running::run, worker);
    try {
      if (Thread.currentThread().isInterrupted()) { // stopped before it began: it does not run
        throw new InterruptedException();
      }
      while (true) {
        try {
          return result.get(PROGRESS_POLL_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          running.reportProgress(); // on the calling thread, so what the listener shows is the caller's
        }
      }
    } catch (InterruptedException e) {
      boolean stopped = cancel(running, result);
      Thread.currentThread().interrupt();
      throw new SqlException(stopped ? "the query was cancelled" : abandoned);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof SqlException failure ? onThisThread(failure)
          : new SqlException(String.valueOf(e.getCause()), e.getCause());
    } catch (Throwable e) { // a stop of the calling thread (ThreadDeath on Java 17): cancel, then let it go on
      cancel(running, result);
      throw e;
    }
  }

  /** One statement on the database's thread: prepared, checked, bound, run and read there; cancelled from the caller's. */
  private final class Running {
    private final Request request;
    private String sql;
    private volatile DuckDBPreparedStatement statement;
    private volatile boolean cancelled;

    Running(Request request) {
      this.request = request;
    }

    Result run() {
      SqlParameters.Positional positional = SqlParameters.positional(request.sql(), request.parameters().stream()
          .map(p -> p == NullParameter.NULL ? null : p).toList()); // every value as DuckDB takes it, as {name} placeholders are
      sql = positional.sql();
      DuckDBPreparedStatement prepared;
      try {
        prepared = connection.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class);
      } catch (SQLException e) {
        throw failure(e);
      }
      statement = prepared;
      try {
        if (request.rowsRequired() && !givesRows(prepared)) {
          throw new SqlException.NoRows("the statement gives no rows (it is not a query), so it did not run");
        }
        for (int i = 0; i < positional.values().size(); i++) {
          prepared.setObject(i + 1, positional.values().get(i));
        }
        if (cancelled) { // a cancel that came before the statement ran: it does not run
          throw new SqlException("the query was cancelled");
        }
        return execute(prepared, request, this::isCancelled);
      } catch (SQLException e) {
        throw failure(e);
      } finally {
        close(prepared); // on the thread that used it, once it is done with it
      }
    }

    private SqlException failure(SQLException e) {
      return cancelled ? new SqlException("the query was cancelled", e) : SqlErrors.from(e, sql);
    }

    boolean isCancelled() {
      return cancelled;
    }

    /** Asks DuckDB to stop the statement, if it runs now; said again until it has stopped (a cancel before DuckDB began is lost). */
    void cancel() {
      cancelled = true;
      DuckDBPreparedStatement current = statement;
      if (current != null) {
        try {
          current.cancel();
        } catch (SQLException | RuntimeException e) {
          // it ended on its own meanwhile
        }
      }
    }

    void reportProgress() {
      DuckDBPreparedStatement current = statement;
      if (current == null) {
        return;
      }
      try {
        QueryProgress progress = current.getQueryProgress();
        if (progress != null && progress.getPercentage() >= 0) {
          request.progress().accept(Math.min(100, progress.getPercentage()));
        }
      } catch (SQLException | RuntimeException e) {
        // the statement ended between two polls, or progress is not known: nothing to report
      }
    }
  }

  private static boolean givesRows(DuckDBPreparedStatement statement) throws SQLException {
    return statement.getMetaData().unwrap(DuckDBResultSetMetaData.class).getReturnType() == StatementReturnType.QUERY_RESULT;
  }

  /** The same error thrown again from the calling thread, so that its stack shows the caller (a cell's line). */
  private static SqlException onThisThread(SqlException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return e instanceof SqlException.NoRows ? new SqlException.NoRows(e.getMessage(), cause)
        : new SqlException(e.getMessage(), e.position(), e.length(), cause);
  }

  private static Result execute(DuckDBPreparedStatement statement, Request request, java.util.function.BooleanSupplier cancelled)
      throws SQLException {
    if (statement.execute()) {
      if (request.maxRows() == 0) { // rows nobody keeps (a statement before a cell's last) are not converted
        return new Result(Table.create("result"), true, false, -1, List.of());
      }
      try (ResultSet rows = statement.getResultSet()) {
        ResultTables.Read read = ResultTables.read(rows, "result", request.maxRows(), cancelled);
        return new Result(read.table(), true, read.cut(), -1, read.notes());
      }
    }
    return new Result(Table.create("result"), false, false, statement.getLargeUpdateCount(), List.of());
  }

  /**
   * Cancels the statement and waits, at most the cancel grace, until it has ended (DuckDB's interrupt is
   * prompt), keeping the caller's interrupt flag: a statement still running must never share the
   * connection with the next. Returns whether it ended; when it did not, the database is abandoned.
   */
  private boolean cancel(Running running, CompletableFuture<Result> result) {
    boolean interrupted = false;
    long deadline = System.nanoTime() + settings.cancelGrace().toNanos();
    while (!result.isDone() && System.nanoTime() - deadline < 0) {
      running.cancel();
      try {
        result.get(Math.max(1, Math.min(TimeUnit.MILLISECONDS.toNanos(50), deadline - System.nanoTime())), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        interrupted = true; // a second interrupt does not end the wait early
      } catch (ExecutionException | TimeoutException | RuntimeException e) {
        // cancelled as asked, or still ending
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (result.isDone()) {
      return true;
    }
    abandon(running, result);
    return false;
  }

  /**
   * Gives up the database whose statement will not stop: no call touches its connection again (DuckDB
   * would make it wait for that statement); a thread of its own closes it if the statement ever ends.
   */
  private void abandon(Running statement, CompletableFuture<Result> running) {
    abandoned = "a statement did not stop within " + settings.cancelGrace().toMillis() + " ms of its cancel (DuckDB cannot"
        + " cancel some reads, from a pipe or a stalled network, say), so its database was abandoned, with the tables made in it";
    worker.shutdown();
    Thread closer = new Thread(THREAD_GROUP, () -> {
      while (!running.isDone()) { // a statement that starts to run after all is stopped, not left to burn the CPU
        statement.cancel();
        try {
          running.get(1, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
          // still there, or ended
        }
      }
      closeNow();
    }, "tablebook-sql-abandoned", 0, false);
    closer.setDaemon(true);
    closer.start();
  }

  private static void close(Statement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // closing what ended anyway
    }
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
    acquire();
    try {
      TableWriter.write(connection, target, table);
    } catch (SQLException e) {
      throw SqlErrors.from(e);
    } finally {
      oneAtATime.unlock();
    }
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
    String name = "__tablebook_export_" + THREADS.incrementAndGet();
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
    if (abandoned == null) {
      closeNow();
    }
  }

  private void closeNow() {
    worker.shutdownNow();
    try {
      connection.close();
    } catch (SQLException e) {
      // closing anyway
    } finally {
      deleteTree(ownTempDirectory);
    }
  }

  private static ThreadGroup rootGroup() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    while (group.getParent() != null) {
      group = group.getParent();
    }
    return group;
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

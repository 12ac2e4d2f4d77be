package dev.tablebook.sql;

import dev.tablebook.sql.SqlDatabase.Request;
import dev.tablebook.sql.SqlDatabase.Result;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.DuckDBResultSetMetaData;
import org.duckdb.QueryProgress;
import org.duckdb.StatementReturnType;
import tech.tablesaw.api.Table;

/**
 * How {@link SqlDatabase} runs its statements: one DuckDB connection, one statement at a time, each on a
 * thread of the connection's own while the caller waits. The caller's interrupt cancels the statement; a
 * statement that does not stop within the cancel grace costs the connection, never the caller: it is
 * abandoned (every later call says so at once) and closes itself if that statement ever ends.
 */
final class CancellableConnection {
  private static final long PROGRESS_POLL_MS = 250;
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** The connection's threads live apart from any caller's (JShell stops a cell's whole thread group). */
  private static final ThreadGroup THREAD_GROUP = new ThreadGroup(rootGroup(), "tablebook-sql");

  private final DuckDBConnection connection;
  private final Duration cancelGrace;
  /** What to do once the connection is closed (delete its spill folder). */
  private final Runnable afterClose;
  private final ReentrantLock oneAtATime = new ReentrantLock();
  private final ExecutorService worker;
  /** Why the connection was abandoned, or null while it serves. */
  private volatile String abandoned;

  CancellableConnection(DuckDBConnection connection, Duration cancelGrace, Runnable afterClose) {
    this.connection = connection;
    this.cancelGrace = cancelGrace;
    this.afterClose = afterClose;
    this.worker = Executors.newCachedThreadPool(runnable -> {
      // Shared by whoever calls: the thread inherits no caller's thread-locals (a notebook's output route among them).
      Thread thread = new Thread(THREAD_GROUP, runnable, "tablebook-sql-" + THREADS.incrementAndGet(), 0, false);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** JDBC work done on the calling thread while it holds the connection. */
  interface Work {
    void run(DuckDBConnection connection) throws SQLException;
  }

  /** Does {@code work} on the calling thread once no statement runs; its SQL errors become {@link SqlException}s. */
  void withConnection(Work work) {
    acquire();
    try {
      work.run(connection);
    } catch (SQLException e) {
      throw SqlErrors.from(e);
    } finally {
      oneAtATime.unlock();
    }
  }

  /**
   * Runs one statement as {@code request} says. The calling thread waits; when it is interrupted, the
   * statement is cancelled and a {@link SqlException} says so (the thread's interrupt flag is kept).
   */
  Result run(Request request) {
    acquire(); // held until the statement has ended or its connection is abandoned: one connection, one statement
    try {
      return runLocked(request);
    } finally {
      oneAtATime.unlock();
    }
  }

  /** Why the connection was abandoned, or null while it serves. */
  String abandonment() {
    return abandoned;
  }

  /** Takes the one-statement lock, or fails at once when the connection was abandoned; an interrupt ends the wait. */
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

  /**
   * Runs the statement on the connection's thread, all of it (a table function binds its file when the
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

  /** One statement on the connection's thread: prepared, checked, bound, run and read there; cancelled from the caller's. */
  private final class Running {
    private final Request request;
    private String sql;
    private volatile DuckDBPreparedStatement statement;
    private volatile boolean cancelled;

    Running(Request request) {
      this.request = request;
    }

    Result run() {
      // every value as DuckDB takes it, as {name} placeholders are
      SqlParameters.Positional positional = SqlParameters.positional(request.sql(), request.values());
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

  private static Result execute(DuckDBPreparedStatement statement, Request request, BooleanSupplier cancelled)
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
   * connection with the next. Returns whether it ended; when it did not, the connection is abandoned.
   */
  private boolean cancel(Running running, CompletableFuture<Result> result) {
    boolean interrupted = false;
    long deadline = System.nanoTime() + cancelGrace.toNanos();
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
   * Gives up the connection whose statement will not stop: no call touches it again (DuckDB would make it
   * wait for that statement); a thread of its own closes it if the statement ever ends.
   */
  private void abandon(Running statement, CompletableFuture<Result> running) {
    abandoned = "a statement did not stop within " + cancelGrace.toMillis() + " ms of its cancel (DuckDB cannot"
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

  /** Closes the connection; one that was abandoned closes on its own once its last statement ends. */
  void close() {
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
      afterClose.run();
    }
  }

  private static ThreadGroup rootGroup() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    while (group.getParent() != null) {
      group = group.getParent();
    }
    return group;
  }
}

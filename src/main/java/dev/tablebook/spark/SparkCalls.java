package dev.tablebook.spark;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.apache.spark.sql.SparkSession;

/**
 * Runs one Spark operation so that a notebook's interrupt or time limit stops it on the cluster too:
 * the operation runs on a thread of its own under a tag of its own, while the caller waits; when the
 * caller is interrupted (or stopped), the tag's operations are interrupted on the server
 * ({@code interruptTag}) and the call ends with a {@link SparkError}. While it waits, the caller shows
 * the operation's progress after a second.
 */
final class SparkCalls {
  private static final long POLL_MS = 250;
  private static final long SETTLE_MS = 10_000;
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** The calls' threads live apart from the cell's: JShell's stop reaches a cell's whole thread group. */
  private static final ThreadGroup THREAD_GROUP = new ThreadGroup(rootGroup(), "tablebook-spark");

  private static ThreadGroup rootGroup() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    while (group.getParent() != null) {
      group = group.getParent();
    }
    return group;
  }

  private SparkCalls() {}

  /** Runs {@code call}; {@code progress} (0 to 100, or negative when unknown) is read while it runs. */
  static <T> T run(SparkSession spark, String url, String what, Callable<T> call, DoubleSupplier progress, long timeoutMillis) {
    String tag = "tablebook-" + UUID.randomUUID();
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread worker = new Thread(THREAD_GROUP, () -> {
      try {
        spark.addTag(tag);
        result.complete(call.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      } finally {
        try {
          spark.removeTag(tag);
        } catch (RuntimeException e) {
          // the session is gone
        }
      }
    }, "tablebook-spark-" + THREADS.incrementAndGet(), 0, false);
    worker.setDaemon(true);
    worker.start();
    ShownProgress shown = new ShownProgress(what);
    long deadline = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : Long.MAX_VALUE;
    boolean stopped = false;
    try {
      while (true) {
        try {
          T value = result.get(POLL_MS, TimeUnit.MILLISECONDS);
          shown.complete();
          return value;
        } catch (TimeoutException stillRunning) {
          if (System.nanoTime() - deadline > 0) {
            stopped = true;
            stop(spark, tag, result);
            throw new SparkError("no answer from the Spark Connect server at " + url + " within " + timeoutMillis / 1000
                + " s (" + what + "): is the address right, and the server running?");
          }
          shown.update(progress.getAsDouble());
        }
      }
    } catch (InterruptedException e) {
      stop(spark, tag, result);
      Thread.currentThread().interrupt();
      throw new SparkError(what + " was interrupted; its Spark jobs were cancelled");
    } catch (ExecutionException e) {
      throw SparkErrors.translate(e.getCause(), url);
    } catch (Error | RuntimeException e) { // a stop of the calling thread (ThreadDeath on Java 17): cancel, then let it go on
      if (!stopped) {
        stop(spark, tag, result);
      }
      throw e;
    } finally {
      shown.close();
    }
  }

  /**
   * Asks the server to interrupt the tag's operations and waits, at most {@value #SETTLE_MS} ms in all, for
   * the call to end: the ask itself runs on a thread of its own, since against a server that does not
   * answer the client retries it for minutes.
   */
  private static void stop(SparkSession spark, String tag, CompletableFuture<?> running) {
    Thread interrupter = new Thread(THREAD_GROUP, () -> {
      try {
        spark.interruptTag(tag);
      } catch (Exception e) { // SparkException is checked in Java terms: Scala throws it all the same
        // the server is gone: nothing runs there any more
      }
    }, "tablebook-spark-interrupt", 0, false);
    interrupter.setDaemon(true);
    interrupter.start();
    try {
      running.get(SETTLE_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      // interrupted, as asked, or left to end on its own
    }
  }

  /** A bar shown once an operation has run for a second and its progress is known. */
  private static final class ShownProgress implements AutoCloseable {
    private final String label;
    private final long start = System.nanoTime();
    private dev.tablebook.display.Progress bar;
    private long shown;

    ShownProgress(String label) {
      this.label = label;
    }

    void update(double percent) {
      if (percent < 0 || (bar == null && System.nanoTime() - start < 1_000_000_000L)) {
        return;
      }
      if (bar == null) {
        bar = dev.tablebook.display.Progress.of(100, label);
      }
      long now = (long) Math.min(100, percent);
      if (now > shown) {
        bar.step(now - shown);
        shown = now;
      }
    }

    /** The operation succeeded: a bar shown says 100%, whatever the last report was. */
    void complete() {
      if (bar != null && shown < 100) {
        bar.step(100 - shown);
        shown = 100;
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.done();
      }
    }
  }
}

package dev.tablebook.engine;

import dev.tablebook.engine.threads.EngineThreads;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of one cell, and the only thing an interrupt or a timeout can reach.
 *
 * <p>How a stop works: {@link #interrupt} marks this invocation stopped and then asks JShell to stop
 * its user code, again every {@value #STOP_RETRY_MS} ms (a stop that lands while JShell compiles
 * the next snippet finds no user code to stop). Every one of those stops is made while holding this
 * object's lock and only while the invocation is still running; {@link #finish} takes the same lock
 * before the engine starts anything else. So a stop can never reach a later cell, a cell once
 * interrupted stays interrupted (it is reported so, never as ok), and nothing else is shared: each
 * invocation has its own flag and its own retry loop, which ends with it.
 */
final class Invocation {
  /** Why an invocation was stopped. */
  enum Reason { INTERRUPT, TIMEOUT }

  static final long STOP_RETRY_MS = 50;
  private static final ScheduledExecutorService CLOCK = EngineThreads.scheduler("tablebook-cell-clock");

  private final Stopper stopper;
  private boolean running = true;
  private Reason stopped;
  private ScheduledFuture<?> retries;
  private ScheduledFuture<?> deadline;
  private long limitMillis;
  private final CompletableFuture<Reason> stopSignal = new CompletableFuture<>();

  /** What stops the user code that runs now (JShell's stop); called only while this invocation runs. */
  interface Stopper {
    void stopUserCode();
  }

  Invocation(Stopper stopper) {
    this.stopper = stopper;
  }

  /** Stops this invocation when it runs longer than {@code millis}. */
  synchronized void limitTo(long millis) {
    limitMillis = millis;
    if (running) {
      deadline = CLOCK.schedule(() -> stop(Reason.TIMEOUT), millis, TimeUnit.MILLISECONDS);
    }
  }

  /** Stops this invocation, if it still runs; the first reason given is the one reported. */
  synchronized void stop(Reason reason) {
    if (!running || stopped != null) {
      return;
    }
    stopped = reason;
    stopSignal.complete(reason);
    retries = CLOCK.scheduleWithFixedDelay(this::stopUserCode, 0, STOP_RETRY_MS, TimeUnit.MILLISECONDS);
  }

  private synchronized void stopUserCode() {
    if (running) {
      stopper.stopUserCode();
    }
  }

  /** The time limit, as a person reads it ("30 s", "500 ms"). */
  synchronized String limitDescription() {
    return limitMillis % 1000 == 0 ? limitMillis / 1000 + " s" : limitMillis + " ms";
  }

  /** Why this invocation was stopped, or {@code null} while it was not. */
  synchronized Reason stopped() {
    return stopped;
  }

  synchronized boolean isStopped() {
    return stopped != null;
  }

  /** Ends the invocation: from here on no stop of it reaches any code. */
  synchronized void finish() {
    running = false;
    if (retries != null) {
      retries.cancel(false);
    }
    if (deadline != null) {
      deadline.cancel(false);
    }
  }

  /**
   * Runs {@code work} on a thread of its own and waits for it, giving up as soon as this invocation
   * is stopped (the work's thread is then interrupted): for blocking work outside JShell, such as
   * downloads, which JShell's stop cannot reach.
   */
  <T> T awaitInterruptibly(String what, Callable<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = EngineThreads.daemon("tablebook-" + what, () -> {
      try {
        result.complete(work.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    thread.start();
    try {
      CompletableFuture.anyOf(result, stopSignal).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
    if (!result.isDone()) {
      thread.interrupt();
      throw new StoppedError(stopped());
    }
    return result.join();
  }

  /** Thrown by {@link #awaitInterruptibly} when the invocation was stopped while waiting. */
  static final class StoppedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoppedError(Reason reason) {
      super(reason == Reason.TIMEOUT ? "the cell timed out" : "the cell was interrupted");
    }
  }
}

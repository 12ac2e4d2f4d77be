package dev.tablebook.display;

import java.util.Collection;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Shows how far a long cell has got: a bar with the count, the percentage, the rate, the elapsed time
 * and the time left, updated in place in one display (at most ten times a second, less often as the
 * run grows long, and always at the end). Outside a notebook it prints a plain line now and then.
 *
 * <pre>{@code
 * for (var row : Progress.over(rows, "rows")) { ... }     // a loop: done when the loop ends
 * try (Progress p = Progress.of(1_000, "files")) {         // by hand: close() shows the final state
 *   for (...) { ...; p.step(); }
 * }
 * Progress.over(list.stream()).map(...).toList();          // a stream
 * }</pre>
 *
 * A progress that ends short of its total (the cell threw, the loop broke) shows where it stopped,
 * not 100%; the loop forms can only show their last update then, so prefer try-with-resources when
 * the exact stopping point matters. Steps may come from several threads.
 *
 * @since 0.2
 */
public final class Progress implements AutoCloseable {
  private final String label;
  private final long total;
  private final LongSupplier nanoClock;
  private final ProgressView view;
  private final long start;
  private final AtomicLong count = new AtomicLong();
  private final Future<?> ticks;
  private volatile boolean clockDue = true;
  private volatile long nextUpdate;
  private boolean ended; // guarded by this

  /**
   * A progress that reads {@code nanoClock} and shows itself on {@code view}. With a {@code ticker}
   * (which starts calling {@link #tick()} and returns what stops it), a step reads the clock only after
   * a tick; with none, at every step.
   */
  Progress(long total, String label, LongSupplier nanoClock, ProgressView view, Function<Progress, Future<?>> ticker) {
    this.total = total;
    this.label = Objects.requireNonNull(label, "label");
    this.nanoClock = nanoClock;
    this.view = view;
    this.start = nanoClock.getAsLong();
    publish(start);
    this.ticks = ticker == null ? null : ticker.apply(this);
  }

  private static Progress started(long total, String label) {
    return new Progress(total, label, System::nanoTime, ProgressView.forCaller(), ProgressTicker::tickEvery);
  }

  /** A progress of {@code total} steps, shown now. */
  public static Progress of(long total) {
    return of(total, "");
  }

  /** A progress of {@code total} steps labelled {@code label}, shown now. */
  public static Progress of(long total, String label) {
    if (total < 0) {
      throw new IllegalArgumentException("total must be 0 or more, was " + total + " (Progress.counting() has no total)");
    }
    return started(total, label);
  }

  /** A progress with no known total: it shows the count, the rate and the elapsed time. */
  public static Progress counting(String label) {
    return started(-1, label);
  }

  /**
   * {@code items} counted as a loop takes them; the total is known for a collection (or a sized
   * spliterator). Each loop over the result shows its own bar, which ends when the loop does.
   */
  public static <T> Iterable<T> over(Iterable<T> items) {
    return over(items, "");
  }

  /** {@code items} counted as a loop takes them, under {@code label}. */
  public static <T> Iterable<T> over(Iterable<T> items, String label) {
    Objects.requireNonNull(items, "items");
    return () -> new ProgressIterator<>(items.iterator(), started(sizeOf(items), label));
  }

  /** {@code items} counted as each passes down the stream; the total is known for a sized stream. */
  public static <T> Stream<T> over(Stream<T> items) {
    return over(items, "");
  }

  /** {@code items} counted as each passes down the stream, under {@code label}. */
  public static <T> Stream<T> over(Stream<T> items, String label) {
    Spliterator<T> source = items.spliterator();
    Progress progress = started(source.getExactSizeIfKnown(), label);
    return StreamSupport.stream(new ProgressSpliterator<>(source, progress, true), items.isParallel()).onClose(items::close);
  }

  /** One more step done. */
  public void step() {
    step(1);
  }

  /** {@code steps} more steps done. */
  public void step(long steps) {
    long done = count.addAndGet(steps);
    if (clockDue || done == total) {
      if (ticks != null) {
        clockDue = false; // until the next tick
      }
      long now = nanoClock.getAsLong();
      if (now - nextUpdate >= 0 || done == total) {
        publish(now);
      }
    }
  }

  /** The ticker's call: the next step may read the clock. */
  void tick() {
    clockDue = true;
  }

  /** The steps done so far. */
  public long count() {
    return count.get();
  }

  /** Ends the progress and shows its final state: complete, or stopped where it got to. Later calls do nothing. */
  public synchronized void done() {
    if (!ended) {
      ended = true;
      if (ticks != null) {
        ticks.cancel(false);
      }
      view.show(state(nanoClock.getAsLong()));
    }
  }

  /** The same as {@link #done()}, for try-with-resources. */
  @Override
  public void close() {
    done();
  }

  /** The current state as a plain line. */
  @Override
  public synchronized String toString() {
    return ProgressText.line(state(nanoClock.getAsLong()));
  }

  private synchronized void publish(long now) {
    if (ended) {
      return;
    }
    view.show(state(now));
    nextUpdate = now + view.intervalNanos(now - start);
  }

  private ProgressState state(long now) {
    return new ProgressState(label, count.get(), total, now - start, ended);
  }

  private static long sizeOf(Iterable<?> items) {
    // Only a collection: asking any other iterable for its size takes an iterator, and some give only one
    // (a DirectoryStream's second iterator() throws).
    return items instanceof Collection<?> collection ? collection.size() : -1;
  }
}

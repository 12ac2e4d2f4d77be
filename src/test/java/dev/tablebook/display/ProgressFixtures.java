package dev.tablebook.display;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** A clock that moves only when told, and a view that records what a progress showed. */
final class ProgressFixtures {
  private ProgressFixtures() {}

  /** Nanoseconds that pass only through {@link #advance}. */
  static final class FakeClock implements LongSupplier {
    private long now = 1_000_000_000L;

    @Override
    public long getAsLong() {
      return now;
    }

    void advance(long nanos) {
      now += nanos;
    }

    void advanceMillis(long millis) {
      advance(millis * 1_000_000L);
    }
  }

  /** Records each state shown; updates as often as a notebook display would. */
  static final class RecordingView implements ProgressView {
    final List<ProgressState> shown = new ArrayList<>();
    private final ProgressView policy = new ProgressView.InPlace();

    @Override
    public void show(ProgressState state) {
      shown.add(state);
    }

    @Override
    public long intervalNanos(long elapsedNanos) {
      return policy.intervalNanos(elapsedNanos);
    }

    ProgressState last() {
      return shown.get(shown.size() - 1);
    }
  }

  static ProgressState state(String label, long count, long total, long elapsedMillis, boolean ended) {
    return new ProgressState(label, count, total, elapsedMillis * 1_000_000L, ended);
  }
}

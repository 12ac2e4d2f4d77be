package dev.tablebook.display;

import java.util.Locale;

/**
 * The words and numbers of a {@link ProgressState}, shared by its plain-text line and its HTML bar:
 * {@code label: 500/1,000 (50%) · 1,234/s · 0:12 elapsed · ETA 0:12}.
 */
final class ProgressText {
  private ProgressText() {}

  /** The whole plain-text line. */
  static String line(ProgressState state) {
    String label = state.label().isEmpty() ? "" : state.label() + ": ";
    return label + counts(state) + " · " + timing(state);
  }

  /** {@code 500/1,000 (50%)}, or {@code 500} when the total is unknown. */
  static String counts(ProgressState state) {
    if (!state.bounded()) {
      return String.format(Locale.ROOT, "%,d", state.count());
    }
    return String.format(Locale.ROOT, "%,d/%,d (%d%%)", state.count(), state.total(), (int) Math.floor(state.fraction() * 100));
  }

  /** The rate, the elapsed time and the time left, or how it ended. */
  static String timing(ProgressState state) {
    String rate = rate(state.rate());
    String elapsed = duration(state.elapsedNanos());
    if (state.complete()) {
      return rate + " · done in " + elapsed;
    }
    if (state.stopped()) {
      return rate + " · stopped after " + elapsed;
    }
    long eta = state.etaNanos();
    return rate + " · " + elapsed + " elapsed" + (eta < 0 ? "" : " · ETA " + duration(eta));
  }

  /** Steps per second with as many decimals as its size needs: {@code 12,345/s}, {@code 2.5/s}, {@code 0.04/s}. */
  static String rate(double perSecond) {
    if (perSecond >= 100) {
      return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }
    return String.format(Locale.ROOT, perSecond >= 1 ? "%.1f/s" : "%.2f/s", perSecond);
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
  static String duration(long nanos) {
    long seconds = nanos / 1_000_000_000L;
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}

package dev.tablebook.display;

/**
 * One moment of a {@link Progress}: what it counts, how far it got, how long it has run, and whether
 * it ended. The rate and the time left follow from these.
 *
 * @param label what is counted, or empty
 * @param count the steps done
 * @param total the steps expected, or {@code -1} when unknown
 * @param elapsedNanos the time since the progress started
 * @param ended whether {@link Progress#done()} (or {@code close}) was called
 */
record ProgressState(String label, long count, long total, long elapsedNanos, boolean ended) {

  /** Whether the total is known. */
  boolean bounded() {
    return total >= 0;
  }

  /** The part done, from 0 to 1 (0 when the total is unknown; 1 for a total of 0). */
  double fraction() {
    if (!bounded()) {
      return 0;
    }
    return total == 0 ? 1 : Math.min(1.0, (double) count / total);
  }

  /** Ended with all its steps (or with no total to fall short of). */
  boolean complete() {
    return ended && (!bounded() || count >= total);
  }

  /** Ended short of its total: the cell stopped or threw. */
  boolean stopped() {
    return ended && !complete();
  }

  /** Steps per second so far (0 before any time has passed). */
  double rate() {
    return elapsedNanos <= 0 ? 0 : count * 1e9 / elapsedNanos;
  }

  /** The estimated time left in nanoseconds, or {@code -1} when there is no estimate. */
  long etaNanos() {
    if (ended || !bounded() || count == 0 || elapsedNanos <= 0) {
      return -1;
    }
    return count >= total ? 0 : (long) ((double) (total - count) * elapsedNanos / count);
  }
}

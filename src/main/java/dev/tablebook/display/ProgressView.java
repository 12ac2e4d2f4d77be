package dev.tablebook.display;

import java.io.PrintStream;

/**
 * Where a {@link Progress} shows its state, and how often it may: in a notebook one display updated in
 * place; outside one (plain Java, jshell) a plain line now and then on standard output.
 */
interface ProgressView {

  /** Shows {@code state}, replacing what an earlier call showed where the front end can. */
  void show(ProgressState state);

  /**
   * How long to wait before the next update, {@code elapsedNanos} into the run. It grows with the
   * run, so an hour-long cell sends a few hundred updates, not tens of thousands.
   */
  long intervalNanos(long elapsedNanos);

  /** The view for a progress started now: the running cell's display, or lines on standard output. */
  static ProgressView forCaller() {
    return DisplayContext.current() != null ? new InPlace() : new Lines(System.out);
  }

  /** One display in the cell, shown at the first call and updated by its id after that. */
  final class InPlace implements ProgressView {
    static final long MIN_INTERVAL = 100_000_000L; // at most ten updates a second
    private String displayId;

    @Override
    public void show(ProgressState state) {
      MimeBundle bundle = MimeBundle.of(MimeBundle.TEXT_HTML, ProgressHtml.html(state))
          .with(MimeBundle.TEXT_PLAIN, ProgressText.line(state));
      if (displayId == null) {
        displayId = Display.display(bundle);
      } else {
        Display.updateDisplay(displayId, bundle);
      }
    }

    @Override
    public long intervalNanos(long elapsedNanos) {
      return Math.max(MIN_INTERVAL, elapsedNanos / 50);
    }
  }

  /** A plain line per update, for logs: at most one every two seconds, fewer as the run goes on. */
  final class Lines implements ProgressView {
    static final long MIN_INTERVAL = 2_000_000_000L;
    private final PrintStream out;

    Lines(PrintStream out) {
      this.out = out;
    }

    @Override
    public void show(ProgressState state) {
      out.println(ProgressText.line(state));
    }

    @Override
    public long intervalNanos(long elapsedNanos) {
      return Math.max(MIN_INTERVAL, elapsedNanos / 10);
    }
  }
}

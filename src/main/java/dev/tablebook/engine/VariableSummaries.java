package dev.tablebook.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * Lists a session's variables with a short text of each value. The texts are made on JShell's
 * user-code thread, so an interrupt or the cell's time limit stops a {@code toString()} that never
 * ends; each gets at most {@value #SLICE_MS} ms and all together {@value #BUDGET_MS} ms, so one that
 * never ends says so and the others are still shown. A {@code toString()} that throws is shown as such.
 */
final class VariableSummaries {
  static final long BUDGET_MS = 2000;
  /** The most one value's text may take. */
  static final long SLICE_MS = 250;
  private static final ScheduledExecutorService CLOCK = EngineThreads.scheduler("tablebook-vars-clock");

  private final JShellSession session;
  private boolean rendering;
  private boolean sliceEnded;

  private VariableSummaries(JShellSession session) {
    this.session = session;
  }

  /** The active, non-temporary variables of {@code session}, sorted by name. */
  static List<SessionVariable> of(JShellSession session, int maxValueLength) {
    return new VariableSummaries(session).list(maxValueLength);
  }

  private List<SessionVariable> list(int maxValueLength) {
    List<VarSnippet> variables = session.jshell.variables()
        .filter(v -> session.jshell.status(v).isActive())
        .filter(v -> v.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND && !v.name().startsWith("$"))
        .sorted(Comparator.comparing(VarSnippet::name)).toList();
    Object[] values = new Object[variables.size()];
    String[] texts = new String[variables.size()];
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = session.valueOf(variables.get(i));
      } catch (RuntimeException e) { // not defined yet: its declaration waits for a missing type, say
        texts[i] = "(no value: " + session.jshell.status(variables.get(i)).name().toLowerCase(java.util.Locale.ROOT) + ")";
      }
    }
    renderWithinBudget(values, texts, maxValueLength);
    List<SessionVariable> listed = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      String text = texts[i] != null ? texts[i] : "(toString() did not finish)";
      listed.add(new SessionVariable(variables.get(i).name(), variables.get(i).typeName(), text));
    }
    return listed;
  }

  /**
   * Makes each text on the user-code thread with a time slice of its own ({@value #SLICE_MS} ms, within what
   * is left of {@value #BUDGET_MS} ms): a {@code toString()} that never ends costs one slice and says so,
   * and the values after it are still shown. An interrupt or the cell's time limit ends the whole listing.
   */
  private void renderWithinBudget(Object[] values, String[] texts, int maxValueLength) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MS);
    for (int i = 0; i < values.length; i++) {
      if (texts[i] != null) {
        continue;
      }
      long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
      if (left <= 0) {
        texts[i] = "(not shown: %vars ran out of time)";
        continue;
      }
      Render render = render(values[i], maxValueLength, Math.min(SLICE_MS, left));
      texts[i] = render.text();
      if (render.stoppedFromOutside()) {
        return; // an interrupt or the time limit: the values not reached say "did not finish"
      }
    }
  }

  /** One value's text, or why there is none; {@code stoppedFromOutside}: not this slice's own stop. */
  private record Render(String text, boolean stoppedFromOutside) {}

  private Render render(Object value, int maxValueLength, long sliceMs) {
    String[] text = new String[1];
    synchronized (this) {
      rendering = true;
      sliceEnded = false;
    }
    ScheduledFuture<?> slice = CLOCK.schedule(this::endSlice, sliceMs, TimeUnit.MILLISECONDS);
    try {
      session.control.runAsUserCode(() -> {
        text[0] = shortText(value, maxValueLength);
        return null;
      });
      return new Render(text[0], false);
    } catch (jdk.jshell.spi.ExecutionControl.ExecutionControlException e) {
      synchronized (this) {
        return new Render("(toString() did not finish)", !sliceEnded);
      }
    } finally {
      synchronized (this) {
        rendering = false; // from here the slice's stop reaches no code
      }
      slice.cancel(false);
      session.control.takeStopped(); // the slice's stop is not the next snippet's
    }
  }

  private synchronized void endSlice() {
    if (rendering) {
      sliceEnded = true;
      session.jshell.stop();
    }
  }

  /** {@code value}'s text on one line, cut to {@code max} characters; what {@code toString()} threw, if it did. */
  static String shortText(Object value, int max) {
    String text;
    try {
      text = value != null && value.getClass().isArray() ? arrayText(value) : String.valueOf(value);
    } catch (Throwable e) { // an Error (StackOverflowError) too: a value's failure is not the listing's
      if (e.getClass().getName().equals("java.lang.ThreadDeath")) {
        throw e; // how JShell's stop arrives (the budget's, an interrupt's): the listing ends here
      }
      return "(toString() threw " + e.getClass().getName() + ")";
    }
    if (text == null) {
      text = "null";
    }
    String oneLine = text.strip().replaceAll("\\s*\\R\\s*", " ");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 1)) + "…";
  }

  private static String arrayText(Object array) {
    String text = Arrays.deepToString(new Object[] {array});
    return text.substring(1, text.length() - 1);
  }
}

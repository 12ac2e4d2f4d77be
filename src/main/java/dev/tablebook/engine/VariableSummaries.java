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
 * ends; and all of them together get at most {@value #BUDGET_MS} ms, after which the user code is
 * stopped and the values not reached yet say so. A {@code toString()} that throws is shown as such.
 */
final class VariableSummaries {
  static final long BUDGET_MS = 2000;
  private static final ScheduledExecutorService CLOCK = EngineThreads.scheduler("tablebook-vars-clock");

  private final JShellSession session;
  private boolean rendering;

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

  private void renderWithinBudget(Object[] values, String[] texts, int maxValueLength) {
    synchronized (this) {
      rendering = true;
    }
    ScheduledFuture<?> budget = CLOCK.schedule(this::stopRendering, BUDGET_MS, TimeUnit.MILLISECONDS);
    try {
      session.control.runAsUserCode(() -> {
        for (int i = 0; i < values.length; i++) {
          if (texts[i] == null) {
            texts[i] = shortText(values[i], maxValueLength);
          }
        }
        return null;
      });
    } catch (jdk.jshell.spi.ExecutionControl.ExecutionControlException e) {
      // stopped by the budget, an interrupt or the time limit: the values not reached say so
    } finally {
      synchronized (this) {
        rendering = false; // from here the budget's stop reaches no code
      }
      budget.cancel(false);
      session.control.takeStopped(); // the budget's stop is not the next snippet's
    }
  }

  private synchronized void stopRendering() {
    if (rendering) {
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

package dev.tablebook.engine;

import dev.tablebook.engine.magic.SessionVariable;
import dev.tablebook.engine.output.CellContext;
import dev.tablebook.engine.output.OutputRoute;
import dev.tablebook.engine.threads.EngineThreads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * Lists a session's variables with a short text of each value. Each text is made on a daemon thread
 * of its own (context class loader: the cell's), given at most {@value #SLICE_MS} ms and all together
 * {@value #BUDGET_MS} ms: a {@code toString()} that never ends, or waits for a lock for good, is
 * interrupted and left behind, says so, and the others are still shown. An interrupt or the cell's
 * time limit ends the listing at once. A {@code toString()} that throws is shown as such.
 */
final class VariableSummaries {
  static final long BUDGET_MS = 2000;
  /** The most one value's text may take. */
  static final long SLICE_MS = 250;
  /** How often a wait looks whether the cell was stopped. */
  private static final long POLL_MS = 10;

  private final JShellSession session;
  private final BooleanSupplier stopped;
  private final CellContext cell = OutputRoute.current();

  private VariableSummaries(JShellSession session, BooleanSupplier stopped) {
    this.session = session;
    this.stopped = stopped;
  }

  /**
   * The active, non-temporary variables of {@code session}, sorted by name; {@code stopped} tells
   * whether the cell was interrupted or timed out (then the values not reached say "did not finish").
   */
  static List<SessionVariable> of(JShellSession session, int maxValueLength, BooleanSupplier stopped) {
    return new VariableSummaries(session, stopped).list(maxValueLength);
  }

  /** The same variables with their live values (null where there is none), and no text: nothing of theirs is run. */
  static List<InspectedVariable> inspected(JShellSession session) {
    List<InspectedVariable> inspected = new ArrayList<>();
    for (VarSnippet variable : active(session)) {
      Object value;
      try {
        value = session.valueOf(variable);
      } catch (RuntimeException e) { // not defined yet: its declaration waits for a missing type, say
        value = null;
      }
      inspected.add(new InspectedVariable(variable.name(), variable.typeName(), value));
    }
    return inspected;
  }

  private static List<VarSnippet> active(JShellSession session) {
    return session.jshell.variables()
        .filter(v -> session.jshell.status(v).isActive())
        .filter(v -> v.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND && !v.name().startsWith("$"))
        .sorted(Comparator.comparing(VarSnippet::name)).toList();
  }

  private List<SessionVariable> list(int maxValueLength) {
    List<VarSnippet> variables = active(session);
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
   * Makes each text with a time slice of its own ({@value #SLICE_MS} ms, within what is left of
   * {@value #BUDGET_MS} ms): a {@code toString()} that never ends costs one slice and says so, and
   * the values after it are still shown. An interrupt or the cell's time limit ends the whole listing.
   */
  private void renderWithinBudget(Object[] values, String[] texts, int maxValueLength) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MS);
    for (int i = 0; i < values.length; i++) {
      if (texts[i] != null) {
        continue;
      }
      if (stopped.getAsBoolean()) {
        return; // an interrupt or the time limit: the values not reached say "did not finish"
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        texts[i] = "(not shown: %vars ran out of time)";
        continue;
      }
      texts[i] = render(values[i], maxValueLength, Math.min(TimeUnit.MILLISECONDS.toNanos(SLICE_MS), left));
    }
  }

  /**
   * One value's text, made on a daemon thread of its own, or {@code null} when it did not finish within
   * {@code sliceNanos} or the cell was stopped: that thread is then interrupted and abandoned (a thread
   * waiting for a lock or looping in a library cannot be ended); its later output reaches no cell.
   */
  private String render(Object value, int maxValueLength, long sliceNanos) {
    FutureTask<String> text = new FutureTask<>(() -> shortText(value, maxValueLength));
    ClassLoader loader = session.cellLoader();
    Thread thread = EngineThreads.daemon("tablebook-vars", () -> {
      OutputRoute.pinTo(cell);
      Thread.currentThread().setContextClassLoader(loader);
      text.run();
    });
    thread.start();
    long end = System.nanoTime() + sliceNanos;
    try {
      for (long left = sliceNanos; left > 0 && !stopped.getAsBoolean(); left = end - System.nanoTime()) {
        try {
          return text.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MS)), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // look again whether the cell was stopped
        }
      }
    } catch (ExecutionException e) { // shortText reports what toString() threw itself
      return "(toString() threw " + e.getCause().getClass().getName() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread.interrupt();
    return null;
  }

  /** {@code value}'s text on one line, cut to {@code max} characters; what {@code toString()} threw, if it did. */
  static String shortText(Object value, int max) {
    String text;
    try {
      text = value != null && value.getClass().isArray() ? arrayText(value) : String.valueOf(value);
    } catch (Throwable e) { // an Error (StackOverflowError) too: a value's failure is not the listing's
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

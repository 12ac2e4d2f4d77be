package dev.tablebook.engine;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * What a fresh session's first completion and first inspection would pay for, done ahead in a JShell
 * of its own: JShell's analysis of a realistic cell and its documentation, so that javac's and
 * JShell's classes are loaded and compiled by the JIT when the first Tab comes. JupyterLab drops a
 * completion that takes more than a second, and a fresh kernel's first took 0.9 to 1.9 s.
 *
 * <p>The session's own JShell is never touched (no lock is taken, nothing is evaluated in it), so a
 * request never waits for the warm-up and the session's snippets, variables and history stay as they
 * were. The cells name Tablesaw by full names: the warm-up's JShell evaluates nothing, not even imports.
 */
final class EditingWarmUp {
  private static final String TABLE = "tech.tablesaw.api.Table";
  /** A cell as an analyst types it, completed after its last dot. */
  static final String TABLE_CELL = TABLE + ".create(\"x\", tech.tablesaw.api.IntColumn.create(\"n\", 1, 2, 3)).sortOn(\"n\").";
  private static final String TABLE_METHOD = TABLE + ".create(";
  private static final String JDK_METHOD = "Math.max(";

  private EditingWarmUp() {}

  /** The steps, each an analysis of text. */
  static List<Consumer<SourceCodeAnalysis>> steps() {
    return List.of(
        analysis -> analysis.analyzeCompletion(TABLE_CELL),
        analysis -> analysis.completionSuggestions(TABLE_CELL, TABLE_CELL.length(), new int[1]),
        analysis -> analysis.completionSuggestions("Str", 3, new int[1]),
        analysis -> analysis.documentation(TABLE_METHOD, TABLE_METHOD.length(), false),
        analysis -> analysis.documentation(JDK_METHOD, JDK_METHOD.length(), true));
  }

  /**
   * Runs the steps in a JShell made for them and closed after; before each, {@code mayGoOn} waits until
   * the engine is idle and says whether to go on; {@code afterStep} runs after each.
   */
  static void run(BooleanSupplier mayGoOn, Runnable afterStep) {
    if (!mayGoOn.getAsBoolean()) {
      return;
    }
    try (JShell jshell = JShell.builder().executionEngine("local").build()) {
      SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
      for (Consumer<SourceCodeAnalysis> step : steps()) {
        step.accept(analysis);
        afterStep.run();
        if (!mayGoOn.getAsBoolean()) {
          return;
        }
      }
    }
  }
}

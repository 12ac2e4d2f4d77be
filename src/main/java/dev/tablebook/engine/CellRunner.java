package dev.tablebook.engine;

import dev.tablebook.display.NotebookException;
import dev.tablebook.display.NotebookHost;
import dev.tablebook.engine.magic.MagicArguments;
import dev.tablebook.engine.magic.MagicException;
import dev.tablebook.engine.magic.Magics;
import dev.tablebook.engine.output.CellContext;
import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * Runs one cell: magics and snippets in order, stopping at the first error; shows the last value.
 * It is also the cell's {@link NotebookHost}: {@code eval}, {@code lineMagic} and {@code cellMagic}
 * called from the cell's code run in a nested runner whose errors are thrown, not shown. What its
 * magics may do to the session is {@link CellMagicContext}'s job.
 */
final class CellRunner implements NotebookHost {
  /** A statement that is a display call (after any comments): its value, a display id, is not shown. */
  private static final Pattern DISPLAY_CALL =
      Pattern.compile("^(?:\\s*(?://[^\n]*|/\\*.*?\\*/))*\\s*(display|updateDisplay|clearOutput)\\s*\\(", Pattern.DOTALL);

  private final JShellSession session;
  private final CellContext context;
  private final Magics magics;
  private final String cellName;
  private final Path workingDirectory;
  private final CellMagicContext magicContext;
  private final ErrorFormatter errors;
  private final Invocation invocation;
  private final List<String> cutDeclarations = new ArrayList<>();
  private Output.Error error;
  private SnippetEvent lastValue;
  private String lastSource;
  private int magicLineOffset;
  private final List<Snippet> transientSnippets = new ArrayList<>();
  private final boolean nested;

  CellRunner(JShellSession session, CellContext context, Magics magics, String cellName, Path workingDirectory,
      Invocation invocation) {
    this(session, context, magics, cellName, workingDirectory, invocation, false);
  }

  private CellRunner(JShellSession session, CellContext context, Magics magics, String cellName, Path workingDirectory,
      Invocation invocation, boolean nested) {
    this.nested = nested;
    this.session = session;
    this.context = context;
    this.magics = magics;
    this.cellName = cellName;
    this.workingDirectory = workingDirectory;
    this.errors = new ErrorFormatter(session.origins);
    this.invocation = invocation;
    this.magicContext = new CellMagicContext(this, session, context, workingDirectory, invocation);
  }

  /**
   * Runs the cell; the outputs have gone to the context's sink. A cell whose invocation was stopped
   * at any moment is reported as stopped, whatever its snippets returned.
   */
  CellResult.Status runCell(String code) {
    try {
      boolean ok = code.stripLeading().startsWith("%%") ? runCellMagic(code) : runCode(code, 0);
      if (ok && !invocation.isStopped()) {
        ok = showLastValue();
      }
      Invocation.Reason stopped = invocation.stopped();
      if (stopped != null) {
        fail(stopError(stopped)); // unless an error came first, which is then the cell's one error
        return stopped == Invocation.Reason.TIMEOUT ? CellResult.Status.TIMED_OUT : CellResult.Status.INTERRUPTED;
      }
      return ok ? CellResult.Status.OK : CellResult.Status.ERROR;
    } finally {
      forgetTransientSnippets();
      StageTimes.mark("drop-temporaries");
    }
  }

  private Output.Error stopError(Invocation.Reason reason) {
    String what = reason == Invocation.Reason.TIMEOUT
        ? "the cell ran longer than its time limit (" + invocation.limitDescription() + ") and was stopped"
        : "the cell was interrupted";
    if (!cutDeclarations.isEmpty()) {
      what += "; " + String.join(", ", cutDeclarations) + (cutDeclarations.size() == 1 ? " is" : " are")
          + " not defined, because the interrupt came before " + (cutDeclarations.size() == 1 ? "its value was" : "their values were")
          + " computed";
    }
    return ErrorFormatter.plain(reason == Invocation.Reason.TIMEOUT ? "TimeoutError" : "InterruptedException", what);
  }

  /**
   * Drops the cell's temporary variables ({@code $1}, {@code $2}: JShell's names for expression
   * values) once shown, and forgets where its statements came from. JShell re-checks every active
   * variable on each evaluation, so keeping them made each cell slower than the one before
   * (44 ms per cell after 400 cells, 114 ms after 3,200; flat at about 10 ms with them dropped).
   */
  private void forgetTransientSnippets() {
    for (Snippet snippet : transientSnippets) {
      if (snippet instanceof VarSnippet variable && session.jshell.status(variable).isActive()) {
        session.jshell.drop(variable);
      }
      session.origins.forget(snippet.id());
    }
  }

  Optional<Output.Error> error() {
    return Optional.ofNullable(error);
  }

  private boolean runCellMagic(String code) {
    String stripped = code.stripLeading();
    int newline = stripped.indexOf('\n');
    String header = newline < 0 ? stripped : stripped.substring(0, newline);
    String body = newline < 0 ? "" : stripped.substring(newline + 1);
    String[] nameAndArgs = header.substring(2).strip().split("\\s+", 2);
    magicLineOffset = lineOf(code, code.length() - stripped.length()); // the body starts on the next line
    return runMagic(nameAndArgs[0], nameAndArgs.length > 1 ? nameAndArgs[1] : "", body);
  }

  /** Runs code whose first line is line {@code lineOffset + 1} of the cell. */
  private boolean runCode(String code, int lineOffset) {
    List<CellSplitter.Part> parts = CellSplitter.split(code, session.jshell.sourceCodeAnalysis());
    StageTimes.mark("split");
    for (CellSplitter.Part part : parts) {
      if (invocation.isStopped()) {
        return false;
      }
      boolean ok;
      if (part instanceof CellSplitter.Magic magic) {
        magicLineOffset = lineOffset + magic.line() - 1; // code a line magic runs stands on its line
        ok = runMagic(magic.name(), magic.arguments(), null);
      } else if (part instanceof CellSplitter.MisplacedCellMagic misplaced) {
        fail(ErrorFormatter.plain("MagicException", cellName + ", line " + (lineOffset + misplaced.line())
            + ": the cell magic %%" + misplaced.name() + " must be the first line of its cell"));
        ok = false;
      } else {
        ok = runSnippet((CellSplitter.Snippet) part, code, lineOffset);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean runMagic(String name, String arguments, String body) {
    try {
      lastValue = null;
      magicContext.result(null);
      return magics.run(name, arguments, body, magicContext);
    } catch (MagicException e) {
      fail(body != null && e.bodyOffset() >= 0
          ? ErrorFormatter.positioned("MagicException", cellName, body, e.bodyOffset(), e.length(), magicLineOffset, e.getMessage())
          : ErrorFormatter.plain("MagicException", e.getMessage()));
      return false;
    } catch (Throwable e) { // a magic's own failure is this cell's error, never the engine's
      fail(errors.runtimeError(e, "%" + name + " failed: "));
      return false;
    }
  }

  private boolean runSnippet(CellSplitter.Snippet part, String code, int lineOffset) {
    int firstLine = lineOffset + lineOf(code, part.offset());
    if (!part.complete()) {
      fail(new Output.Error("IncompleteSourceException", "the code ends in the middle of a statement",
          List.of(cellName + ", line " + firstLine + ": the code ends in the middle of a statement (a missing ';', ')' or '}'?)",
              "    " + part.source().strip().lines().findFirst().orElse(""))));
      return false;
    }
    lastValue = null;
    session.importWhatCodeNames(part.source());
    StageTimes.mark("first-use-imports");
    List<SnippetEvent> events = session.jshell.eval(part.source());
    StageTimes.mark("jshell-after-run");
    // Either says the snippet may not have finished: JShell's own stop (taken by whichever runner
    // evaluated last, a nested eval's included) or the invocation's, which a nested eval turns into
    // an exception the snippet may even catch. Declarations it made are not trusted then.
    boolean stoppedInside = session.control.takeStopped();
    if (stoppedInside || invocation.isStopped()) {
      forgetCutDeclarations(events);
      return false;
    }
    for (SnippetEvent event : events) {
      if (event.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = event.snippet();
      session.origins.record(snippet.id(), cellName, firstLine);
      if (snippet instanceof jdk.jshell.ImportSnippet imported && event.status().isActive()) {
        session.keepNamesOf(imported);
      }
      if (isTransient(snippet)) {
        transientSnippets.add(snippet);
      }
      if (invocation.isStopped()) {
        return false;
      }
      if (event.status() == Snippet.Status.REJECTED) {
        fail(errors.compileError(cellName, code, part.offset(), part.cellLength(), lineOffset, session.jshell.diagnostics(snippet).toList()));
        return false;
      }
      if (event.exception() != null) {
        forgetCutDeclarations(events);
        fail(event.exception() instanceof jdk.jshell.UnresolvedReferenceException unresolved ? unresolved(unresolved)
            : errors.runtimeError(event.exception()));
        return false;
      }
      // A declaration that needs one not declared yet (RECOVERABLE_*) is not announced, as in IJava: output is
      // what the cell printed, and a call before the missing name exists fails naming it.
      lastValue = event;
      lastSource = part.source();
    }
    StageTimes.mark("events");
    return true;
  }

  /**
   * JShell counts a snippet whose code was stopped as run, so a variable whose initialiser was cut
   * would stand defined with a default value (0, null): such variables are dropped instead.
   */
  private void forgetCutDeclarations(List<SnippetEvent> events) {
    for (SnippetEvent event : events) {
      if (event.snippet() instanceof VarSnippet variable && session.jshell.status(variable).isActive()) {
        session.jshell.drop(variable);
        if (variable.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
          cutDeclarations.add(variable.name());
        }
      }
    }
  }

  /**
   * A call of a declaration that needs one not declared yet, saying which (JShell's own message names
   * none and repeats the declaration's whole source).
   */
  private Output.Error unresolved(jdk.jshell.UnresolvedReferenceException e) {
    List<String> missing = session.jshell.unresolvedDependencies(e.getSnippet()).toList();
    return ErrorFormatter.plain("UnresolvedReferenceException", e.getSnippet().name() + " cannot be used until "
        + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " declared");
  }

  /** Statements, expressions and their temporary variables: nothing a later cell can call into. */
  private static boolean isTransient(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.STATEMENT || snippet.kind() == Snippet.Kind.EXPRESSION
        || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
  }

  /** Shows the value of the cell's last expression; false when rendering it failed or was stopped. */
  private boolean showLastValue() {
    if (lastValue == null || DISPLAY_CALL.matcher(lastSource).find()) {
      return true;
    }
    VarSnippet variable = lastValueVariable();
    if (variable == null) {
      return true;
    }
    Object value = session.valueOf(variable);
    StageTimes.mark("value");
    Object rendered = session.render(value);
    StageTimes.mark("render");
    if (rendered instanceof dev.tablebook.display.MimeBundle bundle) {
      context.emit(new Output.ExecuteResult(bundle));
      StageTimes.mark("execute_result");
      return true;
    }
    if (rendered instanceof Throwable failure) {
      fail(errors.runtimeError(failure, "Showing the cell's value failed: "));
    }
    return false;
  }

  /** The variable that holds the value of the last expression run, or null when it was no expression. */
  private VarSnippet lastValueVariable() {
    if (lastValue == null) {
      return null;
    }
    Snippet snippet = lastValue.snippet();
    if (snippet instanceof VarSnippet var && var.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      return var;
    }
    if (snippet instanceof ExpressionSnippet expression) {
      return session.jshell.variables().filter(v -> v.name().equals(expression.name()))
          .filter(v -> session.jshell.status(v).isActive()).reduce((a, b) -> b).orElse(null);
    }
    return null;
  }

  private void fail(Output.Error failure) {
    if (error == null && nested) {
      error = failure; // thrown to the code that called eval or the magic
    } else if (error == null) {
      Invocation.Reason stopped = invocation.stopped();
      // what a stopped cell reports is the stop
      error = OutputBudget.bounded(stopped == null ? failure : stopError(stopped));
      context.emit(error);
    }
  }

  private static int lineOf(String code, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, code.length()); i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  // NotebookHost: what the cell's own code asks for, run in a nested runner

  @Override
  public Object eval(String code) {
    CellRunner nestedRunner = nested(cellName + " (eval)");
    try {
      if (!nestedRunner.runCode(code, 0)) {
        throw nestedRunner.failure();
      }
      VarSnippet variable = nestedRunner.lastValueVariable();
      return variable == null ? null : session.valueOf(variable);
    } finally {
      nestedRunner.forgetTransientSnippets();
    }
  }

  @Override
  public Object lineMagic(String name, List<String> args) {
    return nestedMagic(name, args, null);
  }

  @Override
  public Object cellMagic(String name, List<String> args, String body) {
    return nestedMagic(name, args, body == null ? "" : body);
  }

  private Object nestedMagic(String name, List<String> args, String body) {
    CellRunner nestedRunner = nested(cellName);
    nestedRunner.magicLineOffset = magicLineOffset;
    try {
      if (!nestedRunner.runMagic(name, MagicArguments.join(args), body)) {
        throw nestedRunner.failure();
      }
      return nestedRunner.magicContext.value();
    } finally {
      nestedRunner.forgetTransientSnippets();
    }
  }

  private CellRunner nested(String name) {
    return new CellRunner(session, context, magics, name, workingDirectory, invocation, true);
  }

  /** The error of a nested run, to throw to the code that asked for it. */
  private NotebookException failure() {
    Invocation.Reason stopped = invocation.stopped();
    Output.Error failure = stopped != null ? stopError(stopped)
        : error != null ? error : ErrorFormatter.plain("Error", "it failed");
    return new NotebookException(String.join("\n", failure.traceback()));
  }

  @Override
  public Object boundValue(String name) {
    return magicContext.boundValue(name);
  }

  // What the magic context needs of its runner

  /** Runs {@code code} as if it stood in the cell on the line of the magic running now. */
  boolean runAtMagicLine(String code) {
    return runCode(code, magicLineOffset);
  }

  /** Forgets the last value: code a magic ran for itself is not the cell's value. */
  void forgetLastValue() {
    lastValue = null;
  }
}

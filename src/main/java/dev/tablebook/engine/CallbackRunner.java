package dev.tablebook.engine;

import dev.tablebook.engine.output.CellContext;
import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputBudget;
import java.util.Optional;

/**
 * Runs code that a front end's message calls into between cells (a comm handler, a widget's
 * observer) as a cell's code runs: on JShell's user-code thread, so an interrupt stops it; what it
 * throws is reported as a cell's error is, naming the callback and the cell lines it passed through.
 */
final class CallbackRunner {
  private CallbackRunner() { }

  static Engine.Ran run(JShellSession session, Runnable work, CellContext context, Invocation invocation, String name) {
    Throwable thrown;
    try {
      thrown = session.callAsUserCode(work);
    } catch (jdk.jshell.spi.ExecutionControl.ExecutionControlException e) {
      thrown = invocation.isStopped() ? null : e; // a stop is reported below as the stop it was
    }
    Invocation.Reason stopped = invocation.stopped();
    if (stopped != null) {
      Output.Error error = ErrorFormatter.plain(stopped == Invocation.Reason.TIMEOUT ? "TimeoutError" : "InterruptedException",
          name + " was interrupted");
      context.emit(error);
      return new Engine.Ran(stopped == Invocation.Reason.TIMEOUT ? CellResult.Status.TIMED_OUT
          : CellResult.Status.INTERRUPTED, Optional.of(error));
    }
    if (thrown == null) {
      return new Engine.Ran(CellResult.Status.OK, Optional.empty());
    }
    Output.Error error = OutputBudget.bounded(new ErrorFormatter(session.origins).runtimeError(thrown, name + " failed: "));
    context.emit(error);
    return new Engine.Ran(CellResult.Status.ERROR, Optional.of(error));
  }
}

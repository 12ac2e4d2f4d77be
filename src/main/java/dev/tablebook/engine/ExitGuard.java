package dev.tablebook.engine;

/**
 * What {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} in cell code call instead
 * (the engine rewrites those calls when it loads a cell's classes): an error that ends the cell and
 * leaves the kernel running. Public only because rewritten cell classes must reach it.
 *
 * @since 0.1
 */
public final class ExitGuard {
  private ExitGuard() {}

  /** Thrown instead of exiting. An {@link Error}, so {@code catch (Exception e)} in a cell does not swallow it. */
  public static final class ExitDisabledError extends Error {
    private static final long serialVersionUID = 1L;

    ExitDisabledError(String call, int status) {
      super(call + "(" + status + ") is disabled in notebooks: it would end the kernel and every variable in it."
          + " The cell stops here instead; to start afresh, restart the kernel.");
    }
  }

  /** Replaces {@code System.exit(status)}. */
  public static void systemExit(int status) {
    throw new ExitDisabledError("System.exit", status);
  }

  /** Replaces {@code runtime.exit(status)}. */
  public static void runtimeExit(Runtime runtime, int status) {
    throw new ExitDisabledError("Runtime.exit", status);
  }

  /** Replaces {@code runtime.halt(status)}. */
  public static void runtimeHalt(Runtime runtime, int status) {
    throw new ExitDisabledError("Runtime.halt", status);
  }
}

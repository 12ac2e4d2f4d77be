package dev.tablebook.cli;

import dev.tablebook.data.DataPackageException;
import dev.tablebook.io.FileErrors;
import dev.tablebook.notebook.NotebookFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place where a command's failure becomes what the user reads: a line
 * {@code tablebook: <file>[:<line>[:<col>]]: <what is wrong>} and an exit code — {@link #BAD_INPUT}
 * for a wrong argument, a file that cannot be read or written, or a malformed notebook;
 * {@link #FAILED} for invalid data or failing notebooks; {@link #INTERNAL} for a defect of Tablebook
 * itself. The stack trace is for {@code --debug} only.
 */
final class Failures {
  /** Invalid data (a data package with problems) or notebooks that failed or differ. */
  static final int FAILED = 1;
  /** A usage or input error: the command was given something it cannot work with. */
  static final int BAD_INPUT = 2;
  /** A defect of Tablebook (an exception no input should cause). */
  static final int INTERNAL = 70;

  /** What to print and the exit code. */
  record Failure(String message, int exitCode) {}

  private Failures() {}

  /** How {@code thrown} reads on the command line. */
  static Failure of(Throwable thrown) {
    Throwable e = unwrap(thrown);
    if (e instanceof DataPackageException problems) {
      return new Failure(problems.getMessage(), FAILED); // already one line per problem, each naming its file
    }
    if (e instanceof NotebookFormatException || e instanceof IllegalArgumentException) {
      return new Failure("tablebook: " + e.getMessage(), BAD_INPUT);
    }
    if (e instanceof FileSystemException file) {
      return new Failure("tablebook: " + FileErrors.describe(file), BAD_INPUT);
    }
    if (e instanceof IOException) {
      return new Failure("tablebook: " + e.getMessage(), BAD_INPUT);
    }
    return new Failure("tablebook: internal error: " + e + " (please report it; --debug shows where)", INTERNAL);
  }

  private static Throwable unwrap(Throwable e) {
    while ((e instanceof ExecutionException || e instanceof CompletionException || e instanceof UncheckedIOException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}

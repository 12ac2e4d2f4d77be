package dev.tablebook.engine.magic;

import dev.tablebook.display.MimeBundle;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What a magic may do to the running session: add to the class path, run code as part of the cell,
 * print and display, list the session's variables, and resolve paths against the working directory.
 *
 * @since 0.1
 */
public interface MagicContext {

  /** Adds a jar or class directory to the session (compiler and runtime). */
  void addToClassPath(Path entry);

  /** Runs {@code code} as if it stood in the cell here; false when it failed (its error is already shown). */
  boolean run(String code);

  /**
   * Sets the magic's value: what {@code x = %magic args} and {@code lineMagic(...)} give the cell
   * (null unless the magic sets one).
   */
  void result(Object value);

  /** Prints a line on the cell's standard output. */
  void println(String text);

  /**
   * The cell's standard output ({@code error} false) or standard error as bytes (UTF-8): what is
   * written reaches the notebook as it comes, not when the magic ends.
   */
  OutputStream stream(boolean error);

  /** Shows {@code bundle} as a display output of the cell. */
  void display(MimeBundle bundle);

  /**
   * The session's variables, sorted by name, without JShell's temporary ones ({@code $1}); each
   * value's text made on a thread of its own within a time limit and cut to at most {@code maxValueLength} characters.
   */
  List<SessionVariable> variables(int maxValueLength);

  /**
   * The live values of those of {@code names} that are session variables (absent names are left out; a
   * variable holding null maps to null), read without running any of their code.
   */
  java.util.Map<String, Object> values(java.util.Collection<String> names);

  /**
   * The live values of the session variables whose names are among {@code names} whatever their case
   * (for SQL, whose names are not case-sensitive), keyed by the variables' own names.
   */
  java.util.Map<String, Object> valuesIgnoringCase(java.util.Collection<String> names);

  /**
   * Declares the session variable {@code name} of {@code type} (replacing one of that name) holding
   * {@code value}, as if the cell had declared it.
   *
   * @throws MagicException when {@code name} is not a Java identifier or the declaration fails
   */
  void bind(String name, Class<?> type, Object value) throws MagicException;

  /** A path from the user, resolved against the working directory. */
  Path resolve(String path);

  /** Notes that this cell's code depends on {@code file} (as {@code %load} does), so a run's cache entry checks it. */
  default void dependsOn(Path file) {}

  /**
   * Runs blocking work that is not cell code (a download, say) so that an interrupt or the cell's
   * time limit ends the wait at once; its failure is rethrown as it is.
   *
   * @throws MagicException when the cell was stopped while it waited
   */
  <T> T interruptibly(String what, java.util.concurrent.Callable<T> work) throws Exception;
}

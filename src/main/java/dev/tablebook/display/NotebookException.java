package dev.tablebook.display;

/**
 * Code or a magic that a cell ran through {@link Notebook#eval} or {@link Notebook#lineMagic}
 * failed; the message is the error as the cell would have shown it.
 *
 * @since 0.2
 */
public final class NotebookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotebookException(String message) {
    super(message);
  }
}

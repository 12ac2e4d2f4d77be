package dev.tablebook.engine;

/**
 * A magic could not do its work; the message says what and why, and becomes the cell's error.
 *
 * @since 0.1
 */
public class MagicException extends Exception {
  private static final long serialVersionUID = 1L;

  public MagicException(String message) {
    super(message);
  }

  public MagicException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.tablebook.engine.magic;

/**
 * A magic could not do its work; the message says what and why, and becomes the cell's error.
 *
 * @since 0.1
 */
public class MagicException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int bodyOffset;
  private final int length;

  public MagicException(String message) {
    this(message, null);
  }

  public MagicException(String message, Throwable cause) {
    this(message, -1, 0, cause);
  }

  /**
   * A problem at {@code bodyOffset} in a cell magic's body, {@code length} characters wide: the
   * error then names the cell's line and column and shows the line with a caret, as a compile error does.
   */
  public MagicException(String message, int bodyOffset, int length, Throwable cause) {
    super(message, cause);
    this.bodyOffset = bodyOffset;
    this.length = length;
  }

  /** Where in the cell magic's body the problem is, or -1. */
  public int bodyOffset() {
    return bodyOffset;
  }

  /** How wide the problem is from {@link #bodyOffset()}. */
  public int length() {
    return Math.max(1, length);
  }

  /** Reads a UTF-8 text file for {@code %magic}, or fails saying which file and why. */
  public static String readFile(String magic, java.nio.file.Path file) throws MagicException {
    try {
      return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new MagicException("%" + magic + ": no such file: " + file);
    } catch (java.io.IOException e) {
      throw new MagicException("%" + magic + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

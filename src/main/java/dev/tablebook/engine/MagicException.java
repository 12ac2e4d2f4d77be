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

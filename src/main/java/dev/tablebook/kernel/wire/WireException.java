package dev.tablebook.kernel.wire;

/**
 * A frame sequence that is not a valid, correctly signed message; the kernel logs and drops it.
 *
 * @since 0.1
 */
public class WireException extends Exception {
  private static final long serialVersionUID = 1L;

  public WireException(String message) {
    super(message);
  }
}

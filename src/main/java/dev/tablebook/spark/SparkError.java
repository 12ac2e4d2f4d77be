package dev.tablebook.spark;

/**
 * A Spark operation failed: the message is the server's (an analysis error, say) or says plainly that
 * the server could not be reached, without the gRPC stack trace the client would show.
 *
 * @since 0.3
 */
public class SparkError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SparkError(String message) {
    super(message);
  }

  public SparkError(String message, Throwable cause) {
    super(message, cause);
  }
}

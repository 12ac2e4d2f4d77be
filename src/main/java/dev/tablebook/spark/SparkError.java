package dev.tablebook.spark;

import dev.tablebook.secrets.Secrets;

/**
 * A Spark operation failed: the message is the server's (an analysis error, say) or says plainly that
 * the server could not be reached, without the gRPC stack trace the client would show, and without
 * credentials: whoever made it, its message has passed {@link Secrets#redact}.
 *
 * @since 0.3
 */
public class SparkError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SparkError(String message) {
    super(Secrets.redact(message));
  }

  public SparkError(String message, Throwable cause) {
    super(Secrets.redact(message), cause);
  }
}

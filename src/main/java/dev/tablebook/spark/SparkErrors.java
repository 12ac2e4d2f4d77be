package dev.tablebook.spark;

/**
 * Turns what the Spark Connect client throws into one clear {@link SparkError}: the server's own
 * message for an analysis or execution error, and a sentence for a server that cannot be reached or
 * refuses the credentials, instead of a gRPC stack trace.
 */
final class SparkErrors {
  private SparkErrors() {}

  static RuntimeException translate(Throwable thrown, String url) {
    if (thrown instanceof SparkError error) {
      return error;
    }
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String type = t.getClass().getName();
      String message = String.valueOf(t.getMessage());
      if (type.endsWith("StatusRuntimeException") || type.endsWith("StatusException")) {
        if (message.startsWith("UNAVAILABLE")) {
          return new SparkError("cannot reach the Spark Connect server at " + url + ": " + message, thrown);
        }
        if (message.startsWith("UNAUTHENTICATED") || message.startsWith("PERMISSION_DENIED")) {
          return new SparkError("the Spark Connect server at " + url + " refused the connection's credentials (token=...): " + message, thrown);
        }
        if (message.startsWith("CANCELLED")) {
          return new SparkError("the Spark operation was cancelled", thrown);
        }
      }
    }
    String message = String.valueOf(thrown.getMessage());
    String kind = thrown.getClass().getSimpleName();
    return new SparkError(kind.equals("AnalysisException") || kind.equals("SparkException") ? message : kind + ": " + message, thrown);
  }
}

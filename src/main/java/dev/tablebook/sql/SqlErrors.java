package dev.tablebook.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;

/**
 * Reads DuckDB's errors. The database runs with {@code errors_as_json}, so an error's message is JSON
 * ({@code exception_type}, {@code exception_message}, {@code position}, {@code location}) after an
 * optional prefix; this turns it back into the text DuckDB would print, with the position apart.
 */
final class SqlErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SqlErrors() {}

  /**
   * {@code e}, an error of the statement {@code sql}, with its position as a character offset into
   * {@code sql}: DuckDB counts UTF-8 bytes.
   */
  static SqlException from(SQLException e, String sql) {
    SqlException error = from(e);
    if (error.position() < 0) {
      return error;
    }
    int start = charOffset(sql, error.position());
    int end = charOffset(sql, error.position() + error.length());
    return new SqlException(error.getMessage(), start, Math.max(1, end - start), e);
  }

  /** The character offset in {@code text} of its UTF-8 byte offset {@code bytes}. */
  static int charOffset(String text, int bytes) {
    int counted = 0;
    int i = 0;
    while (i < text.length() && counted < bytes) {
      int codePoint = text.codePointAt(i);
      counted += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      i += Character.charCount(codePoint);
    }
    return i;
  }

  /** {@code e} as a {@link SqlException}: DuckDB's message, and the position when it gave one (in bytes). */
  static SqlException from(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int json = message.indexOf('{');
    if (json >= 0) {
      try {
        JsonNode error = JSON.readTree(message.substring(json));
        String type = error.path("exception_type").asText("");
        String text = error.path("exception_message").asText(message);
        int position = error.hasNonNull("position") ? Integer.parseInt(error.get("position").asText()) : -1;
        int length = lengthOf(error.path("location").asText(""));
        return new SqlException(type.isEmpty() ? text : type + " Error: " + text, position, length, e);
      } catch (java.io.IOException | RuntimeException notJson) {
        // a message that only contains a brace: keep it as it is
      }
    }
    return new SqlException(message, e);
  }

  /** The length in DuckDB's {@code location} "[offset,length]", or 1. */
  private static int lengthOf(String location) {
    int comma = location.indexOf(',');
    int end = location.indexOf(']');
    if (comma < 0 || end < comma) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(location.substring(comma + 1, end).strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}

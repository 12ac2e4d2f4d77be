package dev.tablebook.charts;

/**
 * Rewrites the string literals of a JavaScript object literal so that a lenient JSON parser reads
 * them as JavaScript does. JSON's escapes, {@code \'} and a backslash before any other character
 * mean the same in both; {@code \v}, {@code \0} and {@code \xHH} become {@code \\uXXXX}, and a
 * backslash before a line break (a line continuation) is removed. What would read differently and
 * is not rewritten (legacy octal escapes, {@code \\u{...}}) and what is not JavaScript (a line break
 * inside a string, a backslash outside one) is refused.
 */
final class JsStrings {
  private JsStrings() {}

  /** {@code js} with its strings rewritten; throws IllegalArgumentException for what is refused. */
  static String asJson(String js) {
    StringBuilder out = new StringBuilder(js.length());
    char quote = 0;
    for (int i = 0; i < js.length(); i++) {
      char c = js.charAt(i);
      if (quote == 0) {
        if (c == '\\') {
          throw new IllegalArgumentException("a backslash outside a string at " + i);
        }
        if (c == '\'' || c == '"') {
          quote = c;
        }
        out.append(c);
      } else if (c == quote) {
        quote = 0;
        out.append(c);
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("a line break inside a string at " + i);
      } else if (c == '\\') {
        i = escape(js, i, out);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Appends the escape that starts at {@code js[i]} (a backslash); returns the index of its last character. */
  private static int escape(String js, int i, StringBuilder out) {
    if (i + 1 >= js.length()) {
      throw new IllegalArgumentException("a string ends in a backslash");
    }
    char next = js.charAt(i + 1);
    boolean digitAfter = i + 2 < js.length() && Character.isDigit(js.charAt(i + 2));
    switch (next) {
      case 'v' -> out.append("\\u000B");
      case 'x' -> {
        String hex = i + 4 <= js.length() ? js.substring(i + 2, i + 4) : "";
        if (!hex.matches("[0-9A-Fa-f]{2}")) {
          throw new IllegalArgumentException("a \\x escape without two hex digits at " + i);
        }
        out.append("\\u00").append(hex);
        return i + 3;
      }
      case '\r' -> {
        return i + 2 < js.length() && js.charAt(i + 2) == '\n' ? i + 2 : i + 1;
      }
      case '\n', '\u2028', '\u2029' -> {
        return i + 1;
      }
      case 'u' -> {
        if (i + 2 < js.length() && js.charAt(i + 2) == '{') {
          throw new IllegalArgumentException("a \\u{...} escape at " + i);
        }
        out.append("\\u");
      }
      default -> {
        if (next == '0' && !digitAfter) {
          out.append("\\u0000");
        } else if (next >= '0' && next <= '9') {
          throw new IllegalArgumentException("a legacy octal escape at " + i);
        } else {
          out.append('\\').append(next);
        }
      }
    }
    return i + 1;
  }
}

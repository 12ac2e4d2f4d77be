package dev.tablebook.grid;

/**
 * Reads a name or value of filter text, quoted or bare. Quotes are {@code `}, {@code "} and {@code '};
 * a quote written twice inside stands for itself ({@code 'O''Brien'}).
 *
 * @param text what was read, without its quotes
 * @param quote the quote it was in, or 0 when bare
 * @param end the index just after it
 */
record Quoted(String text, char quote, int end) {

  /** Whether {@code c} opens a quoted name or value. */
  static boolean isQuote(char c) {
    return c == '`' || c == '"' || c == '\'';
  }

  /** The quoted text that starts at {@code start} (a quote); an unclosed one runs to the end. */
  static Quoted at(String s, int start) {
    char quote = s.charAt(start);
    StringBuilder text = new StringBuilder();
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c != quote) {
        text.append(c);
      } else if (i < s.length() && s.charAt(i) == quote) {
        text.append(quote);
        i++;
      } else {
        return new Quoted(text.toString(), quote, i);
      }
    }
    return new Quoted(text.toString(), quote, s.length());
  }

  /** The name a condition starts with: quoted, or a run of letters, digits and {@code _}; null when neither. */
  static Quoted nameAt(String s) {
    if (s.isEmpty()) {
      return null;
    } else if (isQuote(s.charAt(0))) {
      return at(s, 0);
    }
    int end = 0;
    while (end < s.length() && Operator.isWordChar(s.charAt(end))) {
      end++;
    }
    return end == 0 ? null : new Quoted(s.substring(0, end), (char) 0, end);
  }

  /** All of {@code s}: without its quotes when it is one quoted text, else as written. */
  static Quoted whole(String s) {
    if (!s.isEmpty() && isQuote(s.charAt(0))) {
      Quoted quoted = at(s, 0);
      if (quoted.end() == s.length()) {
        return quoted;
      }
    }
    return new Quoted(s, (char) 0, s.length());
  }
}

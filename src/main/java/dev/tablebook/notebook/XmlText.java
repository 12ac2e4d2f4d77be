package dev.tablebook.notebook;

/** Makes any text one that XML 1.0 can carry, writing the characters it cannot as visible {@code \}{@code uXXXX}. */
final class XmlText {
  private XmlText() {}

  /** {@code text} with controls other than tab, CR and LF, lone surrogates, U+FFFE and U+FFFF escaped. */
  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i)); // a whole pair: a character beyond U+FFFF
      } else if (allowed(c)) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** Whether XML 1.0 allows {@code c} on its own (a surrogate it allows only in a pair). */
  private static boolean allowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
  }
}

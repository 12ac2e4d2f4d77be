package dev.tablebook.display;

/**
 * Escapes text for HTML, in element content and in quoted attribute values alike: the one escape
 * every HTML output of Tablebook uses (tables, progress bars, the report, {@code %vars}).
 *
 * @since 0.2
 */
public final class Html {
  private Html() {}

  /** {@code text} with {@code & < > " '} escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

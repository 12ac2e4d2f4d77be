package dev.tablebook.data;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;

/** Converts Table Schema date patterns ({@code %Y-%m-%d}, strftime style) to Java formatters. */
final class StrftimeFormat {
  private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
      Map.entry('Y', "uuuu"), Map.entry('y', "uu"), Map.entry('m', "MM"), Map.entry('d', "dd"),
      Map.entry('e', "d"), Map.entry('b', "MMM"), Map.entry('B', "MMMM"), Map.entry('H', "HH"),
      Map.entry('I', "hh"), Map.entry('M', "mm"), Map.entry('S', "ss"), Map.entry('p', "a"),
      Map.entry('j', "DDD"), Map.entry('z', "xx"));

  private StrftimeFormat() {}

  /**
   * The formatter for a pattern such as {@code %d/%m/%Y}; unknown directives are an error
   * ({@link IllegalArgumentException} with a message), any other character matches itself.
   */
  static DateTimeFormatter toFormatter(String pattern) {
    StringBuilder java = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '%') {
        literal.append(pattern.charAt(++i)); // %% is a literal %
      } else if (c == '%' && i + 1 < pattern.length()) {
        String directive = DIRECTIVES.get(pattern.charAt(++i));
        if (directive == null) {
          throw new IllegalArgumentException("unsupported date directive %" + pattern.charAt(i));
        }
        appendQuoted(java, literal);
        java.append(directive);
      } else {
        literal.append(c);
      }
    }
    appendQuoted(java, literal);
    return DateTimeFormatter.ofPattern(java.toString(), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Appends a run of literal text as one quoted section, so that none of it is read as pattern syntax
   * (letters, and [ ] # { } which DateTimeFormatter reserves), and empties the run. One section per run:
   * two sections side by side would read as one with a quote between them.
   */
  private static void appendQuoted(StringBuilder java, StringBuilder literal) {
    if (!literal.isEmpty()) {
      java.append('\'').append(literal.toString().replace("'", "''")).append('\'');
      literal.setLength(0);
    }
  }
}

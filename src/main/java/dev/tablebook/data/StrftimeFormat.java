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
      Map.entry('j', "DDD"), Map.entry('z', "xx"), Map.entry('%', "'%'"));

  private StrftimeFormat() {}

  /** The formatter for a pattern such as {@code %d/%m/%Y}; unknown directives are an error. */
  static DateTimeFormatter toFormatter(String pattern) {
    StringBuilder java = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' && i + 1 < pattern.length()) {
        String directive = DIRECTIVES.get(pattern.charAt(++i));
        if (directive == null) {
          throw new IllegalArgumentException("unsupported date directive %" + pattern.charAt(i));
        }
        java.append(directive);
      } else if (Character.isLetter(c) || c == '\'') {
        java.append('\'').append(c == '\'' ? "''" : c).append('\'');
      } else {
        java.append(c);
      }
    }
    return DateTimeFormatter.ofPattern(java.toString(), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }
}

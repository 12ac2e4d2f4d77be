package dev.tablebook.engine.magic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a magic's argument text into words as IJava does, and joins words back: whitespace
 * separates, double quotes keep a word with spaces together ({@code %jars "my libs/*.jar"}), and a
 * backslash takes the next quote, backslash or space literally (any other backslash stays, so
 * {@code C:\libs\*.jar} keeps its own).
 *
 * @since 0.2
 */
public final class MagicArguments {
  private MagicArguments() {}

  /** The words of {@code text}. */
  public static List<String> split(String text) throws MagicException {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isEscapable(text.charAt(i + 1))) {
        word.append(text.charAt(++i));
        inWord = true;
      } else if (c == '"') {
        quoted = !quoted;
        inWord = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quoted) {
      throw new MagicException("the arguments have an opening \" without a closing one: " + text.strip());
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Text that {@link #split} turns back into {@code words}. */
  public static String join(List<String> words) {
    StringBuilder text = new StringBuilder();
    for (String word : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      boolean plain = !word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\\');
      if (plain) {
        text.append(word);
      } else {
        text.append('"');
        for (char c : word.toCharArray()) {
          text.append(c == '"' || c == '\\' ? "\\" + c : String.valueOf(c));
        }
        text.append('"');
      }
    }
    return text.toString();
  }

  private static boolean isEscapable(char c) {
    return c == '"' || c == '\\' || Character.isWhitespace(c);
  }

  /** {@code text} as a Java string literal, for magics that run code of their own making in the session. */
  public static String javaLiteral(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> literal.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return literal.append('"').toString();
  }
}

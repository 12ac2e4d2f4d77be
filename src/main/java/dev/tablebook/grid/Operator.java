package dev.tablebook.grid;

/** Names the operators of a filter condition and how each turns a comparison into a match. */
enum Operator {
  IS_NOT_MISSING("is not missing"),
  IS_MISSING("is missing"),
  STARTS_WITH("starts with"),
  CONTAINS("contains"),
  LESS_OR_EQUAL("<="),
  GREATER_OR_EQUAL(">="),
  NOT_EQUAL("!="),
  LESS("<"),
  GREATER(">"),
  EQUAL("=");

  /** The operators as an analyst reads them, for error messages. */
  static final String LIST = "=, !=, <, <=, >, >=, contains, starts with, is missing, is not missing";

  private static final String SYMBOL_CHARS = "=!<>";

  private final String text;

  Operator(String text) {
    this.text = text;
  }

  /** The operator as written. */
  String text() {
    return text;
  }

  /** Whether the operator takes a value after it. */
  boolean takesValue() {
    return this != IS_MISSING && this != IS_NOT_MISSING;
  }

  /** Whether the operator compares values ({@code =}, {@code <}, ...). */
  boolean compares() {
    return text.chars().allMatch(c -> SYMBOL_CHARS.indexOf(c) >= 0);
  }

  /** Whether a cell that compares to the value as {@code comparison} (negative, 0, positive) matches. */
  boolean matches(int comparison) {
    return switch (this) {
      case EQUAL -> comparison == 0;
      case NOT_EQUAL -> comparison != 0;
      case LESS -> comparison < 0;
      case LESS_OR_EQUAL -> comparison <= 0;
      case GREATER -> comparison > 0;
      case GREATER_OR_EQUAL -> comparison >= 0;
      default -> throw new IllegalStateException(text + " does not compare");
    };
  }

  /**
   * The operator that {@code text} starts with at {@code from} (words case-insensitive, any run of
   * spaces between them), and the index after it; null when none does.
   */
  static Match at(String text, int from) {
    for (Operator op : values()) {
      int end = op.endOfMatch(text, from);
      if (end >= 0) {
        return new Match(op, end);
      }
    }
    return null;
  }

  /** Whether {@code c} can be part of a symbolic operator. */
  static boolean isSymbol(char c) {
    return SYMBOL_CHARS.indexOf(c) >= 0;
  }

  private int endOfMatch(String s, int from) {
    int i = from;
    String[] words = text.split(" ");
    for (int w = 0; w < words.length; w++) {
      if (w > 0) {
        int spaces = i;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i == spaces) {
          return -1;
        }
      }
      if (!s.regionMatches(true, i, words[w], 0, words[w].length())) {
        return -1;
      }
      i += words[w].length();
    }
    boolean word = Character.isLetter(text.charAt(0));
    if (word && i < s.length() && isWordChar(s.charAt(i))) {
      return -1;
    }
    return i;
  }

  /** Whether {@code c} can be part of a bare column name: a letter, a digit or {@code _}. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  @Override
  public String toString() {
    return text;
  }

  /** An operator found in a condition and the index just after it. */
  record Match(Operator operator, int end) {}
}

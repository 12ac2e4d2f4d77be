package dev.tablebook.kernel;

/** Jupyter counts cursor positions in Unicode code points; Java strings count UTF-16 units. */
final class CodePoints {
  private CodePoints() {}

  /** The string index of code point {@code position}, clamped to the string. */
  static int toIndex(String text, int position) {
    int points = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.max(0, Math.min(position, points)));
  }

  /** The code point position of string index {@code index}. */
  static int fromIndex(String text, int index) {
    return text.codePointCount(0, Math.max(0, Math.min(index, text.length())));
  }
}

package dev.tablebook.data;

/** Checks one typed value against its field's constraints (all but required and unique). */
final class ConstraintCheck {
  private ConstraintCheck() {}

  /** The reason {@code value} breaks a constraint of {@code field}, or {@code null} when it fits. */
  static String check(Field field, String text, Object value) {
    Constraints c = field.constraints();
    if (!c.enumValues().isEmpty() && !c.enumValues().contains(value)) {
      return ValueParser.quote(text) + " is not one of: "
          + String.join(", ", c.enumValues().stream().map(ValueParser::show).toList());
    }
    if (c.minimum() != null && compare(value, c.minimum()) < 0) {
      return text + " is below the minimum " + ValueParser.show(c.minimum());
    }
    if (c.maximum() != null && compare(value, c.maximum()) > 0) {
      return text + " is above the maximum " + ValueParser.show(c.maximum());
    }
    if (c.minLength() != null && text.length() < c.minLength()) {
      return ValueParser.quote(text) + " is shorter than " + c.minLength() + " characters";
    }
    if (c.maxLength() != null && text.length() > c.maxLength()) {
      return ValueParser.quote(text) + " is longer than " + c.maxLength() + " characters";
    }
    if (c.pattern() != null && !c.pattern().matcher(text).matches()) {
      return ValueParser.quote(text) + " does not match the pattern " + c.pattern().pattern();
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object value, Comparable bound) {
    if (value instanceof Number n && bound instanceof Number b) {
      return Double.compare(n.doubleValue(), b.doubleValue());
    }
    return bound.compareTo(value) * -1;
  }
}

package dev.tablebook.notebook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Java source for a parameter value given on the command line: a literal (or constant) of the declared
 * type that compiles and evaluates to exactly the value given, or an error naming the parameter, the
 * type and the value.
 */
final class ParameterLiterals {
  private ParameterLiterals() {}

  /** The Java expression for {@code value} as {@code type} (a type {@link Parameters} supports). */
  static String literal(String name, String type, String value) {
    String given = value.strip();
    return switch (type) {
      case "int" -> String.valueOf(whole(name, type, given, Integer.MIN_VALUE, Integer.MAX_VALUE));
      case "long" -> whole(name, type, given, Long.MIN_VALUE, Long.MAX_VALUE) + "L";
      case "double" -> doubleLiteral(name, given);
      case "float" -> floatLiteral(name, given);
      case "boolean" -> {
        if (!given.equals("true") && !given.equals("false")) {
          throw rejected(name, type, given, "is not a boolean (true or false)");
        }
        yield given;
      }
      case "LocalDate" -> {
        try {
          yield "java.time.LocalDate.parse(\"" + LocalDate.parse(given) + "\")";
        } catch (DateTimeParseException e) {
          throw rejected(name, type, given, "is not a date (YYYY-MM-DD)");
        }
      }
      case "String" -> stringLiteral(value);
      default -> throw new IllegalArgumentException("parameter " + name + " is declared " + type + ", which is not a parameter type");
    };
  }

  /** The type to declare {@code type} with in the injected cell, which need not import it. */
  static String declaredType(String type) {
    return type.equals("LocalDate") ? "java.time.LocalDate" : type;
  }

  private static long whole(String name, String type, String given, long min, long max) {
    String range = "a whole number from " + min + " to " + max;
    try {
      long parsed = Long.parseLong(given);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw rejected(name, type, given, "is not " + (type.equals("int") ? "an int (" : "a long (") + range + ")");
  }

  private static String doubleLiteral(String name, String given) {
    double parsed;
    try {
      parsed = Double.parseDouble(given);
    } catch (NumberFormatException e) {
      throw rejected(name, "double", given, "is not a double (a number such as 0.25, -1e-3, NaN or Infinity)");
    }
    if (Double.isNaN(parsed)) {
      return "Double.NaN";
    }
    if (Double.isInfinite(parsed)) {
      checkNamesInfinity(name, "double", given, "1.7976931348623157E308");
      return parsed > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    }
    checkNotRoundedToZero(name, "double", given, parsed, "4.9E-324");
    return Double.toString(parsed);
  }

  private static String floatLiteral(String name, String given) {
    float parsed;
    try {
      parsed = Float.parseFloat(given);
    } catch (NumberFormatException e) {
      throw rejected(name, "float", given, "is not a float (a number such as 0.25, -1e-3, NaN or Infinity)");
    }
    if (Float.isNaN(parsed)) {
      return "Float.NaN";
    }
    if (Float.isInfinite(parsed)) {
      checkNamesInfinity(name, "float", given, "3.4028235E38");
      return parsed > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
    }
    checkNotRoundedToZero(name, "float", given, parsed, "1.4E-45");
    return Float.toString(parsed) + "f";
  }

  /** Infinity only when asked for: {@code 1e400} is a mistake, not infinity (javac rejects it too). */
  private static void checkNamesInfinity(String name, String type, String given, String largest) {
    if (!given.contains("Infinity")) {
      throw rejected(name, type, given, "is too large for a " + type + " (the largest is " + largest + "; Infinity is written Infinity)");
    }
  }

  /** A non-zero number that rounds to zero is a mistake too ({@code 1e-400}; javac rejects it). */
  private static void checkNotRoundedToZero(String name, String type, String given, double parsed, String smallest) {
    if (parsed == 0 && hasNonZeroDigit(given)) {
      throw rejected(name, type, given, "is too small for a " + type + ": it would be 0 (the smallest above 0 is " + smallest + ")");
    }
  }

  /** Whether the significand of a number Double.parseDouble accepted has a digit other than 0. */
  private static boolean hasNonZeroDigit(String number) {
    String unsigned = number.replaceFirst("^[+-]", "").replaceFirst("[fFdD]$", "");
    boolean hex = unsigned.startsWith("0x") || unsigned.startsWith("0X");
    String significand = hex ? unsigned.substring(2).split("[pP]")[0] : unsigned.split("[eE]")[0];
    return significand.chars().anyMatch(c -> c != '0' && c != '.');
  }

  /**
   * A string literal for {@code value}: quotes, backslashes and line breaks escaped, and invisible
   * characters (controls, line separators, format characters, unpaired surrogates) as {@code \}{@code uXXXX}
   * escapes, which are safe for every character but a line break, a quote and a backslash.
   */
  static String stringLiteral(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> literal.append("\\\\");
        case '"' -> literal.append("\\\"");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (invisible(value, i)) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  private static boolean invisible(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
    }
    int kind = Character.getType(c);
    return Character.isISOControl(c) || kind == Character.FORMAT || kind == Character.LINE_SEPARATOR
        || kind == Character.PARAGRAPH_SEPARATOR;
  }

  private static IllegalArgumentException rejected(String name, String type, String value, String why) {
    return new IllegalArgumentException("parameter " + name + " is declared " + type + ", and " + stringLiteral(value) + " " + why);
  }
}

package dev.tablebook.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the text of one CSV cell into a typed value for its field, or says why it cannot. */
final class ValueParser {

  /** A value that does not fit its field's type; the message is the user-facing reason. */
  static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|NaN|INF|-INF");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern YEAR = Pattern.compile("-?\\d{4}");

  private ValueParser() {}

  /** Parses {@code text} (never a missing value) as {@code field}'s type. */
  static Object parse(Field field, String text) throws BadValue {
    try {
      return switch (field.type()) {
        case STRING, ANY -> text;
        case INTEGER -> parseInteger(text);
        case NUMBER -> parseNumber(text);
        case BOOLEAN -> parseBoolean(field, text);
        case DATE -> parseDate(field.format(), text);
        case DATETIME -> parseDateTime(field.format(), text);
        case TIME -> parseTime(field.format(), text);
        case YEAR -> parseYear(text);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw notA(field, text);
    }
  }

  private static long parseInteger(String text) {
    if (!INTEGER.matcher(text).matches()) {
      throw new NumberFormatException(text);
    }
    return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
  }

  private static double parseNumber(String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw new NumberFormatException(text);
    }
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "INF" -> Double.POSITIVE_INFINITY;
      case "-INF" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  private static int parseYear(String text) {
    if (!YEAR.matcher(text).matches()) {
      throw new NumberFormatException(text);
    }
    return Integer.parseInt(text);
  }

  private static boolean parseBoolean(Field field, String text) throws BadValue {
    if (field.trueValues().contains(text)) {
      return true;
    }
    if (field.falseValues().contains(text)) {
      return false;
    }
    throw new BadValue(quote(text) + " is not a boolean (expected one of "
        + String.join(", ", field.trueValues()) + ", " + String.join(", ", field.falseValues()) + ")");
  }

  private static LocalDate parseDate(String format, String text) {
    return switch (format) {
      case "default" -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      case "any" -> LocalDate.parse(text, DateTimeFormatter.ISO_DATE);
      default -> LocalDate.parse(text, StrftimeFormat.toFormatter(format));
    };
  }

  private static LocalDateTime parseDateTime(String format, String text) {
    if (!format.equals("default") && !format.equals("any")) {
      return LocalDateTime.parse(text, StrftimeFormat.toFormatter(format));
    }
    try {
      return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException noOffset) {
      return LocalDateTime.parse(text);
    }
  }

  private static LocalTime parseTime(String format, String text) {
    return format.equals("default") || format.equals("any")
        ? LocalTime.parse(text)
        : LocalTime.parse(text, StrftimeFormat.toFormatter(format));
  }

  private static BadValue notA(Field field, String text) {
    String expected =
        switch (field.type()) {
          case DATE -> field.format().equals("default") ? " (expected YYYY-MM-DD)" : " (expected " + field.format() + ")";
          case DATETIME -> field.format().equals("default") ? " (expected YYYY-MM-DDThh:mm:ss)" : " (expected " + field.format() + ")";
          case TIME -> " (expected hh:mm:ss)";
          case YEAR -> " (expected YYYY)";
          default -> "";
        };
    return new BadValue(quote(text) + " is not " + field.type().description() + expected);
  }

  /** Quotes a cell's text for a message, keeping long values short. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return '"' + shown.replace("\n", "\\n") + '"';
  }

  /** Formats a typed value back to text for messages. */
  static String show(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return String.format(Locale.ROOT, "%.0f", d);
    }
    return String.valueOf(value);
  }
}

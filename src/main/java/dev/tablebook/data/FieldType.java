package dev.tablebook.data;

import java.util.Locale;

/**
 * The Table Schema field types this reader knows, each with the Tablesaw column type it loads into.
 * Types without a natural column (object, array, geopoint, ...) load as strings, unchecked.
 *
 * @since 0.1
 */
public enum FieldType {
  STRING("a string"),
  INTEGER("an integer"),
  NUMBER("a number"),
  BOOLEAN("a boolean"),
  DATE("a date"),
  DATETIME("a datetime"),
  TIME("a time"),
  YEAR("a year"),
  /** Any value, kept as text: also used for object, array, geopoint, geojson, duration, yearmonth. */
  ANY("any value");

  private final String description;

  FieldType(String description) {
    this.description = description;
  }

  /** "a number", "an integer": used in messages like {@code "24o.11" is not a number}. */
  public String description() {
    return description;
  }

  /** The type for a Table Schema type name, or {@code null} when the name is not a Table Schema type. */
  public static FieldType forName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "string" -> STRING;
      case "integer" -> INTEGER;
      case "number" -> NUMBER;
      case "boolean" -> BOOLEAN;
      case "date" -> DATE;
      case "datetime" -> DATETIME;
      case "time" -> TIME;
      case "year" -> YEAR;
      case "any", "object", "array", "geopoint", "geojson", "duration", "yearmonth" -> ANY;
      default -> null;
    };
  }
}

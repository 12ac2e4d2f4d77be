package dev.tablebook.data;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One column of a Table Schema: its name, type, format and constraints.
 *
 * @param name the column name, matched against the CSV header
 * @param type the declared type
 * @param format the type's format ({@code default}, {@code any}, or a pattern such as {@code %d/%m/%Y})
 * @param description what the column holds, or an empty string
 * @param constraints what every value must satisfy
 * @param trueValues texts read as {@code true} for booleans
 * @param falseValues texts read as {@code false} for booleans
 * @since 0.1
 */
public record Field(
    String name,
    FieldType type,
    String format,
    String description,
    Constraints constraints,
    Set<String> trueValues,
    Set<String> falseValues) {

  /** Table Schema's default texts for {@code true}. */
  public static final Set<String> DEFAULT_TRUE = ordered("true", "True", "TRUE", "1");

  /** Table Schema's default texts for {@code false}. */
  public static final Set<String> DEFAULT_FALSE = ordered("false", "False", "FALSE", "0");

  private static Set<String> ordered(String... texts) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(texts)));
  }
}

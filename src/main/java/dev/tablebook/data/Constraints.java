package dev.tablebook.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A field's Table Schema constraints. Bounds and enum values are kept as the descriptor's text and
 * parsed with the field's type when the schema is read.
 *
 * @since 0.1
 */
public record Constraints(
    boolean required,
    boolean unique,
    List<Object> enumValues,
    Comparable<?> minimum,
    Comparable<?> maximum,
    Integer minLength,
    Integer maxLength,
    Pattern pattern) {

  /** No constraints at all. */
  public static final Constraints NONE = new Constraints(false, false, List.of(), null, null, null, null, null);
}

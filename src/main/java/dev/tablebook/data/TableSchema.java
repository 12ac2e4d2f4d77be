package dev.tablebook.data;

import java.util.List;
import java.util.Optional;

/**
 * A Table Schema: the fields of a tabular resource, its primary and foreign keys and the texts that
 * mean "missing".
 *
 * @since 0.1
 */
public record TableSchema(
    List<Field> fields, List<String> primaryKey, List<ForeignKey> foreignKeys, List<String> missingValues) {

  /** The field with this name, if any. */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Whether every one of {@code names} is a field (keys naming others are reported by the descriptor check). */
  public boolean hasFields(List<String> names) {
    return names.stream().allMatch(name -> indexOf(name) >= 0);
  }

  /** The position of the field {@code name}, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}

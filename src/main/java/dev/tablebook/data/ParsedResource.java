package dev.tablebook.data;

import java.util.List;

/**
 * A tabular resource read and checked row by row: typed values (null where missing), the line each
 * row came from, and the problems found. Built by {@link ResourceReader}.
 */
record ParsedResource(Resource resource, String file, List<Object[]> rows, int[] lines, List<Problem> problems) {

  /** Stands for a cell whose text did not fit its field (already reported); key checks skip it. */
  static final Object INVALID = new Object() {
    @Override
    public String toString() {
      return "(invalid)";
    }
  };

  /** Whether any of the key's values is a cell that did not fit its field. */
  static boolean hasInvalid(List<Object> key) {
    return key.stream().anyMatch(v -> v == INVALID);
  }

  /** The typed values of the named fields in one row. */
  List<Object> key(int row, List<String> fields) {
    Object[] values = rows.get(row);
    return fields.stream().map(f -> values[resource.schema().indexOf(f)]).toList();
  }
}

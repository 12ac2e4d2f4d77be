package dev.tablebook.grid;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Finds a table's column by the name an analyst typed, and says which names are nearest when none is. */
final class ColumnNames {
  /** At most this many names are offered as the nearest, or listed when none is near. */
  private static final int OFFERED = 3;
  private static final int LISTED = 12;

  private ColumnNames() {}

  /** The column named {@code name}: exactly, else ignoring case; null when there is none. */
  static Column<?> find(Table table, String name) {
    List<String> names = table.columnNames();
    if (names.contains(name)) {
      return table.column(name);
    }
    for (String candidate : names) {
      if (candidate.equalsIgnoreCase(name)) {
        return table.column(candidate);
      }
    }
    return null;
  }

  /** The column named {@code name}, or an IllegalArgumentException that names the nearest ones. */
  static Column<?> require(Table table, String name) {
    Column<?> column = find(table, name);
    if (column == null) {
      throw new IllegalArgumentException(unknown(table, name));
    }
    return column;
  }

  /** Says that there is no column {@code name}, and which names are nearest (or which there are). */
  static String unknown(Table table, String name) {
    List<String> nearest = nearest(table.columnNames(), name);
    if (!nearest.isEmpty()) {
      return "no column \"" + name + "\"; nearest: " + String.join(", ", nearest);
    }
    List<String> names = table.columnNames();
    if (names.isEmpty()) {
      return "no column \"" + name + "\"; the table has no columns";
    }
    String listed = names.stream().limit(LISTED).collect(Collectors.joining(", "));
    return "no column \"" + name + "\"; the columns are " + listed + (names.size() > LISTED ? ", ..." : "");
  }

  /** The names within a few edits of {@code name}, or containing it, ignoring case; nearest first. */
  static List<String> nearest(List<String> names, String name) {
    String typed = name.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, typed.length() / 3);
    return names.stream()
        .filter(n -> distance(n.toLowerCase(Locale.ROOT), typed) <= allowed
            || (typed.length() >= 3 && n.toLowerCase(Locale.ROOT).contains(typed)))
        .sorted(Comparator.comparingInt((String n) -> distance(n.toLowerCase(Locale.ROOT), typed)).thenComparing(n -> n))
        .limit(OFFERED)
        .toList();
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

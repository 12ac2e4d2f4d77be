package dev.tablebook.data;

/**
 * A resource of a data package: a named file, tabular when it has a schema.
 *
 * @param name the resource name, unique in the package
 * @param path the file, relative to the package
 * @param profile {@code data-resource} or {@code tabular-data-resource}, as declared (the former by default)
 * @param title a human title, or the name
 * @param description what it holds, or an empty string
 * @param schema its Table Schema, or {@code null} for a non-tabular file
 * @param dialect how its CSV is written
 * @since 0.1
 */
public record Resource(
    String name, String path, String profile, String title, String description, TableSchema schema, CsvDialect dialect) {

  /** Whether the resource is a table (has a schema) rather than a plain file. */
  public boolean isTabular() {
    return schema != null;
  }
}

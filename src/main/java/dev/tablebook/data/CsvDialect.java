package dev.tablebook.data;

/**
 * The CSV dialect of a resource (Frictionless CSV Dialect): delimiter, quote character and whether
 * the first row is a header. Defaults: {@code ,} {@code "} and a header.
 *
 * @since 0.1
 */
public record CsvDialect(char delimiter, char quoteChar, boolean header) {

  /** The RFC 4180 dialect with a header row. */
  public static final CsvDialect DEFAULT = new CsvDialect(',', '"', true);
}

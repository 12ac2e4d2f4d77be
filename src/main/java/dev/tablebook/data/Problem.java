package dev.tablebook.data;

/**
 * One thing wrong with a data package, with where it is: {@code file:line:column field: message}.
 *
 * <p>Line and column are 1-based; 0 means "not applicable" and is left out of {@link #toString()}.
 *
 * @param file the file as the user should see it, such as {@code datasets/trade_totals.csv}
 * @param line the physical line in the file, or 0
 * @param column the 1-based field position in the row, or 0
 * @param field the field (column) name, or {@code null}
 * @param message what is wrong, as a sentence fragment
 * @since 0.1
 */
public record Problem(String file, int line, int column, String field, String message) {

  /** A problem with a whole file (missing, unreadable, bad descriptor). */
  public static Problem inFile(String file, String message) {
    return new Problem(file, 0, 0, null, message);
  }

  /** A problem with a whole row. */
  public static Problem atLine(String file, int line, String message) {
    return new Problem(file, line, 0, null, message);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(field == null ? ": " : " " + field + ": ").append(message);
    return text.toString();
  }
}

package dev.tablebook.grid;

import java.util.List;
import java.util.function.IntPredicate;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Selects the rows of a table that filter text describes, as a Tablesaw {@link Selection}.
 *
 * <p>The text is conditions joined by {@code and} (any case). A condition is {@code column operator
 * value}; the operators are {@code =}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=},
 * {@code contains}, {@code starts with}, {@code is missing} and {@code is not missing} (the last two take
 * no value). A column whose name has spaces or other characters than letters, digits and {@code _} is
 * written in backticks or double quotes ({@code `unit price` > 3}); a value may be quoted
 * ({@code city = 'New York'}, {@code name = "O'Brien"}), and must be when it holds the word {@code and}.
 * A quote written twice inside quotes stands for itself. Column names may differ in case.
 *
 * <p>Values are read as the column's kind: numbers for number columns, ISO dates ({@code 2024-01-31}),
 * date-times ({@code 2024-01-31T13:45}; a date alone is the start of the day), instants
 * ({@code 2024-01-31T13:45:00Z}; UTC without an offset) and times ({@code 13:45}); {@code true} or
 * {@code false} for booleans (compared only with {@code =} and {@code !=}). Text compares as Java
 * does; {@code contains} ignores case, {@code starts with} does not, and both look into text columns
 * only. A missing value matches no comparison, not even {@code !=}: only {@code is missing}.
 *
 * <p>A condition that has no operator (a word or phrase, {@code New York}, or anything quoted) selects
 * the rows in which any string column contains it, ignoring case. Empty text selects every row.
 *
 * @since 0.4
 */
public final class GridFilter {
  private GridFilter() {}

  /**
   * Returns the rows of {@code table} that {@code text} selects.
   *
   * @throws GridFilterException when the text cannot be read; its message names the condition and the
   *     mistake, and no row has been read
   */
  public static Selection select(Table table, String text) {
    List<IntPredicate> tests = FilterParser.parse(table, text);
    int rows = table.rowCount();
    if (tests.isEmpty()) {
      return Selection.withRange(0, rows);
    }
    IntPredicate test = tests.stream().reduce(IntPredicate::and).orElseThrow();
    RoaringBitmapWriter<RoaringBitmap> selected = RoaringBitmapWriter.writer().get();
    for (int row = 0; row < rows; row++) {
      if (test.test(row)) {
        selected.add(row);
      }
    }
    return Selection.fromBitmap(selected.get());
  }

  /**
   * Checks {@code text} against {@code table} without reading a row.
   *
   * @throws GridFilterException when the text cannot be read
   */
  public static void check(Table table, String text) {
    FilterParser.parse(table, text);
  }
}

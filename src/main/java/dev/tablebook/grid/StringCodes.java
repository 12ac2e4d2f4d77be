package dev.tablebook.grid;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * Numbers the values of a string column with small codes, so a test or a rank is worked out once per
 * distinct value instead of once per row where the column has few. Tablesaw's string columns of up to
 * 65,534 distinct values are dictionary-encoded: the codes are the dictionary's keys, shifted to start
 * at 0, and nothing is copied. A column with more has no dictionary (Tablesaw's
 * {@code NullDictionaryMap}): then each row is its own code, as hashing 10 M strings to number them
 * would cost seconds.
 */
final class StringCodes {
  /** Beyond this many codes per row the dictionary's keys are too sparse to index an array by. */
  private static final int MAX_SPARSENESS = 4;

  private final StringColumn column;
  private final DictionaryMap dictionary;
  private final int minKey;
  private final int size;

  private StringCodes(StringColumn column, DictionaryMap dictionary, int minKey, int size) {
    this.column = column;
    this.dictionary = dictionary;
    this.minKey = minKey;
    this.size = size;
  }

  /** Numbers the values of {@code column}: one pass over its rows when it has a dictionary. */
  static StringCodes of(StringColumn column) {
    DictionaryMap dictionary = column.getDictionary();
    int rows = column.size();
    try {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int row = 0; row < rows; row++) {
        int key = dictionary.getKeyForIndex(row);
        min = Math.min(min, key);
        max = Math.max(max, key);
      }
      long range = rows == 0 ? 0 : (long) max - min + 1;
      if (range <= (long) MAX_SPARSENESS * rows + 1024) {
        return new StringCodes(column, dictionary, rows == 0 ? 0 : min, (int) range);
      }
    } catch (UnsupportedOperationException noDictionary) {
      // Each row is its own code.
    }
    return new StringCodes(column, null, 0, rows);
  }

  /** How many codes there are: every code is in {@code [0, size())}; some may be unused. */
  int size() {
    return size;
  }

  /** The code of the value in {@code row}. */
  int code(int row) {
    return dictionary == null ? row : dictionary.getKeyForIndex(row) - minKey;
  }

  /** The value numbered {@code code}, or null when no row has that code. */
  String value(int code) {
    return dictionary == null ? column.get(code) : dictionary.getValueForKey(code + minKey);
  }

  /** Whether a value stands for a missing cell (Tablesaw keeps missing strings as the empty string). */
  static boolean isMissing(String value) {
    return StringColumn.valueIsMissing(value);
  }

  /** The column numbered. */
  StringColumn column() {
    return column;
  }
}

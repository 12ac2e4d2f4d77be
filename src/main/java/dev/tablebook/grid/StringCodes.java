package dev.tablebook.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * Numbers the distinct values of a string column with small codes, so a test or a rank is worked out
 * once per distinct value instead of once per row. Tablesaw's string columns are dictionary-encoded:
 * the codes are the dictionary's keys, shifted to start at 0, and nothing is copied. A column without a
 * dictionary (Tablesaw's {@code NullDictionaryMap}) is numbered here instead, at the cost of one array.
 */
final class StringCodes {
  /** Beyond this many codes per row the dictionary's keys are too sparse to index an array by. */
  private static final int MAX_SPARSENESS = 4;

  private final StringColumn column;
  private final DictionaryMap dictionary;
  private final int minKey;
  private final int size;
  private final int[] codes;
  private final List<String> values;

  private StringCodes(StringColumn column, DictionaryMap dictionary, int minKey, int size, int[] codes, List<String> values) {
    this.column = column;
    this.dictionary = dictionary;
    this.minKey = minKey;
    this.size = size;
    this.codes = codes;
    this.values = values;
  }

  /** Numbers the values of {@code column}: one pass over its rows. */
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
        return new StringCodes(column, dictionary, rows == 0 ? 0 : min, (int) range, null, null);
      }
    } catch (UnsupportedOperationException noDictionary) {
      // Numbered below.
    }
    return numbered(column);
  }

  private static StringCodes numbered(StringColumn column) {
    int rows = column.size();
    int[] codes = new int[rows];
    Map<String, Integer> byValue = new HashMap<>();
    List<String> values = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      String value = column.get(row);
      Integer code = byValue.get(value);
      if (code == null) {
        code = values.size();
        byValue.put(value, code);
        values.add(value);
      }
      codes[row] = code;
    }
    return new StringCodes(column, null, 0, values.size(), codes, values);
  }

  /** How many codes there are: every code is in {@code [0, size())}; some may be unused. */
  int size() {
    return size;
  }

  /** The code of the value in {@code row}. */
  int code(int row) {
    return codes != null ? codes[row] : dictionary.getKeyForIndex(row) - minKey;
  }

  /** The value numbered {@code code}, or null when no row has that code. */
  String value(int code) {
    return values != null ? values.get(code) : dictionary.getValueForKey(code + minKey);
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

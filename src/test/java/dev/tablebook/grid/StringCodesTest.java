package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/** Codes for a string column's values, with Tablesaw's dictionary and without one. */
class StringCodesTest {

  /** The same values in a column without a dictionary (as Tablesaw makes past 65,534 distinct values). */
  static StringColumn withoutDictionary(StringColumn column) {
    return StringColumn.createInternal(column.name(), new NullDictionaryMap(column.getDictionary()));
  }

  @Test
  void withADictionaryEqualValuesShareACode() {
    StringColumn column = StringColumn.create("s", "b", "a", "", "b", "c", "a");
    StringCodes codes = StringCodes.of(column);
    Set<Integer> distinct = new HashSet<>();
    for (int row = 0; row < column.size(); row++) {
      distinct.add(codes.code(row));
      assertEquals(column.get(row), codes.value(codes.code(row)));
    }
    assertEquals(4, distinct.size());
  }

  @Test
  void withoutADictionaryEachRowIsItsOwnCode() {
    StringColumn column = withoutDictionary(StringColumn.create("s", "b", "a", "", "b"));
    StringCodes codes = StringCodes.of(column);
    assertEquals(4, codes.size());
    for (int row = 0; row < column.size(); row++) {
      assertEquals(row, codes.code(row));
      assertEquals(column.get(row), codes.value(row));
    }
  }

  @Test
  void tablesawDropsTheDictionaryPast65534DistinctValues() {
    StringColumn column = StringColumn.create("s");
    for (int i = 0; i < 70_000; i++) {
      column.append("v" + i);
    }
    assertEquals(NullDictionaryMap.class, column.getDictionary().getClass());
    assertEquals(70_000, StringCodes.of(column).size());
  }

  @Test
  void aValueReplacedLeavesTheOthersTheirCodes() {
    StringColumn column = StringColumn.create("s", "a", "b", "c");
    column.set(1, "a");
    StringCodes codes = StringCodes.of(column);
    assertEquals(codes.code(0), codes.code(1));
    assertEquals("c", codes.value(codes.code(2)));
  }

  @Test
  void anEmptyColumnHasNoCodes() {
    assertEquals(0, StringCodes.of(StringColumn.create("s")).size());
  }
}

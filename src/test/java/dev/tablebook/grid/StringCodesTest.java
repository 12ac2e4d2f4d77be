package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/** Codes for a string column's values, with Tablesaw's dictionary and without one. */
class StringCodesTest {

  /** The same values in a column without a dictionary (as Tablesaw makes when a dictionary runs out of keys). */
  static StringColumn withoutDictionary(StringColumn column) {
    return StringColumn.createInternal(column.name(), new NullDictionaryMap(column.getDictionary()));
  }

  @Test
  void equalValuesShareACodeAndEachCodeGivesItsValue() {
    StringColumn column = StringColumn.create("s", "b", "a", "", "b", "c", "a");
    for (StringColumn c : new StringColumn[] {column, withoutDictionary(column)}) {
      StringCodes codes = StringCodes.of(c);
      Set<Integer> distinct = new HashSet<>();
      for (int row = 0; row < c.size(); row++) {
        int code = codes.code(row);
        distinct.add(code);
        assertEquals(c.get(row), codes.value(code));
      }
      assertEquals(4, distinct.size());
    }
  }

  @Test
  void aValueReplacedLeavesItsCodeUnusedOrStillValid() {
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

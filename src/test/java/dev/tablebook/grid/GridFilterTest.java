package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

/** Every operator on every column type, quoting, phrases and "and", on {@link GridTables#everyType()}. */
class GridFilterTest {
  private static final Table TABLE = GridTables.everyType();

  private static void assertSelects(String text, int... rows) {
    assertArrayEquals(rows, GridFilter.select(TABLE, text).toArray(), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      count = 3              | 0 3
      count != 3             | 2 4 5
      count < 3              | 2 4
      count <= 3             | 0 2 3 4
      count > 3              | 5
      count >= 3             | 0 3 5
      count > 2.5            | 0 3 5
      count < 2.5            | 2 4
      count = 2.5            |
      count != 2.5           | 0 2 3 4 5
      count >= -2            | 0 2 3 4 5
      count > 1e1            |
      count is missing       | 1
      count is not missing   | 0 2 3 4 5
      small >= 2             | 0 3 5
      small = -1             | 4
      small is missing       | 2
      big = 3000000000       | 0 4
      big > 5                | 0 4 5
      big < 0                | 1
      big = 9223372036854775807 | 5
      big > 9223372036854775807 |
      big < 1e30             | 0 1 2 4 5
      big is missing         | 3
      """)
  void wholeNumbersCompareExactly(String text, String rows) {
    assertSelects(text, parse(rows));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      price = 2.5            | 0 3
      price != 2.5           | 2 4 5
      price < 0              | 2
      price <= 0             | 2 5
      price > 2.5            | 4
      price >= 2.5           | 0 3 4
      price = -0.0           | 5
      price < 1e400          | 0 2 3 4 5
      price is missing       | 1
      price is not missing   | 0 2 3 4 5
      ratio = 0.1            | 0 3
      ratio > 0.1            | 1 5
      ratio <= 0.1           | 0 3 4
      ratio is missing       | 2
      """)
  void decimalsCompareAsTheyAreShown(String text, String rows) {
    assertSelects(text, parse(rows));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      city = Boston          | 1
      city = New York        | 0
      city = 'New York'      | 0
      city != Boston         | 0 3 4 5
      city < C               | 1 5
      city <= Boston         | 1 5
      city > New York        | 3
      city >= New York       | 0 3
      city contains BOSTON   | 1 3
      city contains new      | 0 4
      city CONTAINS 'W Y'    | 0
      city starts with New   | 0 4
      city Starts  With new  |
      city is missing        | 2
      city is not missing    | 0 1 3 4 5
      """)
  void textComparesAsJavaDoesAndContainsIgnoresCase(String text, String rows) {
    assertSelects(text, parse(rows));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      day = 2024-01-31                 | 0 2
      day != 2024-01-31                | 1 4 5
      day < 2024-01-01                 | 1 4
      day >= 2024-01-31                | 0 2 5
      day is missing                   | 3
      at = 2024-01-31T13:45            | 0 4
      at >= 2024-01-31                 | 0 1 4 5
      at < '2024-01-31 13:45'          | 1 3
      at > 2024-01-31T13:45:00         | 5
      at is missing                    | 2
      when = 2024-01-31T13:45:00Z      | 0 4
      when < 2024-01-31                | 3
      when >= 2024-01-31T14:45:00+01:00 | 0 4 5
      when > 2024-01-31T13:45          | 5
      when is missing                  | 1
      time = 13:45                     | 0
      time > 13:45                     | 3 5
      time < 08:00:00                  | 4
      time is missing                  | 2
      """)
  void datesAndTimesCompareAsIsoValues(String text, String rows) {
    assertSelects(text, parse(rows));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      flag = true            | 0 3 5
      flag != TRUE           | 1 4
      flag = false           | 1 4
      flag is missing        | 2
      """)
  void booleansCompareWithEqualsOnly(String text, String rows) {
    assertSelects(text, parse(rows));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      `unit price` > 3         | 3 4
      "unit price" <= 2        | 0 1
      `Unit Price` > 3         | 3 4
      unit price > 3           | 3 4
      COUNT = 3                | 0 3
      note = 'O''Brien'        | 0
      note = "O'Brien"         | 0
      note = 'say "hi"'        | 1
      note = "say ""hi""\"      | 1
      note = 'and'             | 2
      note = "x and y"         | 3
      note contains ' and '    | 3
      price>=2.5               | 0 3 4
      city=Boston              | 1
      """)
  void namesAndValuesMayBeQuoted(String text, String rows) {
    assertSelects(text, parse(rows));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      count >= 3 and flag = true          | 0 3 5
      city contains new AND price > 5     | 4
      count is not missing and count is not missing and price < 3 | 0 2 3 5
      boston                              | 1 3
      New York                            | 0
      'x and y'                           | 3
      "New York"                          | 0
      york and new                        | 0
      hi                                  | 1 4
      count                               |
      nowhere                             |
      """)
  void conditionsJoinWithAndAndAPhraseSearchesTheTextColumns(String text, String rows) {
    assertSelects(text, parse(rows));
  }

  @Test
  void emptyTextSelectsEveryRow() {
    assertSelects("", 0, 1, 2, 3, 4, 5);
    assertSelects("   ", 0, 1, 2, 3, 4, 5);
  }

  @Test
  void aStringColumnWithoutADictionaryFiltersTheSame() {
    Table table = GridTables.everyType();
    table.replaceColumn("city", StringCodesTest.withoutDictionary(table.stringColumn("city")));
    assertArrayEquals(new int[] {1, 3}, GridFilter.select(table, "city contains boston").toArray());
    assertArrayEquals(new int[] {0, 4}, GridFilter.select(table, "city starts with New").toArray());
  }

  static int[] parse(String rows) {
    return rows == null || rows.isBlank() ? new int[0]
        : java.util.Arrays.stream(rows.strip().split(" +")).mapToInt(Integer::parseInt).toArray();
  }
}

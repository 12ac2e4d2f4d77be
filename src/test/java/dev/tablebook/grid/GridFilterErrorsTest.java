package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Each mistake in filter text and the message that tells the analyst about it. */
class GridFilterErrorsTest {
  private static final Table TABLE = GridTables.everyType();
  private static final String OPERATORS = "the operators are =, !=, <, <=, >, >=, contains, starts with, is missing, is not missing";

  private static GridFilterException error(Table table, String text) {
    return assertThrows(GridFilterException.class, () -> GridFilter.select(table, text), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      pirce > 3          | In "pirce > 3": no column "pirce"; nearest: price
      cuont = 1          | In "cuont = 1": no column "cuont"; nearest: count
      unit prize < 2     | In "unit prize < 2": no column "unit prize"; nearest: unit price
      zzz = 1            | In "zzz = 1": no column "zzz"; the columns are id, count, small, big, price, ratio, city, day, at, when, time, flag, ...
      `pric` is missing  | In "`pric` is missing": no column "pric"; nearest: price, unit price
      """)
  void anUnknownColumnIsNamedWithTheNearestNames(String text, String message) {
    assertEquals(message, error(TABLE, text).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      price > abc          | In "price > abc": column "price" holds numbers, and "abc" is not a number
      count = 1,000        | In "count = 1,000": column "count" holds whole numbers, and "1,000" is not a number
      ratio < 'x'          | In "ratio < 'x'": column "ratio" holds numbers, and "x" is not a number
      day = 2024-13-01     | In "day = 2024-13-01": column "day" holds dates, and "2024-13-01" is not a date (yyyy-MM-dd)
      day = 31/01/2024     | In "day = 31/01/2024": column "day" holds dates, and "31/01/2024" is not a date (yyyy-MM-dd)
      at > noon            | In "at > noon": column "at" holds date-times, and "noon" is not a date-time (yyyy-MM-ddTHH:mm:ss)
      when < yesterday     | In "when < yesterday": column "when" holds instants, and "yesterday" is not an instant (yyyy-MM-ddTHH:mm:ssZ)
      time = 25:00         | In "time = 25:00": column "time" holds times of day, and "25:00" is not a time (HH:mm or HH:mm:ss)
      flag = yes           | In "flag = yes": column "flag" holds true or false, and "yes" is not true or false
      """)
  void aValueOfTheWrongKindSaysWhatTheColumnHolds(String text, String message) {
    assertEquals(message, error(TABLE, text).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      price ~ 3           | In "price ~ 3": unknown operator "~"
      price == 3          | In "price == 3": unknown operator "=="
      price => 3          | In "price => 3": unknown operator "=>"
      price <> 3          | In "price <> 3": unknown operator "<>"
      city like 'B%'      | In "city like 'B%'": unknown operator "like"
      `city`              | In "`city`": there is no operator
      `city` Boston       | In "`city` Boston": unknown operator "Boston"
      """)
  void anUnknownOperatorIsNamedWithTheOperators(String text, String message) {
    assertEquals(message + "; " + OPERATORS, error(TABLE, text).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      price contains 3     | In "price contains 3": "contains" looks into text, and column "price" holds numbers; compare it with =, !=, <, <=, > or >=
      day starts with 2024 | In "day starts with 2024": "starts with" looks into text, and column "day" holds dates; compare it with =, !=, <, <=, > or >=
      flag < true          | In "flag < true": column "flag" holds true or false, which compare only with = and !=
      price >              | In "price >": there is no value after ">"
      city contains        | In "city contains": there is no value after "contains"
      price is missing 3   | In "price is missing 3": nothing may follow "is missing", and "3" does
      > 3                  | In "> 3": there is no column before ">"
      city = ''            | In "city = ''": an empty value stands for a missing one; write: city is missing
      `unit price` != ""   | In "`unit price` != ""\": column "unit price" holds numbers, and "" is not a number
      note != ""           | In "note != ""\": an empty value stands for a missing one; write: note is not missing
      city contains ''     | In "city contains ''": there is no text after "contains" to compare with
      city = 'New' York    | In "city = 'New' York": after the quoted value 'New' comes "York"; quote the whole value
      city = 'Boston       | In "city = 'Boston": the quote ' is not closed
      """)
  void aMisshapenConditionSaysWhatIsWrong(String text, String message) {
    assertEquals(message, error(TABLE, text).getMessage());
  }

  @Test
  void anAndWithoutAConditionOnOneSideIsAnError() {
    assertEquals("In \"price > 3 and\": there is no condition after an \"and\"", error(TABLE, "price > 3 and").getMessage());
    assertEquals("In \"and price > 3\": there is no condition before an \"and\"", error(TABLE, " and price > 3").getMessage());
    assertEquals("In \"a = 1 and  and b = 2\": there is no condition after an \"and\"", error(TABLE, "a = 1 and  and b = 2").getMessage());
  }

  @Test
  void aPhraseNeedsATextColumn() {
    Table numbers = Table.create("numbers", IntColumn.create("n", 1, 2));
    assertEquals("In \"hello\": this is not a condition (column, operator, value), and the table has no text columns to search"
        + " for it; " + OPERATORS, error(numbers, "hello").getMessage());
  }

  @Test
  void theErrorNamesTheConditionItIsIn() {
    GridFilterException e = error(TABLE, "count = 3 and pirce > 3 and flag = true");
    assertEquals("pirce > 3", e.condition());
    assertEquals("In \"pirce > 3\": no column \"pirce\"; nearest: price", e.getMessage());
  }

  @Test
  void aMistakeInALaterConditionIsFoundBeforeAnyRowIsRead() {
    GridFilterException e = error(TABLE, "city contains x and price > abc");
    assertEquals("price > abc", e.condition());
    assertThrows(GridFilterException.class, () -> GridFilter.check(TABLE, "price > abc"));
    GridFilter.check(TABLE, "price > 3 and city contains x");
  }
}

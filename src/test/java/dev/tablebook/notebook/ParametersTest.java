package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every value a parameter type accepts becomes Java that javac reads as exactly that value; others are named errors. */
class ParametersTest {

  private static void injectsExactly(String type, String value) throws IOException {
    String declaration = Parameters.declaration("p", type, value);
    ParsedDeclaration parsed = ParsedDeclaration.parse(declaration);
    assertEquals(ParametersFuzzTest.expected(type, value), parsed.value(), declaration);
  }

  private static void rejects(String type, String value, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Parameters.declaration("p", type, value)).getMessage());
  }

  @Test
  void wholeNumbersFromMinimumToMaximum() throws IOException {
    for (String value : List.of("0", "-0", "+7", " 42 ", "-2147483648", "2147483647", "\u0664\u0662")) {
      injectsExactly("int", value);
    }
    for (String value : List.of("-9223372036854775808", "9223372036854775807", "2147483648")) {
      injectsExactly("long", value);
    }
    assertEquals("long p = -9223372036854775808L;", Parameters.declaration("p", "long", "-9223372036854775808"));
  }

  @Test
  void wholeNumbersOutOfRangeOrNotDecimalAreNamedErrors() {
    String ints = "is not an int (a whole number from -2147483648 to 2147483647)";
    rejects("int", "2147483648", "parameter p is declared int, and \"2147483648\" " + ints);
    rejects("int", "0x10", "parameter p is declared int, and \"0x10\" " + ints);
    rejects("int", "1_000", "parameter p is declared int, and \"1_000\" " + ints);
    rejects("int", "1.0", "parameter p is declared int, and \"1.0\" " + ints);
    rejects("long", "9223372036854775808", "parameter p is declared long, and \"9223372036854775808\" is not a long "
        + "(a whole number from -9223372036854775808 to 9223372036854775807)");
  }

  @Test
  void doublesIncludingNanInfinitiesNegativeZeroHexAndExtremes() throws IOException {
    for (String value : List.of("NaN", "Infinity", "-Infinity", "+Infinity", "-0.0", "0", "0x1.8p1", "1e-320", "4.9e-324",
        "1.7976931348623157e308", "2e23", "0.1", "1.5d", " 2.5 ", "-1e-5", "0e999")) {
      injectsExactly("double", value);
    }
    assertEquals("double p = Double.NaN;", Parameters.declaration("p", "double", "NaN"));
    assertEquals("double p = -0.0;", Parameters.declaration("p", "double", "-0.0"));
    for (String value : List.of("NaN", "-Infinity", "-0.0", "3.4028235e38", "1.4e-45", "0.1", "0x1p-149")) {
      injectsExactly("float", value);
    }
  }

  @Test
  void numbersTooLargeOrTooSmallForTheTypeAreNamedErrors() {
    rejects("double", "1e400", "parameter p is declared double, and \"1e400\" is too large for a double "
        + "(the largest is 1.7976931348623157E308; Infinity is written Infinity)");
    rejects("double", "-0x1p2000", "parameter p is declared double, and \"-0x1p2000\" is too large for a double "
        + "(the largest is 1.7976931348623157E308; Infinity is written Infinity)");
    rejects("double", "1e-400", "parameter p is declared double, and \"1e-400\" is too small for a double: it would be 0 "
        + "(the smallest above 0 is 4.9E-324)");
    rejects("float", "1e39", "parameter p is declared float, and \"1e39\" is too large for a float "
        + "(the largest is 3.4028235E38; Infinity is written Infinity)");
    rejects("float", "1e-50", "parameter p is declared float, and \"1e-50\" is too small for a float: it would be 0 "
        + "(the smallest above 0 is 1.4E-45)");
    rejects("double", "1,5", "parameter p is declared double, and \"1,5\" is not a double (a number such as 0.25, -1e-3, NaN or Infinity)");
    rejects("double", "1_000.5", "parameter p is declared double, and \"1_000.5\" is not a double (a number such as 0.25, -1e-3, NaN or Infinity)");
  }

  @Test
  void stringsKeepEveryCharacter() throws IOException {
    for (String value : List.of("", "plain", "a\rb", "a\nb\r\n", "tab\there", "line\u2028sep\u2029", "nul\u0000end", "bell\u0007",
        "back\\slash", "\\u000a not an escape", "\\\\u0022", "quote\"s", "«торговля» 貿易 😀", "lone \ud800 high", "lone \udc00 low",
        "\udc00\ud800", "bom\ufeff", "rtl\u202e", "\u001a", "\\")) {
      injectsExactly("String", value);
    }
    assertEquals("String p = \"a\\rb\\u2028\";", Parameters.declaration("p", "String", "a\rb\u2028"));
  }

  @Test
  void booleansAndDates() throws IOException {
    injectsExactly("boolean", "true");
    injectsExactly("boolean", " false");
    rejects("boolean", "yes", "parameter p is declared boolean, and \"yes\" is not a boolean (true or false)");
    injectsExactly("LocalDate", "2024-02-29");
    injectsExactly("LocalDate", "+12345-01-01");
    injectsExactly("LocalDate", "-0001-12-31");
    assertEquals("java.time.LocalDate p = java.time.LocalDate.parse(\"2024-05-17\");", Parameters.declaration("p", "LocalDate", "2024-05-17"));
    rejects("LocalDate", "2023-02-29", "parameter p is declared LocalDate, and \"2023-02-29\" is not a date (YYYY-MM-DD)");
    rejects("LocalDate", "2024-05-17\u0000", "parameter p is declared LocalDate, and \"2024-05-17\\u0000\" is not a date (YYYY-MM-DD)");
  }

  @Test
  void theParserTheTestsUseReportsWhatJavacRejects() {
    assertThrows(AssertionError.class, () -> ParsedDeclaration.parse("double p = 1e400;"));
    assertThrows(AssertionError.class, () -> ParsedDeclaration.parse("int p = 2147483648;"));
    assertThrows(AssertionError.class, () -> ParsedDeclaration.parse("String p = \"a\rb\";"));
    assertThrows(AssertionError.class, () -> ParsedDeclaration.parse("double p = NaN;"), "parses, but is not a value");
  }
}

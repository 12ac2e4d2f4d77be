package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Fuzzes parameter injection: any value for any supported type is rejected with a message naming the
 * parameter, the type and the value, or becomes a declaration that javac's parser reads without a
 * diagnostic and whose initializer is exactly the value.
 * Seeds: {@code src/test/resources/dev/tablebook/notebook/ParametersFuzzTestInputs}.
 */
class ParametersFuzzTest {
  private static final String[] TYPES = {"int", "long", "double", "float", "boolean", "String", "LocalDate"};

  @FuzzTest(maxDuration = "30s")
  void everyValueIsInjectedExactlyOrRejectedByName(FuzzedDataProvider data) throws IOException {
    String type = data.pickValue(TYPES);
    String value = data.consumeRemainingAsString();
    String declaration;
    try {
      declaration = Parameters.declaration("p", type, value);
    } catch (IllegalArgumentException rejected) {
      String message = rejected.getMessage();
      assertTrue(message.startsWith("parameter p is declared " + type + ", and \""), message);
      assertTrue(message.contains(ParameterLiterals.stringLiteral(value.strip())), message);
      return;
    }
    ParsedDeclaration parsed = ParsedDeclaration.parse(declaration);
    assertEquals("p", parsed.name());
    assertEquals(ParameterLiterals.declaredType(type), parsed.type());
    assertEquals(expected(type, value), parsed.value(), declaration);
  }

  /** What the value means as {@code type}, read by the JDK's own parsers. */
  static Object expected(String type, String value) {
    String given = value.strip();
    return switch (type) {
      case "int" -> Integer.parseInt(given);
      case "long" -> Long.parseLong(given);
      case "double" -> Double.parseDouble(given); // Double.equals compares bits: -0.0 is not 0.0, NaN is NaN
      case "float" -> Float.parseFloat(given);
      case "boolean" -> Boolean.parseBoolean(given);
      case "LocalDate" -> LocalDate.parse(given);
      default -> value;
    };
  }
}

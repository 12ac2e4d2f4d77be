package dev.tablebook.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tests the rows of string columns against a condition. Each distinct value is tested once, the first
 * time a row holds it, and its verdict is kept for the other rows. A missing value matches nothing.
 * {@code contains} ignores case; {@code =}, {@code <} and the others compare text as Java does
 * ({@link String#compareTo}), and {@code starts with} keeps case.
 */
final class TextTests {
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  private TextTests() {}

  /** The rows of {@code column} for which {@code column op value} holds. */
  static IntPredicate of(StringColumn column, Operator op, String value, String condition) {
    if (value.isEmpty()) {
      throw GridFilterException.in(condition, switch (op) {
        case EQUAL -> "an empty value stands for a missing one; write: " + quoted(column.name()) + " is missing";
        case NOT_EQUAL -> "an empty value stands for a missing one; write: " + quoted(column.name()) + " is not missing";
        default -> "there is no text after \"" + op + "\" to compare with";
      });
    }
    Predicate<String> test = switch (op) {
      case CONTAINS -> containsIgnoringCase(value);
      case STARTS_WITH -> s -> s.startsWith(value);
      default -> s -> op.matches(s.compareTo(value));
    };
    return new Verdicts(column, test);
  }

  /** The rows in which any string column of {@code table} contains {@code phrase}, ignoring case. */
  static IntPredicate anyColumnContains(Table table, String phrase, String condition) {
    List<IntPredicate> tests = new ArrayList<>();
    for (StringColumn column : table.stringColumns()) {
      tests.add(new Verdicts(column, containsIgnoringCase(phrase)));
    }
    if (tests.isEmpty()) {
      throw GridFilterException.in(condition, "this is not a condition (column, operator, value), and the table has no text"
          + " columns to search for it; the operators are " + Operator.LIST);
    }
    IntPredicate[] all = tests.toArray(IntPredicate[]::new);
    return row -> {
      for (IntPredicate test : all) {
        if (test.test(row)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Predicate<String> containsIgnoringCase(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return s -> s.toLowerCase(Locale.ROOT).contains(lower);
  }

  /** Tests a row by its value's verdict, worked out the first time a row holds the value (the values are numbered then). */
  private static final class Verdicts implements IntPredicate {
    private final StringColumn column;
    private final Predicate<String> test;
    private StringCodes codes;
    private byte[] verdicts;

    Verdicts(StringColumn column, Predicate<String> test) {
      this.column = column;
      this.test = test;
    }

    @Override
    public boolean test(int row) {
      if (codes == null) {
        codes = StringCodes.of(column);
        verdicts = new byte[codes.size()];
      }
      int code = codes.code(row);
      byte verdict = verdicts[code];
      if (verdict == UNKNOWN) {
        String value = codes.value(code);
        verdict = value != null && !StringCodes.isMissing(value) && test.test(value) ? YES : NO;
        verdicts[code] = verdict;
      }
      return verdict == YES;
    }
  }

  static String quoted(String name) {
    return name.chars().allMatch(c -> Operator.isWordChar((char) c)) ? name : "`" + name.replace("`", "``") + "`";
  }
}

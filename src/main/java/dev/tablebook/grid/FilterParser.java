package dev.tablebook.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads filter text ({@link GridFilter}'s grammar) against a table into one row test per condition.
 * Everything is checked before any row is read, so a mistake in the last condition costs no scan.
 */
final class FilterParser {
  private FilterParser() {}

  /** The tests of the conditions in {@code text}, in order; none for blank text. */
  static List<IntPredicate> parse(Table table, String text) {
    List<IntPredicate> tests = new ArrayList<>();
    for (String condition : split(text)) {
      tests.add(condition(table, condition));
    }
    return tests;
  }

  /** The conditions of {@code text}: what stands between the word "and" (any case) outside quotes. */
  static List<String> split(String text) {
    String s = text.strip();
    List<String> parts = new ArrayList<>();
    if (s.isEmpty()) {
      return parts;
    }
    int start = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (Quoted.isQuote(c)) {
        quote = c;
      } else if (isAndAt(s, i)) {
        parts.add(s.substring(start, i).strip());
        start = i + 3;
      }
    }
    String last = s.substring(start).strip();
    if (quote != 0) {
      throw GridFilterException.in(last, "the quote " + quote + " is not closed");
    }
    parts.add(last);
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).isEmpty()) {
        throw GridFilterException.in(s, "there is no condition " + (i == 0 ? "before" : "after") + " an \"and\"");
      }
    }
    return parts;
  }

  private static boolean isAndAt(String s, int i) {
    return s.regionMatches(true, i, "and", 0, 3) && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))
        && (i + 3 == s.length() || Character.isWhitespace(s.charAt(i + 3)));
  }

  private static IntPredicate condition(Table table, String condition) {
    Quoted name = Quoted.nameAt(condition);
    Operator.Match match = name == null ? null : Operator.at(condition, skipSpaces(condition, name.end()));
    if (match == null) {
      int symbol = firstSymbol(condition);
      boolean more = name != null && skipSpaces(condition, name.end()) < condition.length();
      if (symbol >= 0) {
        name = Quoted.whole(condition.substring(0, symbol).strip());
        match = Operator.at(condition, symbol);
        if (name.text().isEmpty()) {
          throw GridFilterException.in(condition, "there is no column before \"" + match.operator() + "\"");
        }
      } else if (name != null && (name.quote() == '`' || more && ColumnNames.find(table, name.text()) != null)) {
        throw unknownOperator(condition, skipSpaces(condition, name.end()));
      } else {
        Quoted whole = Quoted.whole(condition);
        return TextTests.anyColumnContains(table, whole.text(), condition);
      }
    }
    Operator op = match.operator();
    if (op.compares() && match.end() < condition.length() && Operator.isSymbol(condition.charAt(match.end()))) {
      throw unknownOperator(condition, match.end() - op.text().length());
    }
    Column<?> column = ColumnNames.find(table, name.text());
    if (column == null) {
      throw GridFilterException.in(condition, ColumnNames.unknown(table, name.text()));
    }
    String rest = condition.substring(match.end()).strip();
    if (!op.takesValue()) {
      if (!rest.isEmpty()) {
        throw GridFilterException.in(condition, "nothing may follow \"" + op + "\", and \"" + rest + "\" does");
      }
      return CellTests.of(column, op, "", condition);
    } else if (rest.isEmpty()) {
      throw GridFilterException.in(condition, "there is no value after \"" + op + "\"");
    }
    return CellTests.of(column, op, value(rest, condition), condition);
  }

  /** The value as written: the text between its quotes, if it is quoted, else all of it. */
  private static String value(String rest, String condition) {
    if (!Quoted.isQuote(rest.charAt(0))) {
      return rest;
    }
    Quoted value = Quoted.at(rest, 0);
    if (value.end() < rest.length()) {
      throw GridFilterException.in(condition, "after the quoted value " + rest.substring(0, value.end()) + " comes \""
          + rest.substring(value.end()).strip() + "\"; quote the whole value");
    }
    return value.text();
  }

  private static GridFilterException unknownOperator(String condition, int at) {
    int end = at;
    boolean symbol = end < condition.length() && !Operator.isWordChar(condition.charAt(end));
    while (end < condition.length() && !Character.isWhitespace(condition.charAt(end))
        && Operator.isWordChar(condition.charAt(end)) != symbol) {
      end++;
    }
    String found = condition.substring(at, end);
    return GridFilterException.in(condition, (found.isEmpty() ? "there is no operator" : "unknown operator \"" + found + "\"")
        + "; the operators are " + Operator.LIST);
  }

  /** The first {@code =}, {@code <}, {@code >} or {@code !=} outside quotes, or -1. */
  private static int firstSymbol(String s) {
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (Quoted.isQuote(c)) {
        quote = c;
      } else if (c == '=' || c == '<' || c == '>' || c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '=') {
        return i;
      }
    }
    return -1;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}

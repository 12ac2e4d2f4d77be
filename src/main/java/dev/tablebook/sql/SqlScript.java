package dev.tablebook.sql;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQL text read the way DuckDB reads it, enough to split it and to see names: statements end at a
 * {@code ;} outside strings, quoted names, comments and dollar-quoted text; each statement knows the
 * names it mentions (words and quoted identifiers, where a table's name would be) and its
 * {@code {name}} placeholders, which {@link Statement#bind} turns into bound parameters, never text.
 *
 * <p>A placeholder is {@code {} + a Java identifier + {@code }} outside strings and comments;
 * DuckDB's own braces (struct literals such as {@code {'a': 1}}) never look like that.
 *
 * @since 0.3
 */
public final class SqlScript {
  private final String text;
  private final List<Statement> statements;

  private SqlScript(String text, List<Statement> statements) {
    this.text = text;
    this.statements = statements;
  }

  /** A placeholder {@code {name}} at [{@code start}, {@code end}) of the script. */
  public record Placeholder(String name, int start, int end) {}

  /** Whose lexical rules to read by. */
  public enum Dialect {
    /** DuckDB's (and standard SQL's): {@code "name"}, {@code 'text'} with {@code ''}, {@code E'\\n'}, {@code $$text$$}. */
    DUCKDB,
    /** Spark SQL's: {@code `name`}, and {@code 'text'} or {@code "text"} with backslash escapes. */
    SPARK
  }

  /** The statements of {@code text} in DuckDB's rules, without empty ones (only blanks and comments). */
  public static SqlScript parse(String text) {
    return parse(text, Dialect.DUCKDB);
  }

  /** The statements of {@code text} in {@code dialect}'s rules, without empty ones. */
  public static SqlScript parse(String text, Dialect dialect) {
    return new Reader(text, dialect).read();
  }

  /** The text that was parsed. */
  public String text() {
    return text;
  }

  /** The statements, in order. */
  public List<Statement> statements() {
    return statements;
  }

  /**
   * One statement: where it stands in the script, the names it mentions (as written, quotes removed),
   * its placeholders, and where its positional parameters ({@code ?}) stand in the script.
   */
  public record Statement(String script, int start, int end, Set<String> names, List<Placeholder> placeholders, List<Integer> marks) {
    /** The statement's text as written. */
    public String text() {
      return script.substring(start, end);
    }

    /**
     * The statement with each placeholder replaced by {@code ?} (a collection or array by one
     * {@code ?} per element, joined by commas, for {@code IN ({ids})}), and the parameters in order.
     *
     * @throws SqlException for a placeholder {@code values} has no entry for, or an empty collection
     */
    public Bound bind(Map<String, ?> values) {
      StringBuilder sql = new StringBuilder();
      List<Object> parameters = new ArrayList<>();
      List<int[]> shifts = new ArrayList<>(); // {offset in the bound text, offset in the script}
      int from = start;
      for (Placeholder placeholder : placeholders) {
        sql.append(script, from, placeholder.start());
        shifts.add(new int[] {sql.length(), placeholder.start()});
        if (!values.containsKey(placeholder.name())) {
          throw new SqlException("{" + placeholder.name() + "}: the session has no variable " + placeholder.name(),
              placeholder.start() - start, placeholder.end() - placeholder.start(), null);
        }
        Object value = values.get(placeholder.name());
        List<Object> elements = elements(value);
        if (elements != null && elements.isEmpty()) {
          throw new SqlException("{" + placeholder.name() + "} is empty, and SQL has no empty list",
              placeholder.start() - start, placeholder.end() - placeholder.start(), null);
        }
        List<String> marks = new ArrayList<>();
        for (Object element : elements == null ? java.util.Collections.singletonList(value) : elements) {
          SqlParameters.Parameter parameter = SqlParameters.of(element);
          if (parameter == null) {
            throw new SqlException("{" + placeholder.name() + "} is " + SqlParameters.refusal(element) + (element instanceof tech.tablesaw.api.Table
                    ? " (to query a table, name it in the query: FROM " + placeholder.name() + ")" : ""),
                placeholder.start() - start, placeholder.end() - placeholder.start(), null);
          }
          marks.add(parameter.sql());
          parameters.add(parameter.value());
        }
        sql.append(String.join(", ", marks));
        from = placeholder.end();
        shifts.add(new int[] {sql.length(), from});
      }
      sql.append(script, from, end);
      return new Bound(sql.toString(), parameters, shifts, start);
    }

    private static List<Object> elements(Object value) {
      if (value instanceof Collection<?> collection) {
        return new ArrayList<>(collection);
      }
      if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
          elements.add(Array.get(value, i));
        }
        return elements;
      }
      return null;
    }
  }

  /** A statement ready to run: its SQL with {@code ?}, the parameters, and where its text came from. */
  public record Bound(String sql, List<Object> parameters, List<int[]> shifts, int start) {
    /** The offset in the script of {@code offset} in {@link #sql()} (a placeholder's {@code ?} maps to its {@code {}). */
    public int scriptOffset(int offset) {
      int bound = 0;
      int script = start;
      for (int i = 0; i < shifts.size(); i++) {
        int[] shift = shifts.get(i);
        if (shift[0] > offset) {
          if (i % 2 == 1) { // inside the ? (or ?, ?, ...) written for a placeholder: the placeholder itself
            return shifts.get(i - 1)[1];
          }
          break;
        }
        bound = shift[0];
        script = shift[1];
      }
      return script + (offset - bound);
    }
  }

  /** One pass over the text, in DuckDB's lexical rules. */
  private static final class Reader {
    private final String text;
    private final boolean spark;
    private final List<Statement> statements = new ArrayList<>();
    private int position;
    private int statementStart;
    private boolean statementHasCode;
    private Set<String> names = new LinkedHashSet<>();
    private List<Placeholder> placeholders = new ArrayList<>();
    private List<Integer> marks = new ArrayList<>();

    Reader(String text, Dialect dialect) {
      this.text = text;
      this.spark = dialect == Dialect.SPARK;
    }

    SqlScript read() {
      while (position < text.length()) {
        char c = text.charAt(position);
        if (c == ';') {
          endStatement(position);
          position++;
          statementStart = position;
        } else if (Character.isWhitespace(c)) {
          position++;
        } else if (c == '-' && peek(1) == '-') {
          skipLineComment();
        } else if (c == '/' && peek(1) == '*') {
          skipBlockComment();
        } else {
          markCode();
          if (spark && (c == '\'' || c == '"')) {
            skipQuoted(c, true);
          } else if (spark && c == '`') {
            int from = position;
            skipQuoted('`', false);
            names.add(text.substring(from + 1, Math.max(from + 1, position - 1)).replace("``", "`"));
          } else if (c == '\'') {
            skipQuoted('\'', false);
          } else if (!spark && (c == 'e' || c == 'E') && peek(1) == '\'') {
            position++;
            skipQuoted('\'', true);
          } else if (c == '"') {
            int from = position;
            skipQuoted('"', false);
            names.add(text.substring(from + 1, Math.max(from + 1, position - 1)).replace("\"\"", "\""));
          } else if (!spark && c == '$' && dollarTag() != null) {
            skipDollarQuoted(dollarTag());
          } else if (c == '{' && placeholderEnd() > 0) {
            int end = placeholderEnd();
            placeholders.add(new Placeholder(text.substring(position + 1, end - 1), position, end));
            position = end;
          } else if (Character.isLetter(c) || c == '_') {
            int from = position;
            while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_'
                || text.charAt(position) == '$')) {
              position++;
            }
            names.add(text.substring(from, position));
          } else {
            if (c == '?') {
              marks.add(position);
            }
            position++;
          }
        }
      }
      endStatement(text.length());
      return new SqlScript(text, List.copyOf(statements));
    }

    private void markCode() {
      if (!statementHasCode) {
        statementHasCode = true;
        statementStart = position;
      }
    }

    private void endStatement(int end) {
      if (statementHasCode) {
        int trimmed = end;
        while (trimmed > statementStart && Character.isWhitespace(text.charAt(trimmed - 1))) {
          trimmed--;
        }
        statements.add(new Statement(text, statementStart, trimmed, Set.copyOf(names), List.copyOf(placeholders), List.copyOf(marks)));
      }
      statementHasCode = false;
      names = new LinkedHashSet<>();
      placeholders = new ArrayList<>();
      marks = new ArrayList<>();
    }

    private char peek(int ahead) {
      int at = position + ahead;
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipLineComment() {
      int newline = text.indexOf('\n', position);
      position = newline < 0 ? text.length() : newline + 1;
    }

    private void skipBlockComment() {
      int depth = 0;
      while (position < text.length()) {
        if (text.startsWith("/*", position)) {
          depth++;
          position += 2;
        } else if (text.startsWith("*/", position)) {
          depth--;
          position += 2;
          if (depth == 0) {
            return;
          }
        } else {
          position++;
        }
      }
    }

    /** Skips a quoted string or name, a doubled quote standing for itself (and a backslash escape in E'...'). */
    private void skipQuoted(char quote, boolean backslashEscapes) {
      position++;
      while (position < text.length()) {
        char c = text.charAt(position);
        if (backslashEscapes && c == '\\') {
          position += 2;
        } else if (c == quote) {
          if (peek(1) == quote) {
            position += 2;
          } else {
            position++;
            return;
          }
        } else {
          position++;
        }
      }
    }

    /** The tag of a dollar quote starting here ({@code $$} or {@code $tag$}), or null. */
    private String dollarTag() {
      int end = position + 1;
      while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
        end++;
      }
      if (end < text.length() && text.charAt(end) == '$' && (end == position + 1 || !Character.isDigit(text.charAt(position + 1)))) {
        return text.substring(position, end + 1);
      }
      return null;
    }

    private void skipDollarQuoted(String tag) {
      int close = text.indexOf(tag, position + tag.length());
      position = close < 0 ? text.length() : close + tag.length();
    }

    /** The end (after the brace) of a placeholder {@code {identifier}} starting here, or -1. */
    private int placeholderEnd() {
      int at = position + 1;
      if (at >= text.length() || !Character.isJavaIdentifierStart(text.charAt(at))) {
        return -1;
      }
      while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
        at++;
      }
      return at < text.length() && text.charAt(at) == '}' ? at + 1 : -1;
    }
  }
}

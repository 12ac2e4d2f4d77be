package dev.tablebook.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statements, names and placeholders as DuckDB and Spark read SQL, and offsets back into the cell. */
class SqlScriptTest {
  private static List<String> texts(SqlScript script) {
    return script.statements().stream().map(SqlScript.Statement::text).toList();
  }

  @Test
  void statementsEndAtSemicolonsOutsideStringsNamesCommentsAndDollarQuotes() {
    SqlScript script = SqlScript.parse("SELECT 'a;b', \"c;d\" -- e;f\n; /* g; /* h; */ i; */ SELECT $x$;$x$, E'\\';'; ;  ");
    assertEquals(List.of("SELECT 'a;b', \"c;d\" -- e;f", "SELECT $x$;$x$, E'\\';'"), texts(script)); // a leading comment is not the statement
    assertTrue(script.statements().get(0).names().contains("c;d"));
  }

  @Test
  void sparkNamesAreBacktickedAndItsStringsTakeBackslashEscapes() {
    SqlScript spark = SqlScript.parse("SELECT `a;b`, 'it\\'s {x}', \"q;\" FROM t WHERE y = {y}; SELECT 2", SqlScript.Dialect.SPARK);
    assertEquals(List.of("SELECT `a;b`, 'it\\'s {x}', \"q;\" FROM t WHERE y = {y}", "SELECT 2"), texts(spark));
    assertEquals(List.of("y"), spark.statements().get(0).placeholders().stream().map(SqlScript.Placeholder::name).toList());
    assertTrue(spark.statements().get(0).names().contains("a;b"));
  }

  @Test
  void placeholdersBecomeParametersAndCollectionsOneParameterEach() {
    SqlScript.Statement statement = SqlScript.parse("SELECT {'k': 1} AS s WHERE a = {a} AND b IN ({bs})").statements().get(0);
    SqlScript.Bound bound = statement.bind(Map.of("a", 1, "bs", List.of("x", "y", "z")));
    assertEquals("SELECT {'k': 1} AS s WHERE a = ? AND b IN (?, ?, ?)", bound.sql());
    assertEquals(List.of(1, "x", "y", "z"), bound.parameters());
  }

  @Test
  void anOffsetInTheBoundTextMapsBackToTheScriptAndInsideAnExpansionToItsPlaceholder() {
    String text = "SELECT 1;\nSELECT {a} + x FROM t WHERE b IN ({bs}) AND nope";
    SqlScript.Statement statement = SqlScript.parse(text).statements().get(1);
    SqlScript.Bound bound = statement.bind(Map.of("a", 1, "bs", List.of(1, 2, 3)));
    assertEquals(text.indexOf("x FROM"), bound.scriptOffset(bound.sql().indexOf("x FROM")));
    assertEquals(text.indexOf("nope"), bound.scriptOffset(bound.sql().indexOf("nope")));
    assertEquals(text.indexOf("{bs}"), bound.scriptOffset(bound.sql().indexOf("?, ?") + 3), "inside ?, ?, ?");
  }

  @Test
  void aUtf8ByteOffsetIsACharacterOffset() {
    assertEquals("SELECT 'Zürich', ".length(), SqlErrors.charOffset("SELECT 'Zürich', nope", "SELECT 'Zürich', ".getBytes(
        java.nio.charset.StandardCharsets.UTF_8).length));
    assertEquals(2, SqlErrors.charOffset("北京x", 6));
  }
}

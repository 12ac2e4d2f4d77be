package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputSink;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code %%sql} in a session: session tables by name, bound {@code {var}}, {@code -o}, errors, interrupt. */
class EngineSqlMagicTest extends EngineTestBase {

  private static String html(RecordingSink sink) {
    return sink.outputs.stream().filter(Output.DisplayData.class::isInstance).map(o -> ((Output.DisplayData) o).bundle().plainText())
        .reduce("", String::concat);
  }

  @Test
  void aTableInASessionVariableIsQueriedByItsName() {
    run("Table suppliers = Table.create(\"s\", StringColumn.create(\"supplier\", \"Russia\", \"Saudi Arabia\", \"Iraq\"),"
        + " DoubleColumn.create(\"volume_mt\", 108.5, 78.9, 64.0));");
    RecordingSink sink = run("%%sql\nSELECT supplier, volume_mt FROM suppliers WHERE volume_mt > 70 ORDER BY volume_mt DESC");
    assertTrue(sink.outputs.stream().noneMatch(Output.Error.class::isInstance), sink.outputs.toString());
    String shown = html(sink);
    assertTrue(shown.contains("Russia") && shown.contains("Saudi Arabia") && !shown.contains("Iraq"), shown);
  }

  @Test
  void minusOBindsTheResultToASessionVariableAndTheCellCanUseIt() {
    run("%%sql -o topTwo\nSELECT i, i * i AS sq FROM range(10) r(i) ORDER BY i DESC LIMIT 2");
    assertEquals("2", run("topTwo.rowCount()").result());
    assertEquals("81", run("topTwo.longColumn(\"sq\").getLong(0)").result());
    assertEquals("Table", run("topTwo.getClass().getSimpleName()").result());
  }

  @Test
  void placeholdersAreBoundParametersFromSessionValues() {
    run("String who = \"O'Brien'; DROP TABLE x; --\"; int minimum = 3; List<Integer> picked = List.of(2, 4, 6);");
    RecordingSink sink = run("%%sql -o bound\nSELECT {who} AS who, count(*) AS n FROM range(10) r(i) WHERE i > {minimum} AND i IN ({picked})");
    assertTrue(sink.outputs.stream().noneMatch(Output.Error.class::isInstance), sink.outputs.toString());
    assertEquals("O'Brien'; DROP TABLE x; --", run("bound.stringColumn(\"who\").get(0)").result());
    assertEquals("2", run("bound.longColumn(\"n\").getLong(0)").result());
  }

  @Test
  void anUnknownPlaceholderIsAnErrorAtItsPlaceInTheCell() {
    Output.Error error = run("%%sql\nSELECT 1 AS one,\n  {nobodyHere} AS two").error();
    assertEquals(List.of("In [1], line 3, column 3: {nobodyHere}: the session has no variable nobodyHere",
        "      {nobodyHere} AS two", "      ^----------^"), error.traceback());
  }

  @Test
  void anSqlErrorPointsAtTheCellLineAndColumn() {
    Output.Error error = run("%%sql\nSELECT 1;\nSELECT nope\n  FROM range(3) r(i)").error();
    assertEquals("In [1], line 3, column 8: Binder Error: Referenced column \"nope\" not found in FROM clause!", error.traceback().get(0));
    assertEquals("    SELECT nope", error.traceback().get(1));
    assertTrue(error.traceback().get(3).startsWith("Candidate bindings:"), error.traceback().toString());
    assertEquals("           ^--^", error.traceback().get(2));
  }

  @Test
  void writingToASessionTableIsRefusedNotLostInACopy() {
    run("Table towns = Table.create(\"t\", StringColumn.create(\"name\", \"Harbin\"));");
    Output.Error error = run("%%sql\nINSERT INTO towns VALUES ('Moscow')").error();
    assertTrue(String.join("\n", error.traceback()).contains("towns is a Tablesaw table of the session, read-only in SQL"),
        error.traceback().toString());
    assertEquals("1", run("towns.rowCount()").result());
  }

  @Test
  void theReadOnlyHintIsGivenOnlyForTheSessionTableTheErrorNames() {
    run("Table t = Table.create(\"t\", IntColumn.create(\"i\", 1));");
    Output.Error error = run("%%sql\nSELECT * FROM t JOIN nosuch USING (i)").error();
    assertTrue(!String.join("\n", error.traceback()).contains("read-only in SQL"), error.traceback().toString());
  }

  @Test
  void anErrorAfterNonAsciiTextAndTabsPointsAtTheRightColumn() {
    Output.Error error = run("%%sql\nSELECT 'Zürich',\tnope FROM range(1)").error();
    assertEquals("In [1], line 2, column 18: Binder Error: Referenced column \"nope\" not found in FROM clause!", error.traceback().get(0));
    assertEquals("    " + " ".repeat(16) + "\t^--^", error.traceback().get(2));
  }

  @Test
  void onlyTheLastStatementsRowsAreKept() {
    RecordingSink sink = run("%%sql -o lastOnly\nSELECT * FROM range(5000000) a(x);\nSELECT 42 AS answer");
    assertTrue(sink.outputs.stream().noneMatch(Output.Error.class::isInstance), sink.outputs.toString());
    assertEquals("[answer]", run("lastOnly.columnNames()").result());
  }

  @Test
  void anSqlErrorFromCellCodeNamesTheCellsLine() {
    Output.Error error = run("int before = 1;\nTable t = Sql.query(\"SELECT nope\");").error();
    assertTrue(String.join("\n", error.traceback()).contains("In [1], line 2"), error.traceback().toString());
  }

  @Test
  void theDataPackageIsThereAsViews() {
    run("%%sql -o years\nSELECT count(*) AS n FROM trade_totals");
    assertTrue(Long.parseLong(run("years.longColumn(\"n\").getLong(0)").result()) > 0);
  }

  @Test
  void limitKeepsTheFirstRowsAndSaysSo() {
    RecordingSink sink = run("%%sql --limit 3 -o few\nSELECT * FROM range(100) r(i)");
    assertTrue(sink.stdout().contains("the first 3 rows (--limit 3); the query gave more"), sink.stdout());
    assertEquals("3", run("few.rowCount()").result());
  }

  @Test
  void sparkSqlWithoutASparkSessionSaysHowToGetOne() {
    assertEquals("%%sql --engine spark runs on the session variable spark: connect first with %spark connect sc://host:15002",
        run("%%sql --engine spark\nSELECT 1").error().evalue());
    assertTrue(run("%spark connect localhost:15002").error().evalue().startsWith("%spark connect needs a Spark Connect address, sc://host:port"));
    assertTrue(run("%spark").error().evalue().startsWith("usage: %spark connect"));
  }

  @Test
  void badOptionsSayHowToUseTheMagic() {
    assertTrue(run("%%sql --limit lots\nSELECT 1").error().evalue().contains("--limit needs a number"));
    assertTrue(run("%%sql -o 2x\nSELECT 1").error().evalue().contains("needs the name of a Java variable"));
    assertTrue(run("%%sql\n-- only a comment\n").error().evalue().contains("has no SQL"));
  }

  @Test
  void anInterruptCancelsALongQueryWithinASecondAndTheNextCellWorks() {
    RecordingSink sink = new RecordingSink();
    long[] interruptedAt = {0};
    OutputSink interruptAtProgress = output -> {
      sink.accept(output);
      if (output instanceof Output.DisplayData && interruptedAt[0] == 0) {
        interruptedAt[0] = System.nanoTime();
        new Thread(engine::interrupt).start();
      }
    };
    CellResult result = engine.execute("cell 1", "%%sql\nSELECT count(*) FROM range(100000000000) a(x) WHERE x % 7 = 3", interruptAtProgress,
        Duration.ofSeconds(60)); // the limit only ends a failing test: the interrupt comes at the progress bar
    long tookMs = (System.nanoTime() - interruptedAt[0]) / 1_000_000;
    assertEquals(CellResult.Status.INTERRUPTED, result.status(), sink.outputs.toString());
    assertTrue(tookMs < 1000, "cancelled in " + tookMs + " ms");
    run("%%sql -o after\nSELECT 1 AS one");
    assertEquals("1", run("after.rowCount()").result());
  }

  @Test
  void anInterruptCancelsAQueryThatJavaCodeInTheCellRuns() {
    RecordingSink sink = new RecordingSink();
    boolean[] fired = {false};
    // The query says it runs through its progress listener: the interrupt comes while DuckDB works.
    CellResult result = engine.execute("cell 1", "Sql.database().run(SqlDatabase.Request.of(\"SELECT count(*) FROM range(100000000000) a(x)"
        + " WHERE x % 7 = 3\").progress(p -> System.out.println(\"running\")))", output -> {
          sink.accept(output);
          if (output instanceof Output.Stream s && s.text().contains("running") && !fired[0]) {
            fired[0] = true;
            new Thread(engine::interrupt).start();
          }
        }, Duration.ofSeconds(60));
    assertEquals(CellResult.Status.INTERRUPTED, result.status(), sink.outputs.toString());
    assertEquals("1", run("Sql.query(\"SELECT 1 AS one\").rowCount()").result());
  }

  @Test
  void theCellTimeLimitCancelsAQuery() {
    RecordingSink sink = new RecordingSink();
    CellResult result = engine.execute("cell 1", "%%sql\nSELECT count(*) FROM range(100000000000) a(x) WHERE x % 7 = 3", sink,
        Duration.ofSeconds(2));
    assertEquals(CellResult.Status.TIMED_OUT, result.status(), sink.outputs.toString());
    // DuckDB has stopped: the statement holds the database until it ends, so one that starts now runs at once, in the same database
    assertEquals("false", run("Sql.database().isAbandoned()").result());
    long start = System.nanoTime();
    assertEquals("1", run("Sql.query(\"SELECT 1 AS one\").rowCount()").result());
    assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "DuckDB still ran the cancelled statement");
  }

  @Test
  void sessionTablesWhoseNamesDifferOnlyInCaseAreAnErrorNamingBoth() {
    run("Table sales = Table.create(\"a\", IntColumn.create(\"i\", 1)); Table Sales = Table.create(\"b\", IntColumn.create(\"i\", 1, 2, 3));");
    Output.Error error = run("%%sql\nSELECT (SELECT count(*) FROM sales) AS a, (SELECT count(*) FROM Sales) AS b").error();
    assertTrue(error.evalue().contains("Sales and sales are both session tables"), error.evalue());
    // naming one of them is as ambiguous: SQL would read either under that name
    assertTrue(run("%%sql\nSELECT count(*) AS n FROM SALES").error().evalue().contains("Sales and sales are both session tables"));
    run("sales = null;");
    run("%%sql -o one\nSELECT count(*) AS n FROM sales");
    assertEquals("3", run("one.longColumn(\"n\").getLong(0)").result());
  }

  @Test
  void aSessionTableIsFoundWhateverCaseTheSqlWritesItsNameIn() {
    run("Table claims = Table.create(\"c\", IntColumn.create(\"i\", 1, 2));"); // the data package has a claims table of 12 rows
    run("%%sql -o counted\nSELECT (SELECT count(*) FROM claims) AS a, (SELECT count(*) FROM Claims) AS b, (SELECT count(*) FROM CLAIMS) AS c");
    assertEquals("2 2 2", run("counted.longColumn(\"a\").get(0) + \" \" + counted.longColumn(\"b\").get(0) + \" \" + counted.longColumn(\"c\").get(0)")
        .result());
  }

  @Test
  void aPlaceholderThatCannotBeBoundStopsTheCellBeforeAnyStatementRuns() {
    run("java.time.Year when = java.time.Year.of(2024);");
    Output.Error error = run("%%sql\nCREATE OR REPLACE TABLE half_run AS SELECT 1 AS one;\nSELECT {when}").error();
    assertTrue(error.evalue().contains("year.getValue()"), error.evalue());
    assertEquals("0", run("Sql.query(\"SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'half_run'\").longColumn(\"n\").getLong(0)")
        .result());
  }

  @Test
  void aViewOverASessionTableIsRefusedBeforeItRunsAndACopyWorksInLaterCells() {
    run("Table orders = Table.create(\"o\", IntColumn.create(\"amount\", 5, 50, 500));");
    Output.Error error = run("%%sql\n-- the big ones\nCREATE OR REPLACE VIEW big AS SELECT * FROM orders WHERE amount > 10").error();
    assertTrue(error.evalue().contains("a VIEW over the session table orders would outlive it"), error.evalue());
    assertTrue(run("%%sql\nSELECT count(*) FROM duckdb_views() WHERE view_name = 'big'").outputs.toString().contains("0"));
    run("%%sql\nCREATE OR REPLACE TABLE big_orders AS SELECT * FROM orders WHERE amount > 10");
    run("%%sql -o later\nSELECT count(*) AS n FROM big_orders");
    assertEquals("2", run("later.longColumn(\"n\").getLong(0)").result());
  }

  @Test
  void aViewOverASessionTableWrittenAnyWayIsUndoneAndAViewItReplacedComesBack() {
    run("Table sales = Table.create(\"s\", IntColumn.create(\"i\", 1, 2, 3));");
    run("%%sql\nCREATE OR REPLACE VIEW kept_view AS SELECT 42 AS answer");
    for (String sneaky : List.of("CREATE /* a comment */ VIEW sneaky AS SELECT * FROM sales",
        "CREATE\u00a0VIEW sneaky AS SELECT * FROM sales", "CREATE OR REPLACE /*x*/ VIEW kept_view AS SELECT * FROM sales",
        "CREATE /*x*/ MACRO sneaky_macro() AS TABLE SELECT * FROM sales", "CREATE RECURSIVE VIEW sneaky(i) AS SELECT * FROM sales",
        "PREPARE sneaky_prepared AS SELECT count(*) FROM sales")) {
      Output.Error error = run("%%sql\n" + sneaky).error();
      assertTrue(error.evalue().contains("over the session table sales would outlive it"), sneaky + ": " + error.evalue());
    }
    assertEquals("0", run("Sql.query(\"SELECT count(*) AS n FROM duckdb_views() WHERE view_name = 'sneaky'\").longColumn(\"n\").getLong(0)")
        .result());
    assertEquals("0", run("Sql.query(\"SELECT count(*) AS n FROM duckdb_functions() WHERE function_name = 'sneaky_macro'\")"
        + ".longColumn(\"n\").getLong(0)").result());
    assertEquals("42", run("Sql.query(\"SELECT answer FROM kept_view\").intColumn(\"answer\").get(0)").result());
  }

  @Test
  void minusOWithALastStatementThatGivesNoRowsFailsAndDoesNotRunIt() {
    run("%%sql -o r\nSELECT 7 AS seven");
    Output.Error error = run("%%sql -o r\nCREATE OR REPLACE TABLE made_here AS SELECT 1 AS one").error();
    assertTrue(error.evalue().contains("-o r: the last statement gives no rows"), error.evalue());
    assertEquals("0", run("Sql.query(\"SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'made_here'\").longColumn(\"n\").getLong(0)")
        .result());
  }

  @Test
  void valuesThatBecomeMissingAreSaidInTheCell() {
    RecordingSink sink = run("%%sql\nSELECT * FROM (VALUES (''), ('x')) v(s)");
    assertTrue(sink.outputs.toString().contains("column \"s\": 1 empty text value is missing here"), sink.outputs.toString());
  }

  @Test
  void aStatementDuckDbCannotCancelCostsItsDatabaseAndTheNextCellGetsANewOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws Exception {
    java.nio.file.Path fifo = folder.resolve("orders.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    run("String pipe = \"" + fifo + "\";");
    run("%%sql\nSELECT 1"); // DuckDB is up before the cell that is timed
    RecordingSink sink = new RecordingSink();
    Thread timer = new Thread(() -> {
      dev.tablebook.sql.Pipes.waitUntilAThreadWaitsForAWriter();
      engine.interrupt();
    });
    timer.start();
    long start = System.nanoTime();
    CellResult result = engine.execute("cell 1", "%%sql\nSELECT * FROM read_csv({pipe})", sink, Duration.ofSeconds(60));
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertEquals(CellResult.Status.INTERRUPTED, result.status(), sink.outputs.toString());
    assertTrue(tookMs < 30_000, "the cell was answered after " + tookMs + " ms");
    // the next cell waits at most the cancel grace, then runs in a new database (with the data package's views) and says why
    RecordingSink next = run("%%sql -o fresh\nSELECT count(*) AS n FROM trade_totals");
    assertTrue(next.outputs.toString().contains("did not stop within") && next.outputs.toString().contains("SQL goes on in a new database"),
        next.outputs.toString());
    assertEquals("13", run("fresh.longColumn(\"n\").getLong(0)").result());
    try (java.io.OutputStream writer = java.nio.file.Files.newOutputStream(fifo)) { // lets the abandoned read end
      writer.write("a\n1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}

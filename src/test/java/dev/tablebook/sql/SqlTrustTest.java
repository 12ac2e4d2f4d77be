package dev.tablebook.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** What crosses into DuckDB and back is exact or refused; a statement that will not stop costs its database, never the caller. */
class SqlTrustTest {

  @Test
  void everyParameterTypeArrivesAsTheValueItIsOrIsRefusedBeforeTheStatementRuns() {
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1))) {
      db.execute("SET TimeZone = 'UTC'");
      Map<Object, String> expected = new java.util.LinkedHashMap<>();
      expected.put(ZonedDateTime.of(2024, 3, 10, 3, 30, 0, 0, ZoneId.of("America/New_York")), "2024-03-10 07:30:00+00 TIMESTAMP WITH TIME ZONE");
      expected.put(OffsetDateTime.parse("2024-11-03T01:30:00-04:00"), "2024-11-03 05:30:00+00 TIMESTAMP WITH TIME ZONE");
      expected.put(Instant.parse("2024-03-10T07:30:00.123456Z"), "2024-03-10 07:30:00.123456+00 TIMESTAMP WITH TIME ZONE");
      expected.put(java.util.Date.from(Instant.parse("2024-03-10T07:30:00.123Z")), "2024-03-10 07:30:00.123+00 TIMESTAMP WITH TIME ZONE");
      expected.put(java.sql.Timestamp.from(Instant.parse("2024-03-10T07:30:00.123456Z")), "2024-03-10 07:30:00.123456+00 TIMESTAMP WITH TIME ZONE");
      expected.put(LocalDateTime.of(2024, 3, 10, 2, 30), "2024-03-10 02:30:00 TIMESTAMP"); // no such time in New York: a local value keeps it
      expected.put(LocalDate.of(-44, 3, 15), "0045-03-15 (BC) DATE");
      expected.put(LocalDate.of(40000, 1, 1), "40000-01-01 DATE");
      expected.put(java.sql.Date.valueOf(LocalDate.of(2024, 2, 29)), "2024-02-29 DATE");
      expected.put(LocalTime.of(23, 59, 59, 999_999_000), "23:59:59.999999 TIME");
      expected.put(new BigDecimal("12345678901234567.89"), "12345678901234567.89 DECIMAL(19,2)");
      expected.put(new BigDecimal("-0.000000000000000000000000000000000001"), "-0.000000000000000000000000000000000001 DECIMAL(37,36)");
      expected.put(new BigDecimal("1E+5"), "100000 DECIMAL(6,0)");
      expected.put(new BigInteger("170141183460469231731687303715884105727"), "170141183460469231731687303715884105727 HUGEINT");
      expected.put(UUID.fromString("0e2f1a3c-0000-4000-8000-000000000001"), "0e2f1a3c-0000-4000-8000-000000000001 UUID");
      expected.put(0.1f, "0.1 FLOAT");
      expected.put('x', "x VARCHAR");
      for (Map.Entry<Object, String> entry : expected.entrySet()) {
        SqlScript.Bound bound = SqlScript.parse("SELECT CAST({v} AS VARCHAR) || ' ' || typeof({v}) AS text").statements().get(0)
            .bind(Map.of("v", entry.getKey()));
        Table t = db.run(new SqlDatabase.Request(bound.sql(), bound.parameters(), -1, null)).table();
        assertEquals(entry.getValue(), t.stringColumn("text").get(0), entry.getKey().getClass().getSimpleName() + " " + entry.getKey());
        Table positional = db.query("SELECT CAST(? AS VARCHAR) || ' ' || typeof(?) AS text", entry.getKey(), entry.getKey()); // Java's ? too
        assertEquals(entry.getValue(), positional.stringColumn("text").get(0), "? " + entry.getKey().getClass().getSimpleName());
      }
      for (Object refused : List.of(Year.of(2024), java.time.YearMonth.of(2024, 5), Duration.ofSeconds(1), new BigInteger("2").pow(127),
          new BigDecimal("1.000000000000000000000000000000000000001"), Instant.parse("2024-01-01T00:00:00.000000001Z"), new Object(),
          "x\uD83D")) {
        SqlException e = assertThrows(SqlException.class,
            () -> SqlScript.parse("SELECT {v}").statements().get(0).bind(Map.of("v", refused)), refused.toString());
        assertTrue(e.getMessage().startsWith("{v} is "), e.getMessage());
      }
      assertTrue(assertThrows(SqlException.class, () -> SqlScript.parse("SELECT {v}").statements().get(0).bind(Map.of("v", Year.of(2024))))
          .getMessage().contains("year.getValue()"));
      assertTrue(assertThrows(SqlException.class, () -> db.query("SELECT ?", Year.of(2024))).getMessage().startsWith("parameter 1 is"));
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void aTablesawTypeObjectThatIsNotTheConstantStillMapsToItsSqlType() throws Exception {
    String out = runInItsOwnJvm(ColumnsMadeFirst.class);
    assertTrue(out.contains("2024-05-16 10:30:00 1715855400000"), out);
  }

  @Test
  void theFirstSqlOfAJvmWorksFromACellWhoseClassLoaderHidesTheDriver() throws Exception {
    String out = runInItsOwnJvm(OpenedFromACell.class);
    assertTrue(out.contains("answer 42"), out);
  }

  private static String runInItsOwnJvm(Class<?> main) throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-Duser.timezone=UTC", "-cp", System.getProperty("java.class.path"),
        main.getName()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), out);
    return out;
  }

  @Test
  void registeringOverAViewSaysWhatItIs() {
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1))) {
      db.execute("CREATE VIEW events AS SELECT 1 AS i");
      SqlException e = assertThrows(SqlException.class, () -> db.register("events", Table.create("e", tech.tablesaw.api.IntColumn.create("i", 1))));
      assertTrue(e.getMessage().startsWith("\"events\" is a view here"), e.getMessage());
    }
  }

  @Test
  void textWithHalfACharacterIsRefusedNotTurnedIntoAQuestionMark() {
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1))) {
      Table cut = Table.create("cut", tech.tablesaw.api.StringColumn.create("s", "ok \uD83D\uDE00", "x\uD83D"));
      SqlException e = assertThrows(SqlException.class, () -> db.register("cut", cut));
      assertTrue(e.getMessage().startsWith("column \"s\" row 1 holds text with half of a character"), e.getMessage());
    }
  }

  @Test
  void floatsDisplayAsTheFloatsTheyAreAndNaNAndEmptyTextComeBackMissingWithANote() {
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1))) {
      SqlDatabase.Result result = db.run(SqlDatabase.Request.of(
          "SELECT * FROM (VALUES (0.1::FLOAT, 'nan'::DOUBLE, ''), (0.2::FLOAT, 1.5::DOUBLE, 'x'), (NULL, 'nan'::DOUBLE, '')) v(f, d, s)"));
      Table t = result.table();
      assertEquals("0.1", dev.tablebook.tables.CellText.of(t.column("f"), 0));
      assertTrue(t.column("d").isMissing(0) && t.column("s").isMissing(0));
      assertEquals(List.of("column \"d\": 2 NaN values are missing here (a DoubleColumn marks missing values with NaN)",
          "column \"s\": 2 empty text values are missing here (a StringColumn keeps no empty text apart from missing)"), result.notes());
    }
  }

  @Test
  void aStatementThatWillNotStopCostsItsDatabaseNotTheCaller(@TempDir Path folder) throws Exception {
    Path fifo = folder.resolve("orders.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1).withCancelGrace(Duration.ofMillis(300)));
    db.register("kept", Table.create("kept", tech.tablesaw.api.IntColumn.create("i", 1)));
    Thread caller = Thread.currentThread();
    CompletableFuture<Void> interrupt = CompletableFuture.runAsync(() -> {
      Pipes.waitUntilAThreadWaitsForAWriter();
      caller.interrupt();
    });
    long start = System.nanoTime();
    SqlException e = assertThrows(SqlException.class, () -> db.query("SELECT * FROM read_csv(?)", fifo.toString()));
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertTrue(Thread.interrupted(), "the caller's interrupt is kept");
    interrupt.join();
    assertTrue(e.getMessage().contains("did not stop within 300 ms") && e.getMessage().contains("abandoned"), e.getMessage());
    assertFalse(e.getMessage().contains("Sql and %%sql"), "a database of one's own is not reopened by Sql");
    assertTrue(db.isAbandoned());
    assertTrue(tookMs < 10_000, "answered in " + tookMs + " ms");
    // every later call says so at once, never waits on the stuck statement
    long later = System.nanoTime();
    assertTrue(assertThrows(SqlException.class, () -> db.query("SELECT 1")).getMessage().contains("abandoned"));
    assertThrows(SqlException.class, () -> db.dropTemporary("kept"));
    db.close();
    assertTrue((System.nanoTime() - later) / 1_000_000 < 1_000);
    // the stuck read ends when the pipe gets a writer; the abandoned database then closes on its own
    try (OutputStream writer = Files.newOutputStream(fifo)) {
      writer.write("a\n1\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Waits until {@code thread} waits on the database's worker (the statement has started), without sleeping as synchronisation. */
  private static void waitUntilBlockedInDuckDb(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      for (StackTraceElement frame : thread.getStackTrace()) {
        if (frame.getMethodName().equals("runLocked") && thread.getState() == Thread.State.TIMED_WAITING) {
          return;
        }
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void aPipeNamedInTheSqlTextBlocksAtPrepareAndStillCostsOnlyItsDatabase(@TempDir Path folder) throws Exception {
    Path fifo = folder.resolve("literal.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1).withCancelGrace(Duration.ofMillis(300)));
    Thread caller = Thread.currentThread();
    CompletableFuture<Void> interrupt = CompletableFuture.runAsync(() -> {
      Pipes.waitUntilAThreadWaitsForAWriter();
      caller.interrupt();
    });
    SqlException e = assertThrows(SqlException.class, () -> db.query("SELECT * FROM read_csv('" + fifo + "')"));
    assertTrue(Thread.interrupted());
    interrupt.join();
    assertTrue(db.isAbandoned(), e.getMessage());
    db.close();
    try (OutputStream writer = Files.newOutputStream(fifo)) {
      writer.write("a\n1\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aCancelThatComesJustAsTheStatementStartsIsNotLost() {
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1).withCancelGrace(Duration.ofSeconds(30)))) {
      for (int i = 0; i < 40; i++) {
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(caller::interrupt);
        interrupter.start(); // races the statement's start
        long start = System.nanoTime();
        try {
          db.query("SELECT count(*) FROM range(100000000000) a(x) WHERE x % 7 = 3");
        } catch (SqlException cancelled) {
          // expected
        }
        Thread.interrupted();
        joinQuietly(interrupter);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "the cancel was lost in round " + i);
        assertFalse(db.isAbandoned());
      }
    }
  }

  private static void joinQuietly(Thread thread) {
    while (true) {
      try {
        thread.join();
        return;
      } catch (InterruptedException e) {
        // the interrupt was meant for the query
      }
    }
  }

  @Test
  void anInterruptedStatementHasStoppedInDuckDbWhenTheCallerIsAnswered() throws IOException {
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1))) {
      Thread caller = Thread.currentThread();
      CompletableFuture<Void> interrupt = CompletableFuture.runAsync(() -> {
        waitUntilBlockedInDuckDb(caller);
        caller.interrupt();
      });
      assertThrows(SqlException.class, () -> db.query("SELECT count(*) FROM range(100000000000) a(x) WHERE x % 7 = 3"));
      Thread.interrupted();
      interrupt.join();
      assertFalse(db.isAbandoned());
      // the statement holds the connection until DuckDB has ended it: a statement that starts now runs at once
      long start = System.nanoTime();
      assertEquals(1, db.query("SELECT 1 AS one").rowCount());
      assertTrue((System.nanoTime() - start) / 1_000_000 < 1_000, "DuckDB still ran the cancelled statement");
    }
  }
}

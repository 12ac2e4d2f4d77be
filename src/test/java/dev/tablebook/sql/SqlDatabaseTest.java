package dev.tablebook.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SqlDatabaseTest {
  static SqlDatabase db;

  @BeforeAll
  static void open() {
    db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("512MB").withThreads(2));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void eachSqlTypeBecomesItsTablesawColumnAndNullIsMissingNeverZero() {
    Table t = db.query("""
        SELECT * FROM (VALUES
          (1::TINYINT, 2::SMALLINT, 3::INTEGER, 4::BIGINT, 5::HUGEINT, 1.5::FLOAT, 2.5::DOUBLE, 3.25::DECIMAL(10,2),
           'x', DATE '2024-05-16', TIMESTAMP '2024-05-16 10:30:00', TIMESTAMPTZ '2024-05-16 10:30:00+00', TIME '10:30:00', true),
          (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
        ) v(ti, si, i, bi, hi, f, d, dec, s, dt, ts, tstz, tm, b)""");
    List<ColumnType> expected = List.of(ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.LONG, ColumnType.LONG,
        ColumnType.FLOAT, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.STRING, ColumnType.LOCAL_DATE, ColumnType.LOCAL_DATE_TIME,
        ColumnType.INSTANT, ColumnType.LOCAL_TIME, ColumnType.BOOLEAN);
    assertEquals(expected, t.columns().stream().map(c -> c.type()).toList());
    assertEquals(3, t.intColumn("i").getInt(0));
    assertEquals(5L, t.longColumn("hi").getLong(0));
    assertEquals(3.25, t.doubleColumn("dec").getDouble(0));
    assertEquals(LocalDate.of(2024, 5, 16), t.dateColumn("dt").get(0));
    assertEquals(LocalDateTime.of(2024, 5, 16, 10, 30), t.dateTimeColumn("ts").get(0));
    assertEquals(Instant.parse("2024-05-16T10:30:00Z"), t.instantColumn("tstz").get(0));
    assertEquals(LocalTime.of(10, 30), t.timeColumn("tm").get(0));
    assertTrue(t.booleanColumn("b").get(0));
    for (var column : t.columns()) {
      assertTrue(column.isMissing(1), column.name() + " row 2 is NULL, so missing");
    }
  }

  @Test
  void aSumOfIntegersIsALongWhenItFitsAndAnErrorNamingTheColumnWhenNot() {
    Table t = db.query("SELECT sum(i) AS total, count(*) AS n FROM range(1000) r(i)");
    assertEquals(499_500L, t.longColumn("total").getLong(0));
    assertEquals(1000L, t.longColumn("n").getLong(0));
    SqlException e = assertThrows(SqlException.class, () -> db.query("SELECT 170141183460469231731687303715884105727::HUGEINT AS huge"));
    assertTrue(e.getMessage().contains("\"huge\"") && e.getMessage().contains("CAST"), e.getMessage());
  }

  @Test
  void aTypeTablesawCannotHoldIsAnErrorNamingTheColumnAndType() {
    SqlException e = assertThrows(SqlException.class, () -> db.query("SELECT [1, 2] AS tags"));
    assertTrue(e.getMessage().contains("column \"tags\" has the type INTEGER[]"), e.getMessage());
  }

  @Test
  void repeatedColumnNamesGetSuffixes() {
    Table t = db.query("SELECT 1 AS x, 2 AS x, 3 AS X");
    assertEquals(List.of("x", "x_1", "X_2"), t.columnNames());
  }

  @Test
  void aRegisteredTableComesBackEqualWithItsMissingValues() {
    Table original = Table.create("t",
        IntColumn.create("i", new int[] {1, 2, 3}), LongColumn.create("l", new long[] {10, 20, 30}),
        DoubleColumn.create("d", 1.5, Double.NaN, 3.5), StringColumn.create("s", "a", "b", "c"),
        DateColumn.create("dt", LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 1, 3)),
        BooleanColumn.create("b", true, false, true),
        InstantColumn.create("at", new Instant[] {Instant.parse("2024-01-01T00:00:00Z"), null, Instant.EPOCH}));
    original.intColumn("i").setMissing(1);
    original.stringColumn("s").setMissing(2);
    db.register("t", original);
    Table back = db.query("SELECT * FROM t");
    assertEquals(original.columnNames(), back.columnNames());
    assertEquals(original.columns().stream().map(c -> c.type()).toList(), back.columns().stream().map(c -> c.type()).toList());
    assertEquals(original.print(), back.setName("t").print());
    assertEquals(1L, db.query("SELECT count(*) AS n FROM t WHERE i IS NULL").longColumn("n").getLong(0));
  }

  @Test
  void parametersAreBoundNeverPastedIntoTheText() {
    Table t = db.query("SELECT ? AS s, ? + 1 AS n, ? AS d", "it's '; DROP TABLE x; --", 41, LocalDate.of(2024, 5, 16));
    assertEquals("it's '; DROP TABLE x; --", t.stringColumn("s").get(0));
    assertEquals(42, ((Number) t.column("n").get(0)).intValue());
    assertEquals(LocalDate.of(2024, 5, 16), t.dateColumn("d").get(0));
  }

  @Test
  void anErrorSaysWhatDuckDBSaysWithThePosition() {
    SqlException e = assertThrows(SqlException.class, () -> db.query("SELECT nope FROM (SELECT 1 AS yes)"));
    assertTrue(e.getMessage().startsWith("Binder Error: Referenced column \"nope\" not found"), e.getMessage());
    assertEquals(7, e.position());
    SqlException parse = assertThrows(SqlException.class, () -> db.query("SELECT 1 +"));
    assertTrue(parse.getMessage().startsWith("Parser Error: "), parse.getMessage());
  }

  @Test
  void anInterruptCancelsARunningQueryWithinASecondAndTheDatabaseGoesOn() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      try {
        db.run(SqlDatabase.Request.of("SELECT count(*) FROM range(100000000000) a(x) WHERE x % 7 = 3")
            .progress(p -> started.countDown()));
        outcome.complete(null);
      } catch (Throwable e) {
        outcome.complete(e);
      }
    });
    caller.start();
    assertTrue(started.await(30, TimeUnit.SECONDS), "the query reports progress while it runs");
    long interruptedAt = System.nanoTime();
    caller.interrupt();
    Throwable e = outcome.get(10, TimeUnit.SECONDS);
    long tookMs = (System.nanoTime() - interruptedAt) / 1_000_000;
    assertInstanceOf(SqlException.class, e);
    assertEquals("the query was cancelled", e.getMessage());
    assertTrue(tookMs < 1000, "cancelled in " + tookMs + " ms");
    assertEquals(1, db.query("SELECT 1 AS one").intColumn("one").getInt(0));
  }

  @Test
  void aLimitKeepsTheFirstRowsAndSaysRowsWereLeftOut() {
    SqlDatabase.Result r = db.run(SqlDatabase.Request.of("SELECT * FROM range(100) r(i)").limitedTo(10));
    assertEquals(10, r.table().rowCount());
    assertTrue(r.cut());
    assertFalse(db.run(SqlDatabase.Request.of("SELECT * FROM range(10) r(i)").limitedTo(10)).cut());
  }

  @Test
  void parquetRoundTripKeepsTypesAndValuesAndTheSameTableGivesTheSameBytes(@TempDir Path dir) throws Exception {
    Table original = Table.create("p", IntColumn.create("i", new int[] {1, 2, 3}), StringColumn.create("s", "a", "", "c"),
        DateColumn.create("d", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), null));
    Path first = dir.resolve("a.parquet");
    Path second = dir.resolve("b.parquet");
    db.writeParquet(original, first);
    db.writeParquet(original, second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    Table back = db.readParquet(first);
    assertEquals(original.print(), back.setName("p").print());
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temp file is left");
    }
  }

  @Test
  void aQueryLargerThanTheMemoryLimitSpillsToDiskAndCompletes(@TempDir Path spill) {
    try (SqlDatabase small = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("64MB").withThreads(2).withTempDirectory(spill))) {
      // 4 M distinct groups of a 16-byte key and a sum: the hash table needs several times 64 MB.
      Table t = small.query("SELECT count(*) AS groups, sum(s) AS total FROM (SELECT i, sum(i) AS s FROM range(4000000) r(i) GROUP BY i)");
      assertEquals(4_000_000L, t.longColumn("groups").getLong(0));
      assertEquals(3_999_999L * 4_000_000L / 2, t.longColumn("total").getLong(0));
      assertEquals("61.0 MiB", small.query("SELECT current_setting('memory_limit') AS m").stringColumn("m").get(0));
    }
    // The limit is real: with nowhere to spill, the same query runs out of memory.
    try (SqlDatabase noSpill = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("64MB").withThreads(2))) {
      noSpill.execute("SET temp_directory = ''");
      SqlException e = assertThrows(SqlException.class, () -> noSpill.query(
          "SELECT count(*) AS groups, sum(s) AS total FROM (SELECT i, sum(i) AS s FROM range(4000000) r(i) GROUP BY i)"));
      assertTrue(e.getMessage().startsWith("Out of Memory Error"), e.getMessage());
    }
  }
}

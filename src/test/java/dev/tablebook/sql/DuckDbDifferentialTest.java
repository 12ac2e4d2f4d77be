package dev.tablebook.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Every value that crosses between DuckDB and Tablesaw, compared with DuckDB's own answer for it: its
 * text ({@code CAST(v AS VARCHAR)}, and for instants the UTC text and {@code epoch_us}) parsed back, in
 * five time zones, with the JVM's zone and DuckDB's set to each. Values Tablesaw can hold must come back
 * exact, in both directions; values it cannot must be refused with the column's name. Random values are
 * seeded ({@code -Dtablebook.differential.seed}); {@code -Dtablebook.differential.values=N} runs N per
 * type (200 by default; the fuzz mode of the issue is a larger N).
 */
class DuckDbDifferentialTest {
  private static final long SEED = Long.getLong("tablebook.differential.seed", 23L);
  private static final int VALUES = Integer.getInteger("tablebook.differential.values", 200);
  private static final TimeZone JVM_ZONE = TimeZone.getDefault();

  static Stream<String> zones() {
    return Stream.of("UTC", "America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kathmandu");
  }

  @AfterEach
  void restoreZone() {
    TimeZone.setDefault(JVM_ZONE);
  }

  private static SqlDatabase open(String zone) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("512MB").withThreads(1));
    db.execute("SET TimeZone = '" + zone + "'");
    return db;
  }

  /** One SQL type: how DuckDB makes a value from a long, and how to compare what came back with DuckDB's text of it. */
  private record Case(String type, String fromLong, List<Long> values, java.util.function.BiPredicate<Object, String> matches,
      String text) {
    Case(String type, String fromLong, List<Long> values, java.util.function.BiPredicate<Object, String> matches) {
      this(type, fromLong, values, matches, "CAST(v AS VARCHAR)");
    }
  }

  @ParameterizedTest
  @MethodSource("zones")
  void everyValueTablesawCanHoldComesBackAsDuckDbHasIt(String zone) {
    Random random = new Random(SEED ^ zone.hashCode());
    try (SqlDatabase db = open(zone)) {
      for (Case c : cases(random, ZoneId.of(zone))) {
        db.execute("CREATE OR REPLACE TABLE raw(id INTEGER, n BIGINT)");
        StringBuilder insert = new StringBuilder("INSERT INTO raw VALUES ");
        for (int i = 0; i < c.values().size(); i++) {
          insert.append(i == 0 ? "" : ", ").append('(').append(i).append(", ").append(c.values().get(i)).append(')');
        }
        db.execute(insert.toString());
        Table t = db.query("SELECT id, v, " + c.text() + " AS text FROM (SELECT id, " + c.fromLong() + " AS v FROM raw) ORDER BY id");
        Column<?> v = t.column("v");
        StringColumn text = t.stringColumn("text");
        for (int row = 0; row < t.rowCount(); row++) {
          Object value = v.get(row);
          String duckDb = text.get(row);
          assertTrue(c.matches().test(value, duckDb),
              () -> c.type() + " in " + zone + " (seed " + SEED + "): Tablesaw's " + value + " is not DuckDB's " + duckDb);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("zones")
  void instantsAreTheInstantsDuckDbKeepsAroundEveryDaylightSavingChange(String zone) {
    long first = MIN_DAY * 86_400_000_000L;
    long last = (MAX_DAY + 1) * 86_400_000_000L - 1_000;
    try (SqlDatabase db = open(zone)) {
      // every half hour of 2024, and far instants
      Table t = db.query("""
          SELECT v, epoch_us(v) AS us, CAST(v AS VARCHAR) AS local_text FROM (
            SELECT TIMESTAMPTZ '2024-01-01 00:00:00+00' + to_minutes(30 * i) AS v FROM range(0, 17568) r(i)
            UNION ALL SELECT TIMESTAMPTZ '1970-01-01 00:00:00+00' + to_microseconds(us) FROM (VALUES
              (-62135596800000000), (-2208988800000000), (-1000), (0), (1000), (253402300799999000), (%d), (%d)) x(us))"""
          .formatted(first, last));
    InstantColumn v = t.instantColumn("v");
    for (int row = 0; row < t.rowCount(); row++) {
      Instant instant = v.get(row);
      long micros = t.longColumn("us").get(row);
      assertEquals(micros, instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000, () -> "epoch_us of " + instant + " in " + zone);
      if (instant.atZone(ZoneOffset.UTC).getYear() >= 1921 && instant.atZone(ZoneOffset.UTC).getYear() < 2100) {
        // DuckDB's text in its zone (until 1920 Kathmandu's offset had seconds, +05:41:16, which DuckDB's text leaves out)
        String text = t.stringColumn("local_text").get(row); // 2024-03-10 03:30:00-04, 2024-01-01 05:45:00+05:45
        int sign = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
        Instant parsed = LocalDateTime.parse(text.substring(0, sign).replace(' ', 'T')).toInstant(ZoneOffset.of(text.substring(sign)));
        assertEquals(parsed, instant, () -> "DuckDB's text " + text + " in " + zone);
      }
    }
    }
  }

  @ParameterizedTest
  @MethodSource("zones")
  void aTablesawTableComesBackFromDuckDbAsItWasAndDuckDbSeesTheSameValues(String zone) {
    Random random = new Random(SEED * 31 + zone.hashCode());
    try (SqlDatabase db = open(zone)) {
      Table table = randomTable(random, VALUES);
      db.register("roundtrip", table);
      Table back = db.query("SELECT * FROM roundtrip");
      for (Column<?> column : table.columns()) {
        Column<?> returned = back.column(column.name());
        for (int row = 0; row < table.rowCount(); row++) {
          assertEquals(column.isMissing(row), returned.isMissing(row), column.name() + " row " + row + " missing");
          if (!column.isMissing(row)) {
            Object expected = column.get(row) instanceof Short s ? Integer.valueOf(s) : column.get(row);
            assertEquals(expected, returned.get(row), column.name() + " row " + row + " in " + zone + " (seed " + SEED + ")");
          }
        }
      }
      // DuckDB's own view of what was written: its UTC text of the instants and local date-times, its epoch days of the dates
      Table seen = db.query("SELECT CAST(timezone('UTC', instant) AS VARCHAR) AS i, CAST(date_time AS VARCHAR) AS dt,"
          + " CAST(date AS VARCHAR) AS d, CAST(time AS VARCHAR) AS t FROM roundtrip");
      for (int row = 0; row < table.rowCount(); row++) {
        if (!table.instantColumn("instant").isMissing(row)) {
          assertEquals(duckDbText(LocalDateTime.ofInstant(table.instantColumn("instant").get(row), ZoneOffset.UTC)),
              seen.stringColumn("i").get(row), "instant as DuckDB has it, in " + zone);
        }
        if (!table.dateTimeColumn("date_time").isMissing(row)) {
          assertEquals(duckDbText(table.dateTimeColumn("date_time").get(row)), seen.stringColumn("dt").get(row), "date_time in " + zone);
        }
        if (!table.dateColumn("date").isMissing(row)) {
          assertEquals(duckDbText(table.dateColumn("date").get(row)), seen.stringColumn("d").get(row), "date in " + zone);
        }
        if (!table.timeColumn("time").isMissing(row)) {
          assertEquals(duckDbText(table.timeColumn("time").get(row)), seen.stringColumn("t").get(row), "time in " + zone);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("zones")
  void aValueTablesawCannotHoldIsRefusedNamingTheColumnNeverChanged(String zone) {
    List<String> unholdable = List.of("'infinity'::DATE", "'-infinity'::DATE", "DATE '40000-01-01'", "DATE '-40000-01-01'",
        "'infinity'::TIMESTAMP", "'-infinity'::TIMESTAMPTZ", "'infinity'::TIMESTAMP_MS", "'-infinity'::TIMESTAMP_NS", "'infinity'::TIMESTAMP_S", "TIMESTAMP '2024-01-01 01:02:03.123456'",
        "TIMESTAMPTZ '2024-03-10 07:30:00.0005+00'", "TIMESTAMP_NS '2024-01-01 00:00:00.000000001'", "TIME '10:00:00.0001'",
        "TIME '24:00:00'", "TIMESTAMP '40000-01-01 00:00:00'", "12345678901234567.89::DECIMAL(38,2)",
        "123456789.123456789::DECIMAL(18,9)", "0.1234567890123456789::DECIMAL(20,19)", "170141183460469231731687303715884105727::HUGEINT",
        "18446744073709551615::UBIGINT", "(-2147483648)::INTEGER", "(-9223372036854775808)::BIGINT", "'1 day'::INTERVAL",
        "[1, 2]", "TIMETZ '10:00:00+05:45'", "'\\x00'::BLOB");
    try (SqlDatabase db = open(zone)) {
      for (String expression : unholdable) {
        SqlException e = assertThrows(SqlException.class, () -> db.query("SELECT 1 AS ok, " + expression + " AS bad_value"),
            () -> expression + " in " + zone + " came back as a value");
        assertTrue(e.getMessage().contains("\"bad_value\"") && e.getMessage().contains("CAST"), expression + ": " + e.getMessage());
        if (expression.contains("infinity")) {
          assertTrue(e.getMessage().contains("holds " + (expression.contains("-infinity") ? "-" : "") + "infinity"), e.getMessage());
        }
      }
    }
  }

  private static List<Case> cases(Random random, ZoneId zone) {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("BIGINT", "n", longs(random, List.of(Long.MAX_VALUE, Long.MIN_VALUE + 1, 0L, -1L), Long.MIN_VALUE + 1, Long.MAX_VALUE),
        DuckDbDifferentialTest::sameText));
    cases.add(new Case("INTEGER", "CAST(n AS INTEGER)", longs(random, List.of((long) Integer.MAX_VALUE, Integer.MIN_VALUE + 1L, 0L),
        Integer.MIN_VALUE + 1L, Integer.MAX_VALUE), DuckDbDifferentialTest::sameText));
    cases.add(new Case("SMALLINT", "CAST(n AS SMALLINT)", longs(random, List.of(32767L, -32768L), -32768, 32767), DuckDbDifferentialTest::sameText));
    cases.add(new Case("UINTEGER", "CAST(n AS UINTEGER)", longs(random, List.of(4294967295L, 0L), 0, 4294967295L), DuckDbDifferentialTest::sameText));
    cases.add(new Case("HUGEINT", "CAST(n AS HUGEINT) * 1", longs(random, List.of(Long.MAX_VALUE, Long.MIN_VALUE + 1), Long.MIN_VALUE + 1,
        Long.MAX_VALUE), DuckDbDifferentialTest::sameText));
    cases.add(new Case("BOOLEAN", "n % 2 = 0", longs(random, List.of(0L, 1L), 0, 1000), DuckDbDifferentialTest::sameText));
    // doubles and floats from random bits: every kind of number, subnormals and infinities included (NaN: the missing-value test)
    List<Double> doubles = new ArrayList<>(List.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NEGATIVE_INFINITY, 0.1, 1e20));
    while (doubles.size() < VALUES) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (!Double.isNaN(d)) {
        doubles.add(d);
      }
    }
    List<Long> indexes = java.util.stream.LongStream.range(0, doubles.size()).boxed().toList();
    cases.add(new Case("DOUBLE", "CAST([" + listOf(doubles.stream().map(String::valueOf)) + "][n + 1] AS DOUBLE)", indexes,
        (value, text) -> Double.compare((Double) value, Double.parseDouble(javaNumber(text))) == 0));
    cases.add(new Case("FLOAT", "CAST([" + listOf(doubles.stream().map(d -> String.valueOf((float) d.doubleValue()))) + "][n + 1] AS FLOAT)",
        indexes, (value, text) -> Float.compare((Float) value, Float.parseFloat(javaNumber(text))) == 0));
    // decimals with at most 15 significant digits (a double keeps them), at several precisions and scales
    for (int[] ps : new int[][] {{4, 0}, {4, 2}, {9, 3}, {15, 15}, {18, 2}, {18, 9}, {38, 2}, {38, 10}, {38, 37}}) {
      long max = (long) Math.pow(10, Math.min(15, ps[0])) - 1;
      int scale = ps[1];
      String type = "DECIMAL(" + ps[0] + "," + scale + ")";
      Stream<String> decimals = longs(random, List.of(max, -max, 0L, 1L), -max, max).stream()
          .map(unscaled -> BigDecimal.valueOf(unscaled, scale).toPlainString());
      cases.add(new Case(type, "CAST([" + listOf(decimals) + "][n + 1] AS " + type + ")", indexes.subList(0, VALUES),
          (value, text) -> new BigDecimal(Double.toString((Double) value)).compareTo(new BigDecimal(text)) == 0));
    }
    long minDay = MIN_DAY;
    long maxDay = MAX_DAY;
    cases.add(new Case("DATE", "DATE '1970-01-01' + CAST(n AS INTEGER)", longs(random, List.of(minDay, maxDay, 0L, -1L,
        LocalDate.of(2024, 2, 29).toEpochDay(), LocalDate.of(1900, 2, 28).toEpochDay(), LocalDate.of(-4, 2, 29).toEpochDay(),
        LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(1582, 10, 15).toEpochDay()), minDay, maxDay),
        (value, text) -> duckDbText((LocalDate) value).equals(text)));
    long dayMs = 86_400_000L;
    cases.add(new Case("TIME", "TIME '00:00:00' + to_milliseconds(n)", longs(random, List.of(0L, dayMs - 1), 0, dayMs - 1),
        (value, text) -> duckDbText((LocalTime) value).equals(text)));
    long minMs = minDay * dayMs;
    long maxMs = (maxDay + 1) * dayMs - 1;
    List<Long> millis = longs(random, List.of(minMs, maxMs, 0L, -1L), minMs, maxMs);
    millis.addAll(transitions(zone)); // local date-times at the zone's daylight-saving changes
    java.util.function.BiPredicate<Object, String> dateTime = (value, text) -> duckDbText((LocalDateTime) value).equals(text);
    cases.add(new Case("TIMESTAMP", "make_timestamp(n * 1000)", millis, dateTime));
    cases.add(new Case("TIMESTAMP_MS", "CAST(make_timestamp(n * 1000) AS TIMESTAMP_MS)", millis, dateTime));
    cases.add(new Case("TIMESTAMP_S", "CAST(make_timestamp(n // 1000 * 1000000) AS TIMESTAMP_S)", millis, dateTime));
    cases.add(new Case("TIMESTAMP_NS", "CAST(make_timestamp(n * 1000) AS TIMESTAMP_NS)",
        longs(random, List.of(-9_223_372_036_854L, 9_223_372_036_854L, 0L), -9_223_372_036_854L, 9_223_372_036_854L), dateTime));
    // instants: DuckDB's UTC text of each here; their epoch_us and their text in the zone in the next test
    cases.add(new Case("TIMESTAMPTZ", "timezone('UTC', make_timestamp(n * 1000))", millis,
        (value, text) -> duckDbText(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC)).equals(text), "CAST(timezone('UTC', v) AS VARCHAR)"));
    return cases;
  }

  private static String listOf(Stream<String> numbers) {
    return numbers.map(n -> "'" + n + "'").reduce((a, b) -> a + ", " + b).orElseThrow();
  }

  private static boolean sameText(Object value, String text) {
    return String.valueOf(value).equals(text);
  }

  /** DuckDB's text of a number as Java reads it: {@code inf} is {@code Infinity}. */
  private static String javaNumber(String text) {
    return text.replace("inf", "Infinity");
  }

  /** Tablesaw's date range in epoch days. */
  private static final long MIN_DAY = dev.tablebook.tables.ColumnLimits.MIN_DATE.toEpochDay();
  private static final long MAX_DAY = dev.tablebook.tables.ColumnLimits.MAX_DATE.toEpochDay();

  /** Epoch milliseconds of the half hours around each daylight-saving change of {@code zone} in 2024, read as local times. */
  private static List<Long> transitions(ZoneId zone) {
    List<Long> millis = new ArrayList<>();
    var rules = zone.getRules();
    var next = rules.nextTransition(Instant.parse("2024-01-01T00:00:00Z"));
    while (next != null && next.getInstant().isBefore(Instant.parse("2025-01-01T00:00:00Z"))) {
      LocalDateTime local = next.getDateTimeBefore();
      for (int minutes = -90; minutes <= 90; minutes += 30) {
        millis.add(local.plusMinutes(minutes).toInstant(ZoneOffset.UTC).toEpochMilli());
      }
      next = rules.nextTransition(next.getInstant());
    }
    return millis;
  }

  private static List<Long> longs(Random random, List<Long> edges, long min, long max) {
    List<Long> values = new ArrayList<>(edges);
    BigInteger span = BigInteger.valueOf(max).subtract(BigInteger.valueOf(min)).add(BigInteger.ONE);
    while (values.size() < VALUES) {
      values.add(new BigInteger(span.bitLength() + 8, random).mod(span).add(BigInteger.valueOf(min)).longValueExact());
    }
    return values;
  }

  /** A date as DuckDB writes it: {@code 2024-05-16}, {@code 40000-01-01}, {@code 0045-03-15 (BC)}. */
  static String duckDbText(LocalDate date) {
    int year = date.getYear();
    String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year <= 0 ? 1 - year : year, date.getMonthValue(), date.getDayOfMonth());
    return year <= 0 ? text + " (BC)" : text;
  }

  /** A time as DuckDB writes it: seconds always, a fraction only when there is one, without trailing zeros. */
  static String duckDbText(LocalTime time) {
    String text = String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
    if (time.getNano() != 0) {
      String fraction = String.format(java.util.Locale.ROOT, "%06d", time.getNano() / 1_000).replaceAll("0+$", "");
      text += "." + fraction;
    }
    return text;
  }

  static String duckDbText(LocalDateTime dateTime) {
    String date = duckDbText(dateTime.toLocalDate());
    return date.endsWith(" (BC)") ? date.substring(0, date.length() - 5) + " (BC) " + duckDbText(dateTime.toLocalTime())
        : date + " " + duckDbText(dateTime.toLocalTime());
  }

  private static Table randomTable(Random random, int rows) {
    ShortColumn shorts = ShortColumn.create("short");
    IntColumn ints = IntColumn.create("int");
    LongColumn longs = LongColumn.create("long");
    FloatColumn floats = FloatColumn.create("float");
    DoubleColumn doubles = DoubleColumn.create("double");
    BooleanColumn booleans = BooleanColumn.create("boolean");
    StringColumn strings = StringColumn.create("string");
    DateColumn dates = DateColumn.create("date");
    TimeColumn times = TimeColumn.create("time");
    DateTimeColumn dateTimes = DateTimeColumn.create("date_time");
    InstantColumn instants = InstantColumn.create("instant");
    long minMs = MIN_DAY * 86_400_000L;
    long maxMs = (MAX_DAY + 1) * 86_400_000L - 1;
    for (int i = 0; i < rows; i++) {
      boolean missing = random.nextInt(10) == 0;
      if (missing) {
        for (Column<?> c : List.<Column<?>>of(shorts, ints, longs, floats, doubles, booleans, strings, dates, times, dateTimes, instants)) {
          c.appendMissing();
        }
        continue;
      }
      shorts.append((short) (random.nextInt(65535) - 32767));
      ints.append(random.nextInt() == Integer.MIN_VALUE ? 0 : random.nextInt(Integer.MAX_VALUE) * (random.nextBoolean() ? 1 : -1));
      long l = random.nextLong();
      longs.append(l == Long.MIN_VALUE ? 0 : l);
      float f = Float.intBitsToFloat(random.nextInt());
      floats.append(Float.isNaN(f) ? -0.0f : f);
      double d = Double.longBitsToDouble(random.nextLong());
      doubles.append(Double.isNaN(d) ? Double.MIN_VALUE : d);
      booleans.append(random.nextBoolean());
      strings.append(randomText(random));
      long ms = minMs + (long) (random.nextDouble() * (maxMs - minMs));
      Instant instant = Instant.ofEpochMilli(ms);
      dates.append(LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toLocalDate());
      times.append(LocalTime.ofNanoOfDay(Math.floorMod(ms, 86_400_000L) * 1_000_000L));
      dateTimes.append(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
      instants.append(instant);
    }
    return Table.create("roundtrip", shorts, ints, longs, floats, doubles, booleans, strings, dates, times, dateTimes, instants);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(12);
    while (text.length() < length) {
      int codePoint = random.nextInt(4) == 0 ? 0x1F600 + random.nextInt(80) : 0x20 + random.nextInt(0x2FF);
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  static {
    if (VALUES < 10) {
      fail("tablebook.differential.values must be at least 10");
    }
  }
}

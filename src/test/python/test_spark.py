"""Spark Connect through the real jupyter_client, against a real Spark Connect server (SparkConnectIT
starts it): %spark connect, Spark SQL over a Parquet file written by `tablebook datasets export`, a
group-by, a join with a table sent from Tablesaw, an interrupted long job followed by a cell that works,
and a wrong host that fails fast with a clear message.

Run by SparkConnectIT with SPARK_URL, PARQUET_DIR and JUPYTER_PATH set:
    /usr/bin/python3 -m unittest -v test_spark
"""
import os
import time
import unittest


from kernel_messages import KernelTestCase, run, text

URL = os.environ["SPARK_URL"]
PARQUET = os.environ["PARQUET_DIR"]


DIFFERENTIAL = """
java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
spark.conf().set("spark.sql.session.timeZone", "America/New_York");
var random = new java.util.Random(23);
var rows = new StringBuilder();
for (int i = 0; i < 2000; i++) {
  long day = -719162L + (long) (random.nextDouble() * (2932896L + 719162L));
  long ms = day * 86_400_000L + random.nextInt(86_400_000);
  if (i < 17568 && i % 4 == 0) { ms = java.time.Instant.parse("2024-01-01T00:00:00Z").toEpochMilli() + 1_800_000L * (i / 4 * 2); }
  long unscaled = random.nextLong() % 1_000_000_000_000_000L;
  double d = Double.longBitsToDouble(random.nextLong());
  if (Double.isNaN(d) || Double.isInfinite(d)) { d = -0.0; }
  rows.append(i == 0 ? "" : ", ").append("(" + i + ", " + day + ", " + ms + ", '" + java.math.BigDecimal.valueOf(unscaled, 4) + "', '" + d + "')");
}
Table t = Spark.sql(spark, "SELECT id, date_from_unix_date(day) AS d, unix_date(date_from_unix_date(day)) AS d_days,"
    + " timestamp_millis(ms) AS ts, unix_micros(timestamp_millis(ms)) AS ts_us,"
    + " CAST(timestamp_millis(ms) AS TIMESTAMP_NTZ) AS ntz, CAST(CAST(timestamp_millis(ms) AS TIMESTAMP_NTZ) AS STRING) AS ntz_text,"
    + " CAST(dec AS DECIMAL(18,4)) AS dec, CAST(CAST(dec AS DECIMAL(18,4)) AS STRING) AS dec_text,"
    + " CAST(dbl AS DOUBLE) AS dbl, CAST(CAST(dbl AS DOUBLE) AS STRING) AS dbl_text"
    + " FROM VALUES " + rows + " AS v(id, day, ms, dec, dbl) ORDER BY id", Spark.args(), 100_000);
var sent = Spark.toTable(Spark.fromTable(spark, t.selectColumns("id", "d", "ts", "ntz", "dbl")).orderBy("id"), 100_000);
var wrong = new java.util.TreeMap<String, String>();
int mismatches = 0;
for (int r = 0; r < t.rowCount(); r++) {
  var instant = t.instantColumn("ts").get(r);
  var checks = new java.util.LinkedHashMap<String, Boolean>();
  checks.put("date", t.dateColumn("d").get(r).toEpochDay() == ((Number) t.column("d_days").get(r)).longValue());
  checks.put("timestamp", instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000 == t.longColumn("ts_us").get(r));
  checks.put("timestamp_ntz", t.dateTimeColumn("ntz").get(r).equals(java.time.LocalDateTime.parse(t.stringColumn("ntz_text").get(r).replace(' ', 'T'))));
  checks.put("decimal", new java.math.BigDecimal(Double.toString(t.doubleColumn("dec").get(r))).compareTo(new java.math.BigDecimal(t.stringColumn("dec_text").get(r))) == 0);
  checks.put("double", Double.compare(t.doubleColumn("dbl").get(r), Double.parseDouble(t.stringColumn("dbl_text").get(r))) == 0);
  checks.put("sent date", sent.dateColumn("d").get(r).equals(t.dateColumn("d").get(r)));
  checks.put("sent timestamp", sent.instantColumn("ts").get(r).equals(instant));
  checks.put("sent timestamp_ntz", sent.dateTimeColumn("ntz").get(r).equals(t.dateTimeColumn("ntz").get(r)));
  checks.put("sent double", Double.compare(sent.doubleColumn("dbl").get(r), t.doubleColumn("dbl").get(r)) == 0);
  for (var check : checks.entrySet()) {
    if (!check.getValue()) {
      mismatches++;
      wrong.putIfAbsent(check.getKey(), "row " + r + ": " + t.row(r) + (check.getKey().startsWith("sent") ? " sent back as " + sent.row(r) : ""));
    }
  }
}
String refused;
try {
  Spark.sql(spark, "SELECT CAST('12345678901234567.89' AS DECIMAL(38,2)) AS big_decimal", Spark.args(), 10);
  refused = "came back";
} catch (RuntimeException e) {
  refused = e.getMessage();
}
t.rowCount() + " rows, " + mismatches + " mismatches; " + refused + " " + wrong
"""


class SparkTests(KernelTestCase):
    """One kernel, one Spark session, the steps in order (each test name says its place)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        messages, reply = run(cls.kc, "%spark connect " + URL, timeout=300)  # a cold machine downloads the client first
        assert reply["status"] == "ok", (reply, text(messages))
        cls.connected = text(messages)

    def test_1_connect_says_which_spark_it_reached(self):
        self.assertIn("Connected to Spark 4.2.0 at " + URL + " as the variable spark.", self.connected)

    def test_2_spark_sql_over_the_exported_parquet_with_a_group_by(self):
        _, reply = run(self.kc, 'spark.read().parquet("%s/crude_oil_imports.parquet").createOrReplaceTempView("imports");' % PARQUET)
        self.assertEqual(reply["status"], "ok", reply)
        messages, reply = run(self.kc, "%%sql --engine spark -o byYear\n"
                                       "SELECT year, count(*) AS suppliers, round(sum(volume_mt), 2) AS listed_mt\n"
                                       "FROM imports GROUP BY year ORDER BY year")
        self.assertEqual(reply["status"], "ok", reply)
        shown = text(messages)
        self.assertIn("2022", shown)
        self.assertIn("2023", shown)
        messages, reply = run(self.kc, 'byYear.intColumn("year").get(1) + " " + byYear.longColumn("suppliers").get(1)')
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("2023 9", text(messages))

    def test_3_a_join_with_a_table_sent_from_tablesaw(self):
        _, reply = run(self.kc, 'Spark.fromTable(spark, ArticleFacts.crudeOilImportTotals().selectColumns("year", "total_mt"))'
                                '.createOrReplaceTempView("totals");\nint shareYear = 2023;')
        self.assertEqual(reply["status"], "ok", reply)
        messages, reply = run(self.kc, "%%sql --engine spark\n"
                                       "SELECT i.supplier, round(100 * i.volume_mt / t.total_mt, 1) AS share_pct\n"
                                       "FROM imports i JOIN totals t ON i.year = t.year\n"
                                       "WHERE i.year = {shareYear} AND i.supplier = 'Russia'")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("Russia", text(messages))
        self.assertIn("19", text(messages))

    def test_4_an_interrupted_long_job_is_cancelled_and_the_next_cell_works(self):
        interrupted = []

        def interrupt_at_progress(msg):
            if msg["msg_type"] == "display_data" and not interrupted:
                interrupted.append(time.monotonic())
                self.km.interrupt_kernel()

        messages, reply = run(self.kc, 'Spark.toTable(spark.range(1000000000000L).selectExpr("sum(id % 7) AS s"), 1)',
                              interrupt_at_progress)
        self.assertTrue(interrupted, "the long job showed its progress: " + text(messages))
        took = time.monotonic() - interrupted[0]
        self.assertEqual(reply["status"], "error", reply)
        self.assertLess(took, 15.0, "the reply came %.1f s after the interrupt" % took)
        started = time.monotonic()
        messages, reply = run(self.kc, "%%sql --engine spark\nSELECT 40 + 2 AS answer")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("42", text(messages))
        self.assertLess(time.monotonic() - started, 30.0, "the cluster is free again")

    def test_5_values_come_back_exact_or_refused_as_spark_has_them(self):
        messages, reply = run(self.kc, DIFFERENTIAL, timeout=300)
        self.assertEqual(reply["status"], "ok", (reply, text(messages)))
        shown = text(messages)
        self.assertIn("2000 rows, 0 mismatches;", shown)
        self.assertIn("big_decimal", shown)
        self.assertIn("holds 12345678901234567.89, more digits than a double keeps", shown)

    def test_6_values_that_become_missing_are_said_in_the_cell(self):
        messages, reply = run(self.kc, "%%sql --engine spark\nSELECT CAST('NaN' AS DOUBLE) AS d, '' AS s")
        self.assertEqual(reply["status"], "ok", reply)
        shown = text(messages)
        self.assertIn('column "d": 1 NaN value is missing here', shown)
        self.assertIn('column "s": 1 empty text value is missing here', shown)

    def test_7_a_wrong_host_fails_fast_with_a_clear_message(self):
        started = time.monotonic()
        messages, reply = run(self.kc, "%spark connect sc://no-such-host.invalid:15002")
        self.assertEqual(reply["status"], "error", reply)
        self.assertLess(time.monotonic() - started, 15.0)
        self.assertIn("cannot reach the Spark Connect server at no-such-host.invalid:15002: no such host", reply["evalue"])


if __name__ == "__main__":
    unittest.main()

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

from jupyter_client.manager import KernelManager

from kernel_messages import run, text

KERNEL = os.environ.get("TABLEBOOK_KERNEL_NAME", "tablebook")
URL = os.environ["SPARK_URL"]
PARQUET = os.environ["PARQUET_DIR"]



class SparkTests(unittest.TestCase):
    """One kernel, one Spark session, the steps in order (each test name says its place)."""

    @classmethod
    def setUpClass(cls):
        cls.km = KernelManager(kernel_name=KERNEL)
        cls.km.start_kernel()
        cls.kc = cls.km.client()
        cls.kc.start_channels()
        cls.kc.wait_for_ready(timeout=120)
        messages, reply = run(cls.kc, "%spark connect " + URL, timeout=300)  # a cold machine downloads the client first
        assert reply["status"] == "ok", (reply, text(messages))
        cls.connected = text(messages)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

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

    def test_5_a_wrong_host_fails_fast_with_a_clear_message(self):
        started = time.monotonic()
        messages, reply = run(self.kc, "%spark connect sc://no-such-host.invalid:15002")
        self.assertEqual(reply["status"], "error", reply)
        self.assertLess(time.monotonic() - started, 15.0)
        self.assertIn("cannot reach the Spark Connect server at no-such-host.invalid:15002: no such host", reply["evalue"])


if __name__ == "__main__":
    unittest.main()

"""%%sql through the real jupyter_client: a session table queried by its name, -o, an SQL error at its
cell line and column, and an interrupt (interrupt_kernel) that cancels a long query, the session going on.

Run by SqlKernelIT with JUPYTER_PATH pointing at a kernelspec made from target/tablebook.jar:
    /usr/bin/python3 -m unittest -v test_sql
"""
import time
import unittest


from kernel_messages import KernelTestCase, run, text

LONG_QUERY = "%%sql\nSELECT count(*) FROM range(100000000000) a(x) WHERE x % 7 = 3"


class SqlTests(KernelTestCase):
    def test_a_session_table_is_queried_by_name_and_minus_o_keeps_the_result(self):
        _, reply = run(self.kc, 'Table oil = Table.create("oil", StringColumn.create("supplier", "Russia", "Iraq"),'
                                ' DoubleColumn.create("volume_mt", 107.0, 59.26));')
        self.assertEqual(reply["status"], "ok", reply)
        messages, reply = run(self.kc, "%%sql -o big\nSELECT supplier FROM oil WHERE volume_mt > 100")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("Russia", text(messages))
        self.assertNotIn("Iraq", text(messages))
        self.assertTrue(any("text/html" in m["content"].get("data", {}) for m in messages), messages)
        messages, reply = run(self.kc, 'big.stringColumn("supplier").get(0) + " " + big.rowCount()')
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("Russia 1", text(messages))

    def test_an_sql_error_names_the_cell_line_and_column(self):
        messages, reply = run(self.kc, "%%sql\nSELECT 1 AS one,\n       nope FROM range(2) r(i)")
        self.assertEqual(reply["status"], "error", reply)
        error = [m for m in messages if m["msg_type"] == "error"][0]["content"]
        self.assertRegex(error["traceback"][0], r"^In \[\d+\], line 3, column 8: Binder Error: Referenced column \"nope\" not found")
        self.assertEqual(error["traceback"][1], "           nope FROM range(2) r(i)")

    def test_an_interrupt_cancels_a_long_query_and_the_next_cell_works(self):
        interrupted = []

        def interrupt_at_progress(msg):
            if msg["msg_type"] == "display_data" and not interrupted:
                interrupted.append(time.monotonic())
                self.km.interrupt_kernel()

        messages, reply = run(self.kc, LONG_QUERY, interrupt_at_progress)
        took = time.monotonic() - interrupted[0]
        self.assertEqual(reply["status"], "error", reply)
        self.assertLess(took, 2.0, "the reply came %.2f s after the interrupt" % took)
        self.assertIn("interrupted", reply["evalue"])
        messages, reply = run(self.kc, "%%sql\nSELECT 40 + 2 AS answer")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("42", text(messages))


if __name__ == "__main__":
    unittest.main()

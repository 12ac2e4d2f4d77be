"""Progress through the real jupyter_client: one display_data, then update_display_data messages
with the same display_id, the last one showing the final state.

Run by ProgressKernelIT with JUPYTER_PATH pointing at a kernelspec made from target/tablebook.jar:
    /usr/bin/python3 -m unittest -v test_progress
"""
import os
import unittest

from jupyter_client.manager import KernelManager

from kernel_messages import run

KERNEL = os.environ.get("TABLEBOOK_KERNEL_NAME", "tablebook")

CODE = """
try (Progress p = Progress.of(1_000, "rows")) {
  for (int i = 0; i < 1_000; i++) {
    p.step();
  }
}
"""



class ProgressTests(unittest.TestCase):
    def setUp(self):
        self.km = KernelManager(kernel_name=KERNEL)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)

    def tearDown(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

    def test_one_display_then_updates_of_it_ending_in_the_final_state(self):
        messages, reply = run(self.kc, CODE)
        self.assertEqual(reply["status"], "ok", reply)
        types = [m["msg_type"] for m in messages]
        self.assertEqual(types[0], "display_data", types)
        self.assertGreaterEqual(len(types), 2, types)
        self.assertEqual(set(types[1:]), {"update_display_data"}, types)
        display_id = messages[0]["content"]["transient"]["display_id"]
        for update in messages[1:]:
            self.assertEqual(update["content"]["transient"]["display_id"], display_id)
        first = messages[0]["content"]["data"]
        self.assertTrue(first["text/plain"].startswith("rows: 0/1,000 (0%)"), first["text/plain"])
        last = messages[-1]["content"]["data"]
        self.assertTrue(last["text/plain"].startswith("rows: 1,000/1,000 (100%)"), last["text/plain"])
        self.assertIn("done in", last["text/plain"])
        self.assertIn("width:100.0%", last["text/html"])
        self.assertNotIn("<script", last["text/html"])

    def test_a_cell_that_throws_leaves_the_bar_where_it_stopped(self):
        code = CODE.replace("p.step();", "if (i == 250) throw new IllegalStateException(\"bad row\"); p.step();")
        messages, reply = run(self.kc, code)
        self.assertEqual(reply["status"], "error", reply)
        updates = [m for m in messages if m["msg_type"] == "update_display_data"]
        last = updates[-1]["content"]["data"]["text/plain"]
        self.assertTrue(last.startswith("rows: 250/1,000 (25%)"), last)
        self.assertIn("stopped after", last)
        self.assertEqual(messages[-1]["msg_type"], "error")


if __name__ == "__main__":
    unittest.main()

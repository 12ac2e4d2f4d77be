"""A kernel restart through the real jupyter_client: the kernel answers shutdown_request and exits
by itself, and the client starts a fresh process with nothing of the old session.

Run by JupyterIT with JUPYTER_PATH pointing at a kernelspec made from target/tablebook.jar:
    /usr/bin/python3 -m unittest -v test_restart
"""
import os
import time
import unittest

from jupyter_client.manager import KernelManager

KERNEL = os.environ.get("TABLEBOOK_KERNEL_NAME", "tablebook")


def execute(kc, code):
    """The execute_reply and the text/plain result of code, reading IOPub up to idle."""
    msg_id = kc.execute(code)
    text = None
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            text = msg["content"]["data"]["text/plain"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"], text


class RestartTests(unittest.TestCase):
    def setUp(self):
        self.km = KernelManager(kernel_name=KERNEL)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)

    def tearDown(self):
        self.kc.stop_channels()
        if self.km.is_alive():
            self.km.shutdown_kernel(now=True)

    def test_shutdown_reply_echoes_restart_then_the_process_exits_by_itself(self):
        process = self.km.provisioner.process
        msg_id = self.kc.shutdown(restart=True)
        reply = self.kc.get_control_msg(timeout=30)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["msg_type"], "shutdown_reply")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertIs(reply["content"]["restart"], True)
        t0 = time.monotonic()
        code = process.wait(timeout=30)
        # jupyter_client sends SIGTERM after half its shutdown_wait_time (5 s): exit well before that.
        self.assertLess(time.monotonic() - t0, 2.5, "the kernel exited promptly after its reply")
        self.assertEqual(code, 0, "exited by itself (SIGTERM gives 143, SIGKILL -9)")

    def test_restart_kernel_gives_a_fresh_process_without_the_old_variables(self):
        content, _ = execute(self.kc, "int kept = 7;")
        self.assertEqual(content["status"], "ok")
        old = self.km.provisioner.process
        t0 = time.monotonic()
        self.km.restart_kernel(now=False)
        seconds = time.monotonic() - t0
        self.assertEqual(old.returncode, 0, "the old kernel exited by itself, not by SIGTERM (143) or SIGKILL (-9)")
        status = getattr(self.km, "_shutdown_status", None)
        if status is not None:  # jupyter_client 7.1+: how far it had to go to stop the old kernel
            self.assertEqual(status.name, "ShutdownRequest", "jupyter_client needed no signal")
        self.assertNotEqual(self.km.provisioner.process.pid, old.pid, "a new process")
        self.assertLess(seconds, 30)
        self.kc.wait_for_ready(timeout=120)
        content, _ = execute(self.kc, "kept")
        self.assertEqual(content["status"], "error", "variables are gone after a restart")
        content, text = execute(self.kc, "6 * 7")
        self.assertEqual((content["status"], content["execution_count"], text), ("ok", 2, "42"),
                         "a fresh session: the count starts again")


if __name__ == "__main__":
    unittest.main()

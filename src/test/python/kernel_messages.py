"""What the tests that drive the kernel through jupyter_client share: one kernel for a test class, and running a
cell and collecting its messages."""
import os
import unittest

from jupyter_client.manager import KernelManager

KERNEL = os.environ.get("TABLEBOOK_KERNEL_NAME", "tablebook")


class KernelTestCase(unittest.TestCase):
    """A test class with one kernel of its own, started before its tests (self.km, self.kc) and shut down after."""

    @classmethod
    def setUpClass(cls):
        cls.km = KernelManager(kernel_name=KERNEL)
        cls.km.start_kernel()
        cls.kc = cls.km.client()
        cls.kc.start_channels()
        cls.kc.wait_for_ready(timeout=120)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)


def run(kc, code, on_message=None, timeout=120):
    """The IOPub messages of code up to idle (without status and execute_input), and its execute_reply's content.
    on_message, if given, sees each message as it comes (to interrupt at a progress bar, say)."""
    msg_id = kc.execute(code)
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        if msg["msg_type"] not in ("status", "execute_input"):
            messages.append(msg)
            if on_message:
                on_message(msg)
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return messages, reply["content"]


def text(messages):
    """The text of the messages: every text/plain and every stream, in order."""
    return "".join(m["content"].get("data", {}).get("text/plain", "") + m["content"].get("text", "") for m in messages)

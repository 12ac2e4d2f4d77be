"""The Jupyter debugger protocol through the real jupyter_client, as JupyterLab speaks it: debug_request on the
control channel, the variable explorer between cells (inspectVariables, variables, richInspectVariables), the
cells' files named as ipykernel names them (murmur2 of the code, checked against ipykernel's own function),
the session's start and end, and what is refused.

Run by JupyterIT with JUPYTER_PATH pointing at a kernelspec made from target/tablebook.jar:
    /usr/bin/python3 -m unittest -v test_debugger
"""
import time
import unittest

from ipykernel.compiler import murmur2_x86

from kernel_messages import KernelTestCase, run

TIMEOUT = 60


class DebuggerCase(KernelTestCase):
    """One kernel for the class; each test asks what a front end asks."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.seq = 0

    def debug(self, command, arguments=None):
        """Sends a DAP request in a debug_request on control; returns the debug_reply's content."""
        DebuggerCase.seq += 1
        content = {"type": "request", "seq": DebuggerCase.seq, "command": command, "arguments": arguments or {}}
        msg = self.kc.session.msg("debug_request", content)
        self.kc.control_channel.send(msg)
        while True:
            reply = self.kc.get_control_msg(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                self.assertEqual(reply["msg_type"], "debug_reply")
                response = reply["content"]
                self.assertEqual(response["type"], "response")
                self.assertEqual(response["request_seq"], DebuggerCase.seq)
                self.assertEqual(response["command"], command)
                return response

    def cell(self, code):
        messages, reply = run(self.kc, code)
        self.assertEqual(reply["status"], "ok", (code, reply, messages))
        return messages

    def test_kernel_info_and_the_kernelspec_say_debugger(self):
        self.kc.kernel_info()
        info = self.kc.get_shell_msg(timeout=TIMEOUT)["content"]
        self.assertTrue(info["debugger"])
        self.assertIn("debugger", info["supported_features"])
        self.assertTrue(self.km.kernel_spec.metadata.get("debugger"))

    def test_a_session_starts_and_ends_as_jupyterlab_starts_and_ends_it(self):
        initialize = self.debug("initialize", {"clientID": "test", "clientName": "testClient", "adapterID": "",
                                               "pathFormat": "path", "linesStartAt1": True, "columnsStartAt1": True,
                                               "supportsVariableType": True, "supportsVariablePaging": True,
                                               "supportsRunInTerminalRequest": True, "locale": "en"})
        self.assertTrue(initialize["success"], initialize)
        self.assertTrue(self.debug("attach")["success"])
        self.assertTrue(self.debug("configurationDone")["success"])
        self.assertTrue(self.debug("debugInfo")["body"]["isStarted"])
        self.assertTrue(self.debug("disconnect", {"restart": False, "terminateDebuggee": True})["success"])
        self.assertFalse(self.debug("debugInfo")["body"]["isStarted"])

    def test_a_cells_file_is_named_as_ipykernel_names_it_and_its_source_is_served(self):
        info = self.debug("debugInfo")["body"]
        self.assertEqual(info["hashMethod"], "Murmur2")
        self.assertEqual(info["tmpFileSuffix"], ".java")
        for code in ["int x = 1;", "", "String s = \"Россия–Китай 🚢\";\nSystem.out.println(s);", "a" * 1001]:
            dumped = self.debug("dumpCell", {"code": code})
            expected = info["tmpFilePrefix"] + str(murmur2_x86(code, info["hashSeed"])) + info["tmpFileSuffix"]
            self.assertEqual(dumped["body"]["sourcePath"], expected, code)
            source = self.debug("source", {"source": {"path": expected}})
            self.assertTrue(source["success"], source)
            self.assertEqual(source["body"]["content"], code)
        elsewhere = self.debug("source", {"source": {"path": "/etc/passwd"}})
        self.assertFalse(elsewhere["success"])
        self.assertIn("not one of this kernel's cells", elsewhere["message"])

    def test_the_variable_explorer_shows_types_values_and_what_is_inside(self):
        self.cell("int answer = 42;\n"
                  "String name = \"Tablebook\";\n"
                  "record Point(int x, String label) {}\n"
                  "Point point = new Point(3, \"p\");\n"
                  "Table trade = Table.create(\"trade\", IntColumn.create(\"year\", 2022, 2023),"
                  " DoubleColumn.create(\"usd_bn\", 190.3, 240.1));\n"
                  "int[] empty = new int[0];")
        variables = {v["name"]: v for v in self.debug("inspectVariables")["body"]["variables"]}
        self.assertEqual(variables["answer"]["value"], "42")
        self.assertEqual(variables["answer"]["type"], "int")
        self.assertEqual(variables["answer"]["variablesReference"], 0)
        self.assertEqual(variables["name"]["value"], "\"Tablebook\"")
        self.assertEqual(variables["empty"]["variablesReference"], 0, "nothing inside")
        point = self.debug("variables", {"variablesReference": variables["point"]["variablesReference"]})["body"]["variables"]
        self.assertEqual([(v["name"], v["value"], v["type"]) for v in point], [("x", "3", "int"), ("label", "\"p\"", "String")])
        columns = self.debug("variables", {"variablesReference": variables["trade"]["variablesReference"]})["body"]["variables"]
        self.assertEqual([c["name"] for c in columns], ["year", "usd_bn"])
        usd = self.debug("variables", {"variablesReference": columns[1]["variablesReference"]})["body"]["variables"]
        self.assertEqual([v["value"] for v in usd], ["190.3", "240.1"])

    def test_credentials_are_hidden_in_values_and_inside_them(self):
        self.cell("String apiToken = \"abc123\";\n"
                  "var config = new java.util.HashMap<String, String>();\n"
                  "config.put(\"password\", \"hunter2\");\n"
                  "config.put(\"url\", \"https://ann:pw123@example.org/x\");")
        variables = {v["name"]: v for v in self.debug("inspectVariables")["body"]["variables"]}
        self.assertEqual(variables["apiToken"]["value"], "…")
        self.assertEqual(variables["apiToken"]["variablesReference"], 0)
        inside = {v["name"]: v["value"] for v in
                  self.debug("variables", {"variablesReference": variables["config"]["variablesReference"]})["body"]["variables"]}
        self.assertEqual(inside["password"], "…")
        self.assertNotIn("pw123", inside["url"])
        self.assertIn("example.org", inside["url"])

    def test_a_table_is_shown_rich_and_a_plain_value_as_text(self):
        self.cell("Table shown = Table.create(\"shown\", StringColumn.create(\"supplier\", \"Russia\", \"Saudi Arabia\"));")
        rich = self.debug("richInspectVariables", {"variableName": "shown"})
        self.assertTrue(rich["success"], rich)
        self.assertIn("<table", rich["body"]["data"]["text/html"])
        self.assertIn("Saudi Arabia", rich["body"]["data"]["text/html"])
        self.cell("long big = 1L << 40;")
        plain = self.debug("richInspectVariables", {"variableName": "big"})
        self.assertEqual(plain["body"]["data"]["text/plain"], "1099511627776")
        missing = self.debug("richInspectVariables", {"variableName": "no_such_variable"})
        self.assertEqual(missing["body"]["data"], {})
        code = self.debug("richInspectVariables", {"variableName": "System.exit(3)"})
        self.assertEqual(code["body"]["data"], {}, "a name, never code")
        self.assertEqual(self.cell("1 + 1")[-1]["content"]["data"]["text/plain"], "2", "the kernel is alive")

    def test_breakpoints_are_kept_for_the_front_end_and_said_not_verified(self):
        path = self.debug("dumpCell", {"code": "int y = 1;\ny++;"})["body"]["sourcePath"]
        answer = self.debug("setBreakpoints", {"source": {"path": path}, "breakpoints": [{"line": 2}],
                                               "sourceModified": False})
        self.assertEqual([(b["line"], b["verified"]) for b in answer["body"]["breakpoints"]], [(2, False)])
        kept = self.debug("debugInfo")["body"]["breakpoints"]
        self.assertIn({"source": path, "breakpoints": [{"line": 2}]}, kept)
        self.debug("setBreakpoints", {"source": {"path": path}, "breakpoints": []})
        self.assertNotIn(path, [b["source"] for b in self.debug("debugInfo")["body"]["breakpoints"]])

    def test_while_a_cell_runs_the_explorer_answers_at_once_and_an_interrupt_still_stops_it(self):
        self.cell("int before = 7;")
        self.debug("inspectVariables")
        msg_id = self.kc.execute("System.out.println(\"started\");\nThread.sleep(600_000);")
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                self.assertIn("started", msg["content"]["text"])
                break
        start = time.monotonic()
        during = self.debug("inspectVariables")
        self.assertLess(time.monotonic() - start, 5, "the control channel is not held up by the cell")
        self.assertTrue(during["success"])
        self.assertIn("before", [v["name"] for v in during["body"]["variables"]], "the variables as they were last read")
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error", reply["content"])
        self.assertEqual(self.cell("before * 6")[-1]["content"]["data"]["text/plain"], "42")

    def test_what_it_does_not_do_is_refused_by_name(self):
        refused = self.debug("stepIn", {"threadId": 1})
        self.assertFalse(refused["success"])
        self.assertIn("'stepIn'", refused["message"])


if __name__ == "__main__":
    unittest.main()

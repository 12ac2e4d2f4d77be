"""Comms and ipywidgets' protocol through the real jupyter_client, as a front end speaks them: the comm
messages of both directions with binary buffers, comm_info with its target filter, bad messages (an
unknown comm or target, malformed widget state, a handler that throws or never returns), a thousand quick
widget updates in order, and the widget control comm that restores widgets.

Run by WidgetKernelIT with JUPYTER_PATH pointing at a kernelspec made from target/tablebook.jar:
    /usr/bin/python3 -m unittest -v test_comms
"""
import unittest
import uuid


from kernel_messages import KernelTestCase, run

TIMEOUT = 60


class KernelCase(KernelTestCase):
    """One kernel for the class, and what a front end does with it."""

    def cell(self, code):
        messages, reply = run(self.kc, code)
        self.assertEqual(reply["status"], "ok", (code, reply, messages))
        return messages

    def value(self, expression):
        messages = self.cell(expression)
        return "".join(m["content"].get("data", {}).get("text/plain", "") for m in messages if m["msg_type"] == "execute_result")

    def send(self, msg_type, content, buffers=None):
        """Sends a message on shell as a front end does; returns its id."""
        msg = self.kc.session.msg(msg_type, content)
        self.kc.session.send(self.kc.shell_channel.socket, msg, buffers=buffers or [])
        return msg["header"]["msg_id"]

    def children(self, msg_id):
        """The IOPub messages caused by msg_id, up to its idle status (status messages left out)."""
        found = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                if msg["content"]["execution_state"] == "idle":
                    return found
                continue
            found.append(msg)

    def comm_info(self, target=None):
        content = {} if target is None else {"target_name": target}
        msg_id = self.send("comm_info_request", content)
        while True:
            reply = self.kc.get_shell_msg(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == msg_id:
                self.assertEqual(reply["msg_type"], "comm_info_reply")
                return reply["content"]


class CommTests(KernelCase):
    def test_a_comm_open_to_an_unknown_target_is_closed_and_the_kernel_goes_on(self):
        comm_id = uuid.uuid4().hex
        found = self.children(self.send("comm_open", {"comm_id": comm_id, "target_name": "nobody.here", "data": {}}))
        self.assertEqual([(m["msg_type"], m["content"]["comm_id"]) for m in found], [("comm_close", comm_id)])
        self.assertEqual(self.value("1 + 1"), "2")

    def test_messages_for_a_comm_that_is_not_open_are_dropped(self):
        for msg_type in ("comm_msg", "comm_close"):
            found = self.children(self.send(msg_type, {"comm_id": "no-such-comm", "data": {"x": 1}}))
            self.assertEqual(found, [])
        self.assertEqual(self.value("2 + 2"), "4")

    def test_both_directions_with_binary_buffers_and_comm_info(self):
        self.cell('List<Object> got = new ArrayList<>();\n'
                  'dev.tablebook.comm.Comms.registerTarget("test.echo", (comm, opening) -> {\n'
                  '  got.add(opening.data());\n'
                  '  comm.onMessage(m -> { got.add(m.data()); comm.send(Map.of("echo", m.data()), m.buffers()); });\n'
                  '  comm.onClose(m -> got.add("closed"));\n'
                  '});')
        comm_id = uuid.uuid4().hex
        self.assertEqual(self.children(self.send("comm_open", {"comm_id": comm_id, "target_name": "test.echo", "data": {"hello": 1}})), [])
        self.assertEqual(self.comm_info("test.echo")["comms"], {comm_id: {"target_name": "test.echo"}})
        self.assertEqual(self.comm_info("other.target")["comms"], {})
        self.assertIn(comm_id, self.comm_info()["comms"])
        found = self.children(self.send("comm_msg", {"comm_id": comm_id, "data": {"n": 2.5, "s": "é"}}, buffers=[b"\x00\x01\xff"]))
        self.assertEqual([m["msg_type"] for m in found], ["comm_msg"])
        self.assertEqual(found[0]["content"], {"comm_id": comm_id, "data": {"echo": {"n": 2.5, "s": "é"}}})
        self.assertEqual([bytes(b) for b in found[0]["buffers"]], [b"\x00\x01\xff"])
        self.children(self.send("comm_close", {"comm_id": comm_id, "data": {}}))
        self.assertEqual(self.value("got"), '[{hello=1}, {n=2.5, s=é}, closed]')
        self.assertNotIn(comm_id, self.comm_info()["comms"])

    def test_a_handler_that_throws_is_reported_and_the_kernel_goes_on(self):
        self.cell('dev.tablebook.comm.Comms.registerTarget("test.bad", (comm, opening) ->\n'
                  '  comm.onMessage(m -> { throw new IllegalStateException("handler broke on " + m.data()); }));')
        comm_id = uuid.uuid4().hex
        self.children(self.send("comm_open", {"comm_id": comm_id, "target_name": "test.bad", "data": {}}))
        found = self.children(self.send("comm_msg", {"comm_id": comm_id, "data": {"k": 1}}))
        errors = [m for m in found if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1, found)
        self.assertEqual(errors[0]["content"]["ename"], "java.lang.IllegalStateException")
        self.assertIn("handler broke on {k=1}", "\n".join(errors[0]["content"]["traceback"]))
        self.assertEqual(self.value("3 + 3"), "6")

    def test_a_handler_that_never_returns_is_interrupted(self):
        self.cell('dev.tablebook.comm.Comms.registerTarget("test.loop", (comm, opening) ->\n'
                  '  comm.onMessage(m -> { while (true) { } }));')
        comm_id = uuid.uuid4().hex
        self.children(self.send("comm_open", {"comm_id": comm_id, "target_name": "test.loop", "data": {}}))
        msg_id = self.send("comm_msg", {"comm_id": comm_id, "data": {}})
        while True:  # the handler has begun once the kernel is busy with it
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["content"].get("execution_state") == "busy":
                break
        self.km.interrupt_kernel()
        found = self.children(msg_id)
        self.assertEqual([m["content"]["ename"] for m in found if m["msg_type"] == "error"], ["InterruptedException"])
        self.assertEqual(self.value("4 + 4"), "8")


class WidgetTests(KernelCase):
    def show_slider(self):
        messages = self.cell("var s = new IntSlider().max(5000).description(\"n\");\n"
                             "List<Integer> seen = new ArrayList<>();\n"
                             "s.onChange(seen::add);\n"
                             "s")
        opens = [m for m in messages if m["msg_type"] == "comm_open"]
        views = [m for m in messages if m["msg_type"] == "execute_result"]
        return opens, views

    def test_a_slider_opens_its_models_and_shows_a_view_of_its_own(self):
        opens, views = self.show_slider()
        self.assertEqual([m["content"]["data"]["state"]["_model_name"] for m in opens],
                         ["LayoutModel", "SliderStyleModel", "IntSliderModel"])
        for m in opens:
            self.assertEqual(m["content"]["target_name"], "jupyter.widget")
            self.assertEqual(m["metadata"], {"version": "2.1.0"})
            self.assertEqual(m["content"]["data"]["buffer_paths"], [])
        slider = opens[-1]["content"]
        self.assertEqual(slider["data"]["state"]["layout"], "IPY_MODEL_" + opens[0]["content"]["comm_id"])
        view = views[0]["content"]["data"]
        self.assertEqual(view["application/vnd.jupyter.widget-view+json"],
                         {"version_major": 2, "version_minor": 0, "model_id": slider["comm_id"]})
        self.assertEqual(view["text/plain"], "IntSlider(value=0, description='n', max=5000)")

    def test_a_thousand_quick_updates_arrive_in_order_each_echoed(self):
        opens, _ = self.show_slider()
        comm_id = opens[-1]["content"]["comm_id"]
        ids = [self.send("comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": {"value": i}, "buffer_paths": []}})
               for i in range(1, 1001)]
        echoes = []
        for msg_id in ids:
            echoes += [m["content"]["data"] for m in self.children(msg_id) if m["msg_type"] == "comm_msg"]
        self.assertEqual(echoes, [{"method": "echo_update", "state": {"value": i}, "buffer_paths": []} for i in range(1, 1001)])
        self.assertEqual(self.value("seen.size() + \" \" + seen.equals(IntStream.rangeClosed(1, 1000).boxed().toList())"),
                         "1000 true")

    def test_malformed_state_is_refused_with_a_message_and_nothing_changes(self):
        opens, _ = self.show_slider()
        comm_id = opens[-1]["content"]["comm_id"]
        found = self.children(self.send("comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": {"value": "many"}}}))
        self.assertEqual([m["msg_type"] for m in found], ["comm_msg", "error"])
        self.assertEqual(found[0]["content"]["data"], {"method": "update", "state": {"value": 0}, "buffer_paths": []},
                         "the front end is given the kernel's value back")
        self.assertIn('IntSlider.value takes a whole number; the front end sent "many"', found[1]["content"]["evalue"])
        self.assertEqual(self.value("s.value() + \" \" + seen"), "0 []")

    def test_an_observer_draws_into_an_output_and_a_click_reaches_the_button(self):
        messages = self.cell('var out = new Output();\n'
                             'var b = new Button("Count").onClick(x -> out.replace(Table.create("t", IntColumn.create("n", 1, 2))));\n'
                             'display(new VBox(b, out));')
        opens = {m["content"]["data"]["state"]["_model_name"]: m["content"]["comm_id"] for m in messages if m["msg_type"] == "comm_open"}
        found = self.children(self.send("comm_msg", {"comm_id": opens["ButtonModel"], "data": {"method": "custom", "content": {"event": "click"}}}))
        updates = [m["content"] for m in found if m["msg_type"] == "comm_msg"]
        self.assertEqual([u["comm_id"] for u in updates], [opens["OutputModel"]])
        outputs = updates[0]["data"]["state"]["outputs"]
        self.assertEqual(outputs[0]["output_type"], "display_data")
        self.assertIn("<table", outputs[0]["data"]["text/html"])

    def test_the_control_comm_gives_back_every_widget(self):
        opens, _ = self.show_slider()
        comm_id = uuid.uuid4().hex
        self.assertEqual(self.children(self.send("comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget.control", "data": {}})), [])
        found = self.children(self.send("comm_msg", {"comm_id": comm_id, "data": {"method": "request_states"}}))
        data = found[0]["content"]["data"]
        self.assertEqual(data["method"], "update_states")
        slider = data["states"][opens[-1]["content"]["comm_id"]]
        self.assertEqual((slider["model_name"], slider["model_module"], slider["model_module_version"]),
                         ("IntSliderModel", "@jupyter-widgets/controls", "2.0.0"))
        opened = opens[-1]["content"]["data"]["state"]
        self.assertEqual(slider["state"], dict(opened, description="n", max=5000))


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/python3
"""Widget messages through the real Jupyter client: the round trip of one slider update as JupyterLab sends it
(comm_msg "update" -> echo_update -> a Java observer -> idle), sent one at a time as the front end does, waiting
for the kernel's idle before the next; and a burst of updates sent without waiting (a slider dragged fast).
Reports medians and p95 over UPDATES updates in each of RUNS fresh kernels. With PYTHON (a python that has
ipykernel 7 and ipywidgets 8, such as the test venv's), the same slider and observer in ipykernel, measured in
the same run, kernels taking turns.

    mvn -B -q package -DskipTests && /usr/bin/python3 src/bench/widgets.py [RUNS [UPDATES [PYTHON]]]
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 /usr/bin/python3 src/bench/widgets.py 3 500 target/jupyter-venv/bin/python
"""
import json
import os
import statistics
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

from kernels import execute, install, java_version

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
UPDATES = int(sys.argv[2]) if len(sys.argv) > 2 else 500
PYTHON = sys.argv[3] if len(sys.argv) > 3 else None

SLIDER = {"java": ("var s = new IntSlider().max(1_000_000);\n"
                   "var said = new Label();\n"
                   "s.onChange(v -> said.value(\"value \" + v));\n"
                   "s"),
          "python": ("import ipywidgets as w\n"
                     "s = w.IntSlider(max=1_000_000)\n"
                     "said = w.Label()\n"
                     "s.observe(lambda change: setattr(said, 'value', f'value {change.new}'), 'value')\n"
                     "s")}
CHECK = {"java": 'if (!said.value().equals("{0}")) throw new IllegalStateException(said.value());',
         "python": 'assert said.value == "{0}", said.value'}


def send_update(kc, comm_id, value):
    msg = kc.session.msg("comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": {"value": value},
                                                                     "buffer_paths": []}})
    kc.shell_channel.send(msg)
    return msg["header"]["msg_id"]


def wait_idle(kc, msg_ids):
    waiting = set(msg_ids)
    while waiting:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            waiting.discard(msg["parent_header"].get("msg_id"))


def slider_id(kc, language):
    msg_id = kc.execute(SLIDER[language])
    comm_id = None
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["msg_type"] == "comm_open" and msg["content"]["data"].get("state", {}).get("_model_name") == "IntSliderModel":
            comm_id = msg["content"]["comm_id"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle" \
                and msg["parent_header"].get("msg_id") == msg_id:
            return comm_id


def one_run(language):
    km = KernelManager(kernel_name="tablebook" if language == "java" else "ipykernel-bench")
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        comm_id = slider_id(kc, language)
        for value in range(1, 51):  # warm-up
            wait_idle(kc, [send_update(kc, comm_id, value)])
        trips = []
        for value in range(100, 100 + UPDATES):
            t0 = time.perf_counter()
            wait_idle(kc, [send_update(kc, comm_id, value)])
            trips.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        wait_idle(kc, [send_update(kc, comm_id, value) for value in range(10_000, 10_000 + UPDATES)])
        burst = (time.perf_counter() - t0) / UPDATES
        expected = f"value {10_000 + UPDATES - 1}"
        check = execute(kc, CHECK[language].format(expected))
        assert check["content"]["status"] == "ok", check["content"]  # the last update was the last one observed
        return trips, burst
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        install(data_dir)
        if PYTHON:  # a kernelspec of its own: the default python3 kernel may be another ipykernel and ipywidgets
            spec = os.path.join(data_dir, "kernels", "ipykernel-bench")
            os.makedirs(spec)
            with open(os.path.join(spec, "kernel.json"), "w") as out:
                json.dump({"argv": [os.path.abspath(PYTHON), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                           "display_name": "ipykernel (bench)", "language": "python"}, out)
        languages = ["java"] + (["python"] if PYTHON else [])
        trips = {language: [] for language in languages}
        bursts = {language: [] for language in languages}
        for _ in range(RUNS):
            for language in languages:
                run_trips, burst = one_run(language)
                trips[language] += run_trips
                bursts[language].append(burst)
        print(f"{java_version()}; {RUNS} kernels x {UPDATES} slider updates each")
        for language in languages:
            kernel = "Tablebook" if language == "java" else "ipykernel + ipywidgets"
            ordered = sorted(trips[language])
            print(f"{kernel}: one update, sent and answered (echo, observer, idle): median "
                  f"{1000 * statistics.median(ordered):.2f} ms, p95 {1000 * ordered[int(0.95 * len(ordered))]:.2f} ms; "
                  f"a burst of {UPDATES} sent at once: median {1000 * statistics.median(bursts[language]):.2f} ms per update")


if __name__ == "__main__":
    main()

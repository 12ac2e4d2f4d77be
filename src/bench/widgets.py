#!/usr/bin/python3
"""Widget messages through the real Jupyter client: the round trip of one slider update as JupyterLab sends it
(comm_msg "update" -> echo_update -> a Java observer -> idle), sent one at a time as the front end does, waiting
for the kernel's idle before the next; and a burst of updates sent without waiting (a slider dragged fast).
Reports medians and p95 over UPDATES updates in each of RUNS fresh kernels.

    mvn -B -q package -DskipTests && /usr/bin/python3 src/bench/widgets.py [RUNS [UPDATES]]
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 /usr/bin/python3 src/bench/widgets.py
"""
import statistics
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

from kernels import execute, install, java_version

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
UPDATES = int(sys.argv[2]) if len(sys.argv) > 2 else 500

SLIDER = ("var s = new IntSlider().max(1_000_000);\n"
          "var said = new Label();\n"
          "s.onChange(v -> said.value(\"value \" + v));\n"
          "s")


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


def slider_id(kc):
    msg_id = kc.execute(SLIDER)
    comm_id = None
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "comm_open" and msg["content"]["data"]["state"]["_model_name"] == "IntSliderModel":
            comm_id = msg["content"]["comm_id"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return comm_id


def one_run():
    km = KernelManager(kernel_name="tablebook")
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        comm_id = slider_id(kc)
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
        check = execute(kc, f'if (!said.value().equals("{expected}")) throw new IllegalStateException(said.value());')
        assert check["content"]["status"] == "ok", check["content"]  # the last update was the last one observed
        return trips, burst
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        install(data_dir)
        trips, bursts = [], []
        for _ in range(RUNS):
            run_trips, burst = one_run()
            trips += run_trips
            bursts.append(burst)
        trips.sort()
        print(f"{java_version()}; {RUNS} kernels x {UPDATES} slider updates")
        print(f"one update, sent and answered (echo, observer, idle): median {1000 * statistics.median(trips):.2f} ms, "
              f"p95 {1000 * trips[int(0.95 * len(trips))]:.2f} ms")
        print(f"a burst of {UPDATES} sent at once: median {1000 * statistics.median(bursts):.2f} ms per update")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Soak test of the Tablebook kernel with the real Jupyter client.

Runs CELLS cells (expressions, printing, tables and charts) and INTERRUPTS interrupts of running
cells (tight loops, sleeps, interrupt-swallowing loops) through one kernel, then checks that every
request was answered, that the cell after each interrupt computed its own exact value, that live threads did not grow, and that resident memory after a forced GC
stayed within a bound of where it started. Prints a Markdown summary; exits 1 on any failure.

    mvn -B -q package -DskipTests && /usr/bin/python3 src/bench/soak.py                  # 10,000 cells, 200 interrupts
    /usr/bin/python3 src/bench/soak.py --cells 1000 --interrupts 20                      # the short run SoakIT does
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 /usr/bin/python3 src/bench/soak.py
"""
import argparse
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

from kernels import JAVA, install, rss_mb

PROBE = ("System.gc(); System.gc(); "
         "java.lang.management.ManagementFactory.getThreadMXBean().getThreadCount() + \",\" + "
         "java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576 + \",\" + "
         "java.lang.management.ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getUsed() / 1048576")
CELLS = [
    "1 + 1",
    "System.out.println(\"line \" + java.time.LocalDate.of(2024, 5, 16));",
    "var t = ArticleFacts.tradeTotals(); t.rowCount()",
    "ArticleFacts.crudeOilImports(2023)",
    "String s = \"x\".repeat(1000); s.length()",
    "IntStream.range(0, 10_000).sum()",
    "Charts.bar(ArticleFacts.tradeTotals(), \"year\", \"total_usd_bn\")",
    "display(TableView.of(ArticleFacts.delegation()).head(3))",
    "int undefinedOnPurpose = missing + 1;",  # a compile error now and then
    "throw new IllegalStateException(\"on purpose\");",  # and a runtime error
]
RUNAWAY = [
    "while (true) { }",
    "Thread.sleep(60_000);",
    "while (true) { try { Thread.sleep(5); } catch (InterruptedException e) { } }",
]


def reply_to(kc, msg_id, timeout=120):
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def result_text(kc, msg_id):
    """The text/plain execute_result of msg_id, read from IOPub until the kernel is idle."""
    text = None
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            text = msg["content"]["data"]["text/plain"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return text


def run(kc, code):
    """Executes code and reads its IOPub messages up to idle, as a front end does (an unread
    subscriber queue would make the kernel drop messages), then returns the execute_reply."""
    msg_id = kc.execute(code)
    result_text(kc, msg_id)
    return reply_to(kc, msg_id)


def wait_until_running(kc, msg_id):
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            return


def tenth(times, which):
    """Mean milliseconds per cell over the first (which=0) or last (which=-1) tenth of the cells."""
    n = max(len(times) // 10, 1)
    part = times[:n] if which == 0 else times[-n:]
    return 1000 * sum(part) / len(part)


def measure(kc, pid):
    msg_id = kc.execute(PROBE)
    threads, heap, non_heap = (int(v) for v in result_text(kc, msg_id).strip('"').split(","))
    reply_to(kc, msg_id)
    return threads, rss_mb(pid), heap, non_heap


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cells", type=int, default=10_000)
    parser.add_argument("--interrupts", type=int, default=200)
    parser.add_argument("--rss-growth-mb", type=float, default=600.0,
                        help="the bound on resident memory growth after a forced GC (JShell keeps every "
                             "snippet it ever evaluated: about 13 KB of heap per cell)")
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as data_dir:
        install(data_dir)
        km = KernelManager(kernel_name="tablebook")
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=120)
        pid = km.provisioner.process.pid
        try:
            for code in CELLS:  # warm every path once before the baseline
                run(kc, code)
            threads0, rss0, heap0, meta0 = measure(kc, pid)
            started = time.perf_counter()
            statuses = {"ok": 0, "error": 0}
            times = []
            for i in range(args.cells):
                code = CELLS[i % len(CELLS)]
                t0 = time.perf_counter()
                reply = run(kc, code)
                times.append(time.perf_counter() - t0)
                statuses[reply["content"]["status"]] = statuses.get(reply["content"]["status"], 0) + 1
            cells_seconds = time.perf_counter() - started
            expected_errors = sum(1 for i in range(args.cells) if i % len(CELLS) >= len(CELLS) - 2)
            if statuses.get("error", 0) != expected_errors or sum(statuses.values()) != args.cells:
                failures.append(f"replies {statuses}, expected {args.cells - expected_errors} ok and {expected_errors} errors")
            threads1, rss1, heap1, meta1 = measure(kc, pid)
            interrupted = 0
            right_after = 0
            worst = 0.0
            started = time.perf_counter()
            for i in range(args.interrupts):
                msg_id = kc.execute(RUNAWAY[i % len(RUNAWAY)])
                wait_until_running(kc, msg_id)
                t0 = time.perf_counter()
                km.interrupt_kernel()
                reply = reply_to(kc, msg_id, timeout=60)
                result_text(kc, msg_id)  # its outputs, up to idle
                worst = max(worst, time.perf_counter() - t0)
                if reply["content"]["status"] == "error":
                    interrupted += 1
                # A value of its own for each interrupt, so neither a stale nor a missing result passes.
                expected = str((i + 1) * 21)
                after_id = kc.execute(f"{i + 1} * 21")
                text = result_text(kc, after_id)
                after = reply_to(kc, after_id)
                if after["content"]["status"] != "ok":
                    failures.append(f"interrupt {i}: the next cell failed: {after['content']}")
                elif text != expected:
                    failures.append(f"interrupt {i}: the next cell gave {text!r}, expected {expected!r}")
                else:
                    right_after += 1
            interrupts_seconds = time.perf_counter() - started
            if interrupted != args.interrupts:
                failures.append(f"{interrupted} of {args.interrupts} runaway cells were interrupted")
            threads2, rss2, heap2, meta2 = measure(kc, pid)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)
    if threads2 > threads0 + 2:
        failures.append(f"live threads grew from {threads0} to {threads2}")
    if rss2 - rss0 > args.rss_growth_mb:
        failures.append(f"resident memory grew by {rss2 - rss0:.0f} MB (bound {args.rss_growth_mb:.0f} MB)")
    java = subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print(f"## Soak: {args.cells:,} cells, {args.interrupts} interrupts ({java})\n")
    print("| measure | after warm-up | after the cells | after the interrupts |")
    print("|---|---:|---:|---:|")
    print(f"| live threads (after GC) | {threads0} | {threads1} | {threads2} |")
    print(f"| resident memory (after GC) | {rss0:.0f} MB | {rss1:.0f} MB | {rss2:.0f} MB |")
    print(f"| heap in use (after GC) | {heap0} MB | {heap1} MB | {heap2} MB |")
    print(f"| non-heap in use (metaspace, code) | {meta0} MB | {meta1} MB | {meta2} MB |")
    print(f"\ncells: {args.cells:,} answered ({statuses}) in {cells_seconds:.1f} s "
          f"({1000 * cells_seconds / max(args.cells, 1):.1f} ms per cell; first tenth {tenth(times, 0):.1f} ms, "
          f"last tenth {tenth(times, -1):.1f} ms per cell); "
          f"interrupts: {interrupted}/{args.interrupts} in {interrupts_seconds:.1f} s, slowest stop {1000 * worst:.0f} ms; "
          f"right value after an interrupt: {right_after}/{args.interrupts}")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

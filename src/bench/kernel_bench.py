#!/usr/bin/python3
"""End-to-end kernel timing with the real Jupyter client.

Starts the installed-from-this-build Tablebook kernel RUNS times and reports medians of:
process start -> kernel_info_reply, start -> first execute_reply of `1 + 1`, the round trip of a warm
trivial cell (median and p95 over the first 200 cells of the last run, and over the last 200 of
WARM cells when WARM > 200: JShell's javac keeps getting faster for a thousand cells), and resident
memory after a Tablesaw cell.

    mvn -B -q package -DskipTests && /usr/bin/python3 src/bench/kernel_bench.py [RUNS [WARM]]
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 /usr/bin/python3 src/bench/kernel_bench.py
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

from kernels import JAVA, execute, install, rss_mb, started

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
WARM = int(sys.argv[2]) if len(sys.argv) > 2 else 200


def one_run(trivial_cells):
    with started("tablebook") as (km, kc, info, first):
        trips = []
        for _ in range(trivial_cells):
            t0 = time.perf_counter()
            execute(kc, "1 + 1")
            trips.append(time.perf_counter() - t0)
        execute(kc, "Table trade = ArticleFacts.tradeTotals();\n"
                    "Table big = Table.create(\"big\", IntColumn.indexColumn(\"i\", 100_000, 0));\ntrade")
        return info, first, trips, rss_mb(km.provisioner.process.pid)


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        install(data_dir)
        infos, firsts, memories, trips = [], [], [], []
        for run in range(RUNS):
            info, first, run_trips, memory = one_run(WARM if run == RUNS - 1 else 0)
            infos.append(info)
            firsts.append(first)
            memories.append(memory)
            trips = run_trips or trips
        first_trips, last_trips = sorted(trips[:200]), sorted(trips[-200:])
        version = subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
        print(f"{version}; runs={RUNS}")
        print(f"start -> kernel_info_reply  median {statistics.median(infos) * 1000:.0f} ms")
        print(f"start -> first 1 + 1 reply  median {statistics.median(firsts) * 1000:.0f} ms")
        def trip_line(label, sample):
            print(f"{label} median {statistics.median(sample) * 1000:.1f} ms, "
                  f"p95 {sample[int(len(sample) * 0.95) - 1] * 1000:.1f} ms")
        trip_line("warm 1 + 1 round trip, cells 1-200:", first_trips)
        if WARM > 200:
            trip_line(f"warm 1 + 1 round trip, cells {WARM - 199}-{WARM}:", last_trips)
        print(f"resident memory after a Tablesaw cell  median {statistics.median(memories):.0f} MB")


if __name__ == "__main__":
    main()

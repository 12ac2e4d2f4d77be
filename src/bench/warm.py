#!/usr/bin/python3
"""Warm round trips of a fresh kernel through the real Jupyter client (issue 28), kernelspecs compared.

Installs this build's kernel once per VARIANT (as startup.py: the arguments of `tablebook install`
after the name, `-` for none, `@JAR ARGS` for another build's jar), starts the variants in turn, RUNS
rounds, and runs in each fresh kernel `1 + 1` once, then CELLS more times (cells 1-CELLS). Per variant:
medians of start -> kernel_info_reply and start -> first reply, p50 / p95 of the round trips of cells
1-CELLS of all rounds pooled, and the median RSS after those CELLS + 1 cells. With --stages, every kernel
also writes its per-stage times (-Dtablebook.timing) and the median / p95 of each stage over cells
1-CELLS is printed.

    /usr/bin/python3 src/bench/warm.py [--stages] RUNS CELLS VARIANT...
    /usr/bin/python3 src/bench/warm.py 5 60 "@/tmp/before.jar -" -
"""
import os
import statistics
import sys
import tempfile
import time

from kernels import execute, install_variants, interleaved, java_version, rss_mb, started

ARGS = [a for a in sys.argv[1:] if a != "--stages"]
STAGES = "--stages" in sys.argv
RUNS = int(ARGS[0]) if ARGS else 5
CELLS = int(ARGS[1]) if len(ARGS) > 1 else 60
VARIANTS = ARGS[2:] or ["-"]


def pct(sample, p):
    s = sorted(sample)
    return s[max(0, int(round(len(s) * p)) - 1)]


def one_run(name):
    with started(name) as (km, kc, info, first):
        trips = []
        for _ in range(CELLS):
            t0 = time.perf_counter()
            execute(kc, "1 + 1")
            trips.append(time.perf_counter() - t0)
        return info, first, trips, rss_mb(km.provisioner.process.pid)


def stage_table(path):
    """Stage -> list of ms over cells 1-CELLS of every kernel (the first execute_request of each is cell 0)."""
    stages, cell = {}, 0
    with open(path) as lines:
        for line in lines:
            parts = line.split()
            if parts[0] == "kernel_info_request":
                cell = 0
                continue
            if parts[0] != "execute_request":
                continue
            if cell > 0:
                total = 0.0
                for part in parts[1:]:
                    stage, ms = part.rsplit("=", 1)
                    stages.setdefault(stage, []).append(float(ms))
                    total += float(ms)
                stages.setdefault("TOTAL (kernel)", []).append(total)
            cell += 1
    return stages


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        variants = list(VARIANTS)
        files = []
        if STAGES:
            for i, v in enumerate(variants):
                files.append(os.path.join(data_dir, f"stages-{i}.txt"))
                variants[i] = v + f" --jvm-opt=-Dtablebook.timing={files[-1]}"
        names = install_variants(data_dir, variants)
        results = interleaved(names, RUNS, one_run)
        print(f"{java_version()}; runs={RUNS}, cells 1-{CELLS}, variants interleaved")
        for i, (name, variant) in enumerate(zip(names, VARIANTS)):
            infos, firsts, trips, rss = zip(*results[name])
            pooled = [t * 1000 for run in trips for t in run]
            print(f"kernel_info {statistics.median(infos) * 1000:5.0f} ms  first {statistics.median(firsts) * 1000:5.0f} ms  "
                  f"warm p50 {statistics.median(pooled):5.1f} p95 {pct(pooled, 0.95):5.1f} ms  "
                  f"RSS {statistics.median(rss):4.0f} MB  install {variant}")
            if STAGES:
                for stage, ms in stage_table(files[i]).items():
                    print(f"    {stage:22s} p50 {statistics.median(ms):7.3f}  p95 {pct(ms, 0.95):7.3f} ms  (n={len(ms)})")


if __name__ == "__main__":
    main()

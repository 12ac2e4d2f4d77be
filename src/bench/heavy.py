#!/usr/bin/python3
"""A compute-heavy cell through the real Jupyter client, kernelspecs compared (issue 30: what a loaded but
unattached debugger agent costs). Installs this build's kernel once per VARIANT (as warm.py: the arguments of
`tablebook install` after the name, `-` for none), starts the variants in turn, RUNS rounds, and in each fresh
kernel runs the cell below REPS times after two unmeasured runs. The cell sorts 5 million seeded random ints
and runs a 10^8 dependent loop, and prints its own elapsed milliseconds (System.nanoTime, so the messaging is
not counted). Per variant: the median and p90 over all runs pooled.

    /usr/bin/python3 src/bench/heavy.py RUNS REPS VARIANT...
    /usr/bin/python3 src/bench/heavy.py 3 11 - "--jvm-opt=-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0"
"""
import statistics
import sys
import tempfile

from kernels import install_variants, interleaved, java_version, started

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
REPS = int(sys.argv[2]) if len(sys.argv) > 2 else 11
VARIANTS = sys.argv[3:] or ["-"]
CELL = """long heavyStart = System.nanoTime();
int[] heavy = new java.util.Random(42).ints(5_000_000).toArray();
java.util.Arrays.sort(heavy);
long mix = heavy[0];
for (int i = 0; i < 100_000_000; i++) { mix += i ^ (mix >>> 3); }
System.out.println((System.nanoTime() - heavyStart) / 1_000_000 + " " + (mix == 42 ? "!" : ""));"""


def elapsed_ms(kc):
    msg_id = kc.execute(CELL)
    out = ""
    while True:
        msg = kc.get_iopub_msg(timeout=300)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            out += msg["content"]["text"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return float(out.split()[0])


def one_run(name):
    with started(name) as (km, kc, info, first):
        for _ in range(2):
            elapsed_ms(kc)
        return [elapsed_ms(kc) for _ in range(REPS)]


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        names = install_variants(data_dir, VARIANTS)
        results = interleaved(names, RUNS, one_run)
        print(f"{java_version()}; runs={RUNS}, {REPS} cells each after 2 unmeasured, variants interleaved")
        for name, variant in zip(names, VARIANTS):
            pooled = sorted(ms for run in results[name] for ms in run)
            p90 = pooled[max(0, round(len(pooled) * 0.9) - 1)]
            print(f"heavy cell p50 {statistics.median(pooled):7.1f} ms  p90 {p90:7.1f} ms"
                  f"  install {variant}")


if __name__ == "__main__":
    main()

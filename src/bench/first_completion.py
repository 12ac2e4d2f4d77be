#!/usr/bin/python3
"""A fresh kernel's first completion and first inspection, with the real Jupyter client.

JupyterLab drops a complete_reply that takes more than 1 s, so a fresh kernel's first Tab must come
back sooner. Installs each VARIANT (like startup.py: the arguments of `tablebook install` after the
name, `-` for none, `@JAR ARGS` to install another build's jar, such as main's) into a private Jupyter
folder, then starts the variants in turn, RUNS rounds (interleaved), and prints per variant the medians
of: process start -> kernel_info_reply, -> first execute_reply of `1 + 1`, and then, with the user
paused THINK seconds as a person does, the first complete_request (a Table's members after a chain of
calls) and the first inspect_request.

    /usr/bin/python3 src/bench/first_completion.py 5 @/tmp/main.jar -
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 /usr/bin/python3 src/bench/first_completion.py 5 @/tmp/main.jar -
"""
import os
import statistics
import sys
import tempfile
import time

from kernels import install_variants, interleaved, java_version, started

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
VARIANTS = sys.argv[2:] or ["-"]
THINK = float(os.environ.get("THINK", "1.0"))
CELL = 'Table.create("x", IntColumn.create("n", 1, 2, 3)).sortOn("n").'
INSPECT = 'Table.create("x")'


def shell_reply(kc, msg_id):
    while True:
        reply = kc.get_shell_msg(timeout=120)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def one_start(name):
    with started(name) as (_, kc, info, first):
        time.sleep(THINK)
        t = time.perf_counter()
        completed = shell_reply(kc, kc.complete(CELL, len(CELL)))["content"]
        complete = time.perf_counter() - t
        assert "addColumns(" in completed["matches"], completed
        t = time.perf_counter()
        inspected = shell_reply(kc, kc.inspect(INSPECT, len("Table.cre")))["content"]
        inspect = time.perf_counter() - t
        assert inspected.get("found"), inspected
        return info, first, complete, inspect


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        names = install_variants(data_dir, VARIANTS)
        results = interleaved(names, RUNS, one_start)
        print(f"{java_version()}; runs={RUNS}, variants interleaved, think={THINK} s; medians in ms")
        for name, variant in zip(names, VARIANTS):
            columns = list(zip(*results[name]))
            info, first, complete, inspect = (statistics.median(c) * 1000 for c in columns)
            worst = max(columns[2]) * 1000
            print(f"kernel_info_reply {info:5.0f}   first 1 + 1 {first:5.0f}   first complete {complete:5.0f}"
                  f" (max {worst:5.0f})   first inspect {inspect:5.0f}   install {variant}")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Kernel start-up with the real Jupyter client, several kernelspecs compared in one session.

Installs this build's kernel once per VARIANT (the arguments of `tablebook install` after the name,
such as `--no-class-data` or `--jvm-opt=-XX:TieredStopAtLevel=1`; `-` for none; `@JAR ARGS` installs
from another build's jar, such as an older commit's) into a private Jupyter folder, then starts the variants in turn, RUNS rounds, and prints per variant the medians of
process start -> kernel_info_reply and process start -> first execute_reply of `1 + 1`.

    /usr/bin/python3 src/bench/startup.py 7 --no-class-data -
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 /usr/bin/python3 src/bench/startup.py 7 --no-class-data -
"""
import statistics
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

from kernels import execute, install_variants, interleaved, java_version

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
VARIANTS = sys.argv[2:] or ["--no-class-data", "-"]


def one_start(name):
    km = KernelManager(kernel_name=name)
    start = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.kernel_info()
        kc.get_shell_msg(timeout=120)
        info = time.perf_counter() - start
        reply = execute(kc, "1 + 1")
        first = time.perf_counter() - start
        assert reply["content"]["status"] == "ok", reply["content"]
        return info, first
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        names = install_variants(data_dir, VARIANTS)
        results = interleaved(names, RUNS, one_start)
        print(f"{java_version()}; runs={RUNS}, variants interleaved")
        for name, variant in zip(names, VARIANTS):
            infos, firsts = zip(*results[name])
            print(f"kernel_info_reply {statistics.median(infos) * 1000:5.0f} ms   first 1 + 1 "
                  f"{statistics.median(firsts) * 1000:5.0f} ms   install {variant}")


if __name__ == "__main__":
    main()

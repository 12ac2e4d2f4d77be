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

from kernels import install_variants, interleaved, java_version, started

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
VARIANTS = sys.argv[2:] or ["--no-class-data", "-"]


def one_start(name):
    with started(name) as (_, _, info, first):
        return info, first


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

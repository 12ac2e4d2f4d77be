#!/usr/bin/env python3
"""Medians from a JMH JSON result file (-rf json -rff FILE): the median of the measured iterations of a
single-shot benchmark (JMH itself prints their mean), JMH's p50 of a sampled one, with min and max.
    mvn -B -Pbench test-compile exec:exec -Djmh.args="GridBench -rf json -rff target/grid.json"
    python3 src/bench/jmh_medians.py target/grid.json
"""
import json
import statistics
import sys


def main(path):
    for result in json.load(open(path)):
        name = result["benchmark"].rsplit(".", 2)[-2:]
        params = ",".join(f"{k}={v}" for k, v in result.get("params", {}).items())
        metric = result["primaryMetric"]
        unit = metric["scoreUnit"]
        if result["mode"] == "sample":
            median = metric["scorePercentiles"]["50.0"]
            low, high = metric["scorePercentiles"]["0.0"], metric["scorePercentiles"]["100.0"]
            runs = "p50 of samples"
        else:
            values = [v for fork in metric["rawData"] for v in fork]
            median, low, high = statistics.median(values), min(values), max(values)
            runs = f"median of {len(values)}"
        print(f"{'.'.join(name):45} {params:45} {median:10.3f} {unit:6} ({runs}; min {low:.3f}, max {high:.3f})")


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env bash
# End-to-end timing: runs a command RUNS times (after one unmeasured warm-up run) and prints the
# median, minimum and maximum wall time in milliseconds. The machine is noisy: compare medians.
#   src/bench/time-command.sh 11 java -jar target/tablebook.jar datasets validate
set -euo pipefail
runs="$1"; shift
"$@" >/dev/null 2>&1 || { echo "time-command: the command fails: $*" >&2; exit 1; }
times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs=$runs median_ms=${sorted[$((runs / 2))]} min_ms=${sorted[0]} max_ms=${sorted[$((runs - 1))]}  $*"

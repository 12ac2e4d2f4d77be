#!/usr/bin/env bash
# The execution cache of `verify`, end to end through the launcher: every committed notebook with an
# empty cache (cold), with all of them cached, and with one notebook's code edited (a comment added,
# so its outputs still match). Runs on a copy of notebooks/ and datasets/ in a temporary folder; the
# machine is noisy: compare the medians.
#   src/bench/cache.sh 3
set -euo pipefail
rounds="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/notebooks" "$root/datasets" "$work/"
cd "$work"
declare -A times
measure() { # name command...
  local start end
  start=$(date +%s%N); "${@:2}" >/dev/null 2>&1 || { echo "fails: ${*:2}" >&2; exit 1; }; end=$(date +%s%N)
  times[$1]+="$(( (end - start) / 1000000 )) "
}
notebooks=(notebooks/*.ipynb notebooks/guide/*.ipynb)
"$root/tablebook" verify "${notebooks[@]}" --cache-dir warm >/dev/null 2>&1 # fills the cache the other rows use
for ((i = 0; i < rounds; i++)); do
  measure cold "$root/tablebook" verify "${notebooks[@]}" --cache-dir "cold-$i"
  measure cached "$root/tablebook" verify "${notebooks[@]}" --cache-dir warm
  /usr/bin/python3 - "notebooks/04-fact-check.ipynb" "$i" <<'PY'
import json, sys
path, round_ = sys.argv[1], sys.argv[2]
notebook = json.load(open(path))
cell = next(c for c in notebook["cells"] if c["cell_type"] == "code")
source = "".join(cell["source"]).rstrip("\n")
cell["source"] = source + "\n// edited in round " + round_
json.dump(notebook, open(path, "w"), indent=1)
PY
  measure one_changed "$root/tablebook" verify "${notebooks[@]}" --cache-dir warm
done
for name in cold cached one_changed; do
  sorted=($(printf '%s\n' ${times[$name]} | sort -n))
  echo "$name: median_ms=${sorted[$((rounds / 2))]} all_ms=[${times[$name]% }]"
done

#!/usr/bin/env bash
# The runner against nbconvert through the installed Tablebook kernel, on the same notebooks, in one
# interleaved session (the machine is noisy: compare the medians). Uses the jar in target/ and a
# private Jupyter data folder. `verify` and `run` execute every notebook (--no-cache); `verify_cached`
# is verify with every notebook in the execution cache.
#   src/bench/runner-vs-nbconvert.sh 5 notebooks/*.ipynb
set -euo pipefail
rounds="$1"; shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="$root/target/tablebook.jar"
data="$(mktemp -d)"; out="$(mktemp -d)"
trap 'rm -rf "$data" "$out"' EXIT
export JUPYTER_DATA_DIR="$data" JUPYTER_PATH="$data" JUPYTER_PLATFORM_DIRS=1
"$java" -jar "$jar" install --user >/dev/null
declare -A times
measure() { # name command...
  local start end
  start=$(date +%s%N); "${@:2}" >/dev/null 2>&1 || { echo "fails: ${*:2}" >&2; exit 1; }; end=$(date +%s%N)
  times[$1]+="$(( (end - start) / 1000000 )) "
}
"$java" -jar "$jar" verify "$@" --cache-dir "$out/cache" >/dev/null 2>&1 || true # fills the cache of verify_cached
for ((i = 0; i < rounds; i++)); do
  measure verify "$java" -jar "$jar" verify "$@" --no-cache
  measure verify_cached "$java" -jar "$jar" verify "$@" --cache-dir "$out/cache"
  measure run "$java" -jar "$jar" run "$@" --out "$out/run" --no-cache
  measure nbconvert /usr/bin/python3 -m nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=tablebook \
    --output-dir "$out/nbconvert" "$@"
done
for name in verify verify_cached run nbconvert; do
  sorted=($(printf '%s\n' ${times[$name]} | sort -n))
  echo "$name: median_ms=${sorted[$((rounds / 2))]} all_ms=[${times[$name]% }]"
done

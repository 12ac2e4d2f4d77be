#!/usr/bin/env bash
# Cold start to first cell result: runs FirstResult (src/jmh) on the shaded jar, as the kernel runs,
# in a fresh JVM RUNS times, and prints the median milliseconds from JVM start and from `new Engine`
# to the first result of `1 + 1`.
#   mvn -B -q -Pbench package -DskipTests && src/bench/first-result.sh 9
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-9}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="target/tablebook.jar:target/test-classes"
# shellcheck disable=SC2206 # TABLEBOOK_JAVA_OPTS is a list of options, such as a class-data archive's
opts=(${TABLEBOOK_JAVA_OPTS:-})
from_jvm=(); from_engine=()
for ((i = 0; i < runs; i++)); do
  line=$("$java" ${opts[@]+"${opts[@]}"} -cp "$cp" dev.tablebook.bench.FirstResult 2>&1 >/dev/null | grep first_result_ms)
  from_jvm+=("$(sed -E 's/.*from_jvm_start=([0-9]+).*/\1/' <<<"$line")")
  from_engine+=("$(sed -E 's/.*from_new_engine=([0-9]+).*/\1/' <<<"$line")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "runs=$runs median_ms_from_jvm_start=$(median "${from_jvm[@]}") median_ms_from_new_engine=$(median "${from_engine[@]}") java=$("$java" -version 2>&1 | head -1)"

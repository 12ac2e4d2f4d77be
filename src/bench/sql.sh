#!/usr/bin/env bash
# SQL at scale (issue 17): register / query / group-by against Tablesaw, and an aggregation over a
# Parquet file several times larger than DuckDB's memory limit. Writes a generated Parquet file of
# ROWS rows (default 200 M, about 2 GB) under target/bench/ once and keeps it.
#   mvn -B -q -Pbench test-compile -DskipTests && mvn -B -q package -DskipTests && src/bench/sql.sh [ROWS] [LIMIT]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-200000000}"
limit="${2:-256MB}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="target/tablebook.jar:target/test-classes"
mkdir -p target/bench
echo "== register, query, group-by (10 M rows x 3 columns; median of 5) $("$java" -version 2>&1 | head -1)"
"$java" -Xmx6g -cp "$cp" dev.tablebook.bench.SqlScale scale 10000000 5
file="target/bench/generated-$rows.parquet"
[ -f "$file" ] || "$java" -Xmx1g -cp "$cp" dev.tablebook.bench.SqlScale write-parquet "$file" "$rows"
echo "== aggregation over $file under memory_limit $limit (JVM heap 256 MB)"
"$java" -Xmx256m -cp "$cp" dev.tablebook.bench.SqlScale aggregate "$file" "$limit"

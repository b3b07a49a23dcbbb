#!/bin/sh
# Search benchmark (not a test). Needs `mvn -B -q -DskipTests package` first (target/classes,
# target/launcher-classes, target/lib and the exploded WAR's driver jar).
# Usage: src/bench/search-benchmark.sh [documents=100000] [dataDir=target/bench-db]
# The first run unpacks MariaDB and loads the documents (several minutes); later runs reuse them.
set -eu
cd "$(dirname "$0")/../.."
DOCS="${1:-100000}"
DATA="${2:-target/bench-db}"
CP="target/classes:target/launcher-classes:target/lib/*:target/metryka/WEB-INF/lib/*"
. src/bench/compile-bench.sh
compile_bench "$CP" src/bench/java/pl/metryka/bench/SearchBenchmark.java
exec java -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$CP" pl.metryka.bench.SearchBenchmark "$DATA" "$DOCS" schema

#!/bin/sh
# Offline verifier benchmark (not a test). Needs `mvn -B -q -DskipTests package` first
# (target/classes, target/test-classes for the tests' empty register head, and target/metryka-verifier.jar).
# Usage: src/bench/verify-benchmark.sh [entries=1000000]
# 1. generates a register dump of N entries with the server's own domain classes (hash chain,
#    Merkle leaves, frontier, signed head; plus a trusted head saved at N/2), printing the
#    frontier's append time at growing sizes (O(log n): it stays flat);
# 2. runs `java -jar target/metryka-verifier.jar dump.zip --trusted-head head.json` and prints
#    its report and wall time (target: under 10 s for 1,000,000 entries).
set -eu
cd "$(dirname "$0")/../.."
N="${1:-1000000}"
DUMP="target/bench-register-$N.zip"
TRUSTED="target/bench-register-$N-trusted-head.json"
CP="target/classes:target/test-classes"
. src/bench/compile-bench.sh
compile_bench "$CP" src/bench/java/pl/metryka/bench/RegisterDumpGenerator.java
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average now:$(uptime | sed "s/.*load average://")"
if [ ! -f "$DUMP" ] || [ ! -f "$TRUSTED" ]; then
  echo "Generating $N entries ..."
  java -Xmx512m -cp "target/bench-classes:$CP" pl.metryka.bench.RegisterDumpGenerator "$N" "$DUMP" "$TRUSTED"
fi
echo "Verifying $DUMP with a trusted head saved at size $((N / 2)) ..."
START=$(date +%s%N)
set +e
java ${BENCH_JAVA_OPTS:-} -jar target/metryka-verifier.jar "$DUMP" --trusted-head "$TRUSTED"
CODE=$?
set -e
END=$(date +%s%N)
echo "Verifier exit code $CODE; wall time including JVM start: $(( (END - START) / 1000000 )) ms for $N entries"
exit $CODE

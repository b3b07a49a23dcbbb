# shellcheck shell=sh
# Sourced by the benchmark scripts, from the repository root.
# compile_bench CLASSPATH SOURCE...: compiles benchmark sources into target/bench-classes; quietly
# when they compile, and once more with javac's messages when they do not.
compile_bench() {
  bench_cp=$1
  shift
  mkdir -p target/bench-classes
  javac -nowarn -d target/bench-classes -cp "$bench_cp" "$@" 2>/dev/null \
    || javac -d target/bench-classes -cp "$bench_cp" "$@"
}

#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz/ and runs each for
# SECONDS_PER_TARGET seconds (default 60), starting from the seed corpora in
# tests/data/fuzz/<target>/. Prints the executions per target; exits non-zero when any
# target crashes, leaks, times out or trips a sanitizer (the input is kept in
# build-fuzz/crashes/<target>/ and its name printed).
#
#   tools/run-fuzzers.sh [SECONDS_PER_TARGET]
#
# With FORTEGNELSE_FUZZ_BUILD=DIR it uses a sanitizer build made with clang
# (-DFORTEGNELSE_SANITIZE=ON, as ./dev.sh's CI run makes it), which has the fuzzers too,
# instead of configuring build-fuzz/ of its own.
set -eu

seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FORTEGNELSE_FUZZ_BUILD:-$root/build-fuzz}
cxx=${FUZZ_CXX:-clang++-14}

launcher=""
if command -v ccache >/dev/null 2>&1; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
if [ -z "${FORTEGNELSE_FUZZ_BUILD:-}" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" -DFORTEGNELSE_FUZZ=ON $launcher >/dev/null
fi
ninja -C "$build" -j2 fuzz_json fuzz_ropa fuzz_templates fuzz_tables

status=0
# target:max_len. JSON room for the octopus example (80 KB), a .ropa for its SQLite pages,
# a spreadsheet for an exported example record.
for entry in json:100000 ropa:131072 templates:16384 tables:65536; do
    target=${entry%%:*}
    max_len=${entry#*:}
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    log="$build/fuzz_$target.log"
    rc=0
    "$build/tests/fuzz/fuzz_$target" "$corpus" "$root/tests/data/fuzz/$target" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=4096 \
        -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$rc" -eq 0 ]; then
        echo "fuzz_$target: ${execs:-0} executions, no crash"
    else
        status=1
        echo "fuzz_$target: CRASH after ${execs:-?} executions (exit $rc); log: $log"
        grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$log" | head -n 20 || true
    fi
done
exit $status

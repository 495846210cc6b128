#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan) and runs each for SECONDS
# (default 30). Installs nothing: clang and libclang-rt-14-dev must be there.
#
# Each fuzz_<name> works on a copy of tests/fuzz/corpus/<name>/ under build-fuzz-targets/fuzz-work/
# (new inputs go there, so the repository corpus does not grow) and reads the repository corpus as
# seeds. Any finding (crash, sanitizer report, broken invariant, leak, timeout, out of memory) is
# copied into tests/fuzz/corpus/<name>/, where tst_fuzz_replay replays it in every build, and
# printed; the script then exits 1.
#
#   scripts/fuzz.sh [SECONDS]      JOBS=n sets the build's parallelism and how many targets run at
#                                  once (default 2)
set -euo pipefail
seconds=${1:-30}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

command -v clang++ >/dev/null || { echo "clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
echo "== fuzz: configure, build" >&2
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"${JOBS:-2}"

# Longest input per target: past each parser's own size limit where that is cheap, and above the
# largest seed (libFuzzer cuts seeds to max_len).
declare -A max_len=([session]=32768 [state_string]=20000 [numbers]=4096 [preset]=8192 [lesson]=32768)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# One target's run: its log, stats and findings; returns non-zero when it found anything.
fuzz_target() {
    local name=$1
    local binary=build-fuzz-targets/tests/fuzz/fuzz_$name
    local seeds=tests/fuzz/corpus/$name
    local work=build-fuzz-targets/fuzz-work/$name
    rm -rf "$work/artifacts"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp -n "$seeds"/* "$work/corpus/" 2>/dev/null || true
    local dict=()
    [[ -f tests/fuzz/$name.dict ]] && dict=(-dict="tests/fuzz/$name.dict")
    echo "== fuzz_$name: ${seconds}s" >&2
    local status=0
    "$binary" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len="${max_len[$name]}" \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "${dict[@]}" \
        "$work/corpus" "$seeds" >"$work/log" 2>&1 || status=$?
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$work/log" | sed "s/^/fuzz_$name /" >&2 || true
    local findings=("$work"/artifacts/*)
    if [[ $status -ne 0 || -e ${findings[0]} ]]; then
        echo "!! fuzz_$name failed (exit $status); log: $work/log" >&2
        grep -E -m20 'ERROR|runtime error|invariant violated|SUMMARY' "$work/log" >&2 || tail -n 30 "$work/log" >&2
        local input kept
        for input in "${findings[@]}"; do
            [[ -e $input ]] || continue
            kept=$seeds/$(basename "$input")
            cp "$input" "$kept"
            echo "!! kept $kept ($(stat -c %s "$kept") bytes; replay: $binary $kept); base64:" >&2
            base64 -w 0 "$kept" >&2
            echo >&2
            od -A x -t x1z -v "$kept" | head -n 16 >&2
        done
        return 1
    fi
}

# JOBS targets at a time (one core each), each for its full SECONDS.
failed=0
running=()
for name in session state_string numbers preset lesson; do
    if [[ ${#running[@]} -ge ${JOBS:-2} ]]; then
        wait "${running[0]}" || failed=1
        running=("${running[@]:1}")
    fi
    fuzz_target "$name" &
    running+=($!)
done
for pid in "${running[@]}"; do
    wait "$pid" || failed=1
done
exit "$failed"

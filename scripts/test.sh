#!/usr/bin/env bash
# Installs what is missing, then runs every test: in the release build (what users run) and under
# AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (warnings are errors, any report
# fails); the parsers' libFuzzer targets for 30 s each; and the Debian package built from the
# release build, installed, run and removed. Ends with the time each part took.
set -euo pipefail
cd "$(dirname "$0")/.."
times=()
part() { # part NAME COMMAND...: runs it and notes its wall time
    local name=$1 start=$SECONDS
    shift
    echo "== $name" >&2
    "$@"
    times+=("$name $((SECONDS - start)) s")
}
build_and_test() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" -j"$jobs"
    ctest --preset "$1" -j"$jobs"
}
jobs=$(nproc)
part "install" scripts/install-deps.sh --test
part "release: build, test" build_and_test release
part "asan: build, test" build_and_test asan
part "fuzz: every parser for 30 s" env JOBS="$jobs" scripts/fuzz.sh 30
part "package: build, install, run, remove" bash tests/package/test-package.sh
printf 'test.sh: all passed in %d s (' "$SECONDS"
(IFS=';'; printf '%s' "${times[*]}" | sed 's/;/; /g')
printf ')\n'

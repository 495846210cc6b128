#!/usr/bin/env bash
# Installs what is missing, then runs every test: in the release build (what users run) and under
# AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (warnings are errors, any report
# fails); the parsers' libFuzzer targets for 30 s each; and the Debian package built from the
# release build, installed, run and removed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
jobs=$(nproc)
for preset in release asan; do
    echo "== $preset: configure, build, test" >&2
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j"$jobs"
    ctest --preset "$preset" -j"$jobs"
done
echo "== fuzz: every parser for 30 s" >&2
JOBS=$jobs scripts/fuzz.sh 30
echo "== package: build, install, run, remove" >&2
bash tests/package/test-package.sh

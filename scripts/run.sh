#!/usr/bin/env bash
# Installs what is missing, builds the optimised app and opens the lesson window.
# Arguments are passed to the app, e.g. scripts/run.sh compute --p 0.3 --q 0.6
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec build-release/app/entropylab "$@"

#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with CTest.
# SANITIZE=1 builds into build-asan with AddressSanitizer + UndefinedBehaviorSanitizer instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [ "${SANITIZE:-0}" = 1 ]; then
  export BUILD_DIR="${BUILD_DIR:-build-asan}"
  export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:${ASAN_OPTIONS:-}"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
  bash scripts/build.sh -DCMAKE_BUILD_TYPE=Debug -DRA_SANITIZE=ON
else
  export BUILD_DIR="${BUILD_DIR:-build}"
  bash scripts/build.sh -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900

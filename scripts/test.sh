#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with CTest (docs/testing.md).
#   SANITIZE=1 (or address)  builds into build-asan with AddressSanitizer + UndefinedBehaviorSanitizer.
#   SANITIZE=thread          builds into build-tsan with ThreadSanitizer; tests/tsan.supp silences
#                            races that lie wholly inside Qt and the system libraries.
#   TESTS='regex'            runs only the tests whose names match (ctest -R), e.g.
#                            TESTS='tst_reviewdesk|tst_claimdocument'.
#   BUILD_LOCK=/path         takes `flock` on that file for configure + build (shared machines).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
bash scripts/install-deps.sh

build() {
  if [ -n "${BUILD_LOCK:-}" ]; then
    flock "$BUILD_LOCK" bash scripts/build.sh "$@"
  else
    bash scripts/build.sh "$@"
  fi
}

case "${SANITIZE:-0}" in
  0 | "" | off | OFF)
    export BUILD_DIR="${BUILD_DIR:-build}"
    build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    ;;
  1 | on | ON | address | asan)
    export BUILD_DIR="${BUILD_DIR:-build-asan}"
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:${ASAN_OPTIONS:-}"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
    build -DCMAKE_BUILD_TYPE=Debug -DRA_SANITIZE=ON
    ;;
  thread | tsan)
    export BUILD_DIR="${BUILD_DIR:-build-tsan}"
    # Qt is not built with TSan: ignore_noninstrumented_modules leaves out memory that Qt, glib and
    # the C++ runtime touch through intercepted calls, keeping their pthread synchronisation
    # (docs/testing.md). Every report of a test is printed and fails it (exit code 66).
    # die_after_fork=0: QProcess starts children with a vfork-style clone that this TSan runtime
    # takes for a fork of a multi-threaded process; without it the next thread start kills the test.
    # Options given by the caller come last and win (e.g. TSAN_OPTIONS=halt_on_error=1).
    export TSAN_OPTIONS="suppressions=$ROOT/tests/tsan.supp:ignore_noninstrumented_modules=1:die_after_fork=0:halt_on_error=0:second_deadlock_stack=1:history_size=4:${TSAN_OPTIONS:-}"
    build -DCMAKE_BUILD_TYPE=Debug -DRA_SANITIZE=thread
    ;;
  *)
    echo "SANITIZE=${SANITIZE}: use 1 (or address) or thread" >&2
    exit 2
    ;;
esac
export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
ctest_args=(--output-on-failure --parallel "$(nproc)" --timeout 900)
[ -n "${TESTS:-}" ] && ctest_args+=(-R "$TESTS")
ctest "${ctest_args[@]}"

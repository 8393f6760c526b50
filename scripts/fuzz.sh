#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ and runs each for a bounded time
# (docs/security.md, "Fuzzing"). Exits 1 when a target found a crash, a sanitizer report, a leak
# or a hang (its input is kept as <corpus>/findings/<target>-crash-*, -leak-*, -timeout-*).
#   FUZZ_SECONDS=60        seconds per target
#   FUZZ_TARGETS="ofd_package_fuzzer pdf_invoice_fuzzer vendor_mapper_fuzzer"
#   FUZZ_BUILD_DIR=build-fuzz
#   FUZZ_CORPUS_DIR=/tmp/reimburse-fuzz   corpora and findings, outside the repository (the real
#                                          fixtures used as seeds have licences of their own)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
TARGETS="${FUZZ_TARGETS:-ofd_package_fuzzer pdf_invoice_fuzzer vendor_mapper_fuzzer}"
BUILD="${FUZZ_BUILD_DIR:-build-fuzz}"
CORPUS="${FUZZ_CORPUS_DIR:-/tmp/reimburse-fuzz}"
FIXTURES="$ROOT/../shared/fixtures/real"

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang)" >&2; exit 2; }
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# shellcheck disable=SC2086
nice cmake --build "$BUILD" --target $TARGETS

mkdir -p "$CORPUS/findings"
seed() { # target, then files to copy into its corpus (missing ones are skipped)
  local dir="$CORPUS/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$dir/" || true; done
}
shopt -s nullglob globstar
seed ofd_package_fuzzer "$FIXTURES"/**/*.ofd
seed pdf_invoice_fuzzer "$FIXTURES"/**/*.pdf
seed vendor_mapper_fuzzer tests/data/{deepfinch,ekuaibao,qiniu,tencent}/*.json
# A text layer the extractor recognises, for the structured half of pdf_invoice_fuzzer: no runs
# (byte 0), then the labels and values of an invoice.
printf '\000电子发票（普通发票）\n发票号码：24112000000012345678\n开票日期：2024年11月20日\n合计 ¥100.00 ¥6.00\n价税合计（大写） 壹佰零陆圆整 （小写）¥106.00\n' \
  > "$CORPUS/pdf_invoice_fuzzer/text-layer-seed"

status=0
for t in $TARGETS; do
  bin="$BUILD/tests/fuzz/$t"
  echo "== $t: ${SECONDS_EACH} s"
  # -timeout: one input that runs this long is a hang (pdfium on a cyclic page tree is one).
  if ! LSAN_OPTIONS="suppressions=$ROOT/tests/fuzz/lsan.supp" QT_QPA_PLATFORM=offscreen \
      "$bin" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=3072 -max_len=200000 \
      -artifact_prefix="$CORPUS/findings/$t-" -print_final_stats=1 "$CORPUS/$t" 2>"$CORPUS/$t.log"; then
    status=1
    echo "   FOUND something: $(ls "$CORPUS/findings" | grep "^$t-" | tr '\n' ' ')"
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE' "$CORPUS/$t.log" | sed 's/^/   /' || true
done
exit "$status"

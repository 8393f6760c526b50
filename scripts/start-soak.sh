#!/usr/bin/env bash
# Starts the desk N times (default 20) under Xvfb with files on the command line and no session
# bus (so no keychain), each in a fresh home, and checks it is still running after a few
# seconds, and that the claim it left holds every file given: the start-up crash of issue #10
# happened ~0.2 s after the window appeared, and a batch once froze at "14 of 15".
#   bash scripts/start-soak.sh [N] [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
N="${1:-20}"
shift || true
FILES=("$@")
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [ ${#FILES[@]} -eq 0 ]; then
  QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/samples/reimburse-samples" "$WORK/samples" >/dev/null 2>&1
  mapfile -t FILES < <(find "$WORK/samples" -type f ! -name manifest.json | sort)
fi
up=0
for i in $(seq 1 "$N"); do
  home="$WORK/home-$i"
  mkdir -p "$home"
  if HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
     DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
       "$0" "$@" >"'"$home"'/out.log" 2>&1 &
       pid=$!
       sleep "${SOAK_SECONDS:-4}"
       if kill -0 $pid 2>/dev/null; then kill $pid; wait $pid 2>/dev/null; exit 0; fi
       wait $pid; echo "exited with $?" >&2; exit 1' "$BUILD_DIR/app/reimburse" "${FILES[@]}"; then
    # Every file given is in the claim the window left behind (recognised or with its state).
    claim=$(find "$home/data" -name 'untitled-*.claim' | head -1)
    docs=$("$BUILD_DIR/app/reimburse-cli" export "$claim" --format json --out "$home/claim.json" >/dev/null 2>&1 \
           && grep -o '"state": *"[a-z]*"' "$home/claim.json" | wc -l || echo 0)
    if [ "$docs" -eq "${#FILES[@]}" ]; then
      up=$((up + 1))
    else
      echo "start $i: the claim holds $docs of ${#FILES[@]} files" >&2
    fi
  else
    echo "start $i: not running after ${SOAK_SECONDS:-4} s; log:" >&2
    tail -20 "$home/out.log" >&2 || true
  fi
done
echo "$up of $N starts stayed up"
[ "$up" -eq "$N" ]

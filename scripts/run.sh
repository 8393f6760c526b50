#!/usr/bin/env bash
# Installs what is missing, builds, writes the bundled sample invoices, and opens the desktop
# app on them. Without a display it says so and runs `reimburse-cli recognize` on them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export BUILD_DIR="${BUILD_DIR:-build}"
bash scripts/build.sh -DCMAKE_BUILD_TYPE=RelWithDebInfo
SAMPLES="$BUILD_DIR/samples"
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/samples/reimburse-samples" "$SAMPLES" >/dev/null
mapfile -t FILES < <(find "$SAMPLES" -type f ! -name manifest.json | sort)
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/app/reimburse" "${FILES[@]}"
fi
echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set): running reimburse-cli on the samples instead." >&2
echo "To see the desktop app without a screen: xvfb-run -a bash scripts/run.sh" >&2
exec "$BUILD_DIR/app/reimburse-cli" recognize --format table "${FILES[@]}"

#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ from the real window under Xvfb: builds, writes the
# bundled samples, and runs tests/screenshots/deskshots (which puts the desk in each state and
# grabs the screen) at 1280×800 and 1920×1080, in English and Chinese. No keychain is reached (a
# session bus that does not exist), so nothing asks for a password. Then checks that the QR code
# of the PDF invoice decodes from the screenshots with zbarimg (a quick test that the page shown
# is really readable) and prints what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
command -v convert >/dev/null && convert -version >/dev/null 2>&1 \
  || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends imagemagick >&2; }
export BUILD_DIR="${BUILD_DIR:-build}"
bash scripts/build.sh >/dev/null
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/samples/reimburse-samples" "$WORK/samples" >/dev/null 2>&1
mkdir -p docs/screenshots
for size in 1280x800 1920x1080; do
  for lang in en zh_CN; do
    HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
      xvfb-run -a -s "-screen 0 ${size}x24" "$BUILD_DIR/tests/screenshots/deskshots" docs/screenshots "$lang" \
      "$WORK/samples" 2>/dev/null
  done
done
# The README's pictures.
cp docs/screenshots/desk-pdf-1920x1080-en.png docs/screenshots/review-desk.png
cp docs/screenshots/desk-pdf-1920x1080-zh.png docs/screenshots/review-desk-zh.png
for f in docs/screenshots/desk-pdf-*.png; do
  if zbarimg -q "$f" >/dev/null 2>&1; then echo "$f: QR code decodes"; else echo "$f: QR code does not decode"; fi
done

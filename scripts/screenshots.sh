#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ from the real window: builds, writes the bundled
# samples, opens `reimburse` on them under Xvfb (English, then Chinese) and grabs the screen
# with ImageMagick's `import`. No keychain is reached (a session bus that does not exist), so
# nothing asks for a password.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
command -v import >/dev/null || { apt-get install -y -qq --no-install-recommends imagemagick >&2; }
export BUILD_DIR="${BUILD_DIR:-build}"
bash scripts/build.sh >/dev/null
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/samples/reimburse-samples" "$WORK/samples" >/dev/null
mkdir -p docs/screenshots
shoot() { # language output-name
  local lang="$1" out="$2"
  mkdir -p "$WORK/$lang/config/reimburse"
  printf '[ui]\nlanguage=%s\n' "$lang" > "$WORK/$lang/config/reimburse/reimburse.conf"
  DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent XDG_CONFIG_HOME="$WORK/$lang/config" \
  XDG_DATA_HOME="$WORK/$lang/data" xvfb-run -a -s "-screen 0 1500x900x24" bash -c "
    '$BUILD_DIR/app/reimburse' '$WORK'/samples/*.pdf '$WORK'/samples/*.ofd '$WORK'/samples/*.jpg &
    sleep \${SHOT_DELAY:-20}; import -window root '$WORK/$out.png'; kill %1" >/dev/null 2>&1
  convert "$WORK/$out.png" -crop 1400x860+0+0 +repage "docs/screenshots/$out.png"
  echo "docs/screenshots/$out.png"
}
shoot en review-desk
shoot zh_CN review-desk-zh

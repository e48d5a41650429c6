#!/usr/bin/env bash
# Build the HTML codebook into a temporary folder and, if chromium is on PATH, take a headless
# screenshot of it, to check how the page reads.
#
#   scripts/screenshot_codebook.sh [OUT.png] [WIDTHxHEIGHT] [#anchor]
#
# Defaults: /tmp/codebook.png, 1280x2000, top of the page. The screenshot is for looking at, not
# for committing. Chromium runs without network access to anything but the local file.
set -euo pipefail

out_png="${1:-/tmp/codebook.png}"
size="${2:-1280x2000}"
anchor="${3:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
[ -x "$python" ] || python=python3

build="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$build" "$profile"' EXIT

(cd "$root" && "$python" -m pipeline.cli codebook --out "$build")
page="$build/codebook.html"
cp "$page" "${out_png%.png}.html"      # keep the page next to the screenshot for a closer look
echo "HTML: ${out_png%.png}.html"

if ! command -v chromium >/dev/null 2>&1; then
    echo "chromium is not on PATH: no screenshot (Debian: apt-get install chromium)" >&2
    exit 0
fi

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$out_png" --window-size="${size/x/,}" "file://$page$anchor" 2>/dev/null
echo "screenshot: $out_png"

#!/usr/bin/env bash
# Build the HTML codebook into a temporary folder and, if chromium is on PATH, take a headless
# screenshot of it, to check how the page reads.
#
#   scripts/screenshot_codebook.sh [OUT.png] [WIDTHxHEIGHT]
#
# Defaults: /tmp/codebook.png, 1280x2000 (the top of the page; a taller size reaches further down,
# headless screenshots of a URL#fragment come out blank); the page itself is copied next to
# the PNG. Both are for looking at, not for committing. The page is self-contained, so chromium
# loads nothing but the local file (background networking, sync and updates are switched off).
set -euo pipefail

out_png="${1:-/tmp/codebook.png}"
size="${2:-1280x2000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
[ -x "$python" ] || python=python3

build="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$build" "$profile"' EXIT

(cd "$root" && "$python" -m pipeline.cli codebook --out "$build")
page="$build/codebook.html"
mkdir -p "$(dirname "$out_png")"
cp "$page" "${out_png%.png}.html"      # keep the page next to the screenshot for a closer look
echo "HTML: ${out_png%.png}.html"

if ! command -v chromium >/dev/null 2>&1; then
    echo "chromium is not on PATH: no screenshot (Debian: apt-get install chromium)" >&2
    exit 0
fi

# a fresh profile each time; timeout: a headless browser that hangs must not hang the script
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$out_png" --window-size="${size/x/,}" "file://$page" 2>/dev/null
echo "screenshot: $out_png"

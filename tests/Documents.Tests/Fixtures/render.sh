#!/usr/bin/env bash
# Renders the HTML resumes in this folder to the PDFs the tests read. The PDFs are committed, so neither the
# tests nor CI need Chromium; run this only after editing an HTML file (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "render.sh: chromium is required (apt-get install chromium)" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for html in *.html; do
  pdf="${html%.html}.pdf"
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$PWD/$pdf" "file://$PWD/$html" 2>/dev/null
  echo "$pdf: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') page(s)"
done

#!/usr/bin/env bash
# Rebuild the report screenshots in docs/ from the bundled corpus (needs headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
docanalysis analyze --out "$out" >/dev/null
for part in overzicht:overview continuiteit:continuity dekking:coverage; do
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --user-data-dir="$out/profile" --hide-scrollbars --window-size=1280,1300 \
    --screenshot="docs/report-${part#*:}.png" "file://$out/report.html?section=${part%%:*}" 2>/dev/null
done
echo "screenshots written to docs/ from $out/report.html"

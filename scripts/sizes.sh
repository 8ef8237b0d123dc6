#!/usr/bin/env bash
# Prints the transfer sizes of the built wasm and JS (raw, gzip -9, brotli -q 11).
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%-10s %10s %10s %10s\n' file raw gzip brotli
for file in dist/*.wasm dist/*.js; do
  kind="${file##*.}"
  [ "$(basename "$file")" = sw.js ] && kind=sw.js
  raw=$(wc -c < "$file")
  gz=$(gzip -9c "$file" | wc -c)
  br=$(if command -v brotli >/dev/null; then brotli -c -q 11 "$file" | wc -c; else echo n/a; fi)
  printf '%-10s %10s %10s %10s\n' "$kind" "$raw" "$gz" "$br"
done

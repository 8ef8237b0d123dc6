#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 20 s each) on the stable
# toolchain (RUSTC_BOOTSTRAP lets cargo-fuzz pass its -Z flags). New inputs go
# to a temporary corpus; the committed seeds in fuzz/corpus stay as they are.
#   scripts/fuzz.sh [seconds-per-target]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
if [ "$(cargo fuzz --version 2>/dev/null | cut -d' ' -f2)" != "0.13.2" ]; then
  echo "==> cargo install cargo-fuzz 0.13.2 (about 1 minute)"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/tiendo-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="$HOME/.cache/tiendo/fuzz-target"
for target in exchange_read plan_read store_decode url_query; do
  echo "==> fuzz $target for ${seconds} s"
  mkdir -p "$work/$target"
  if ! cargo fuzz run "$target" --fuzz-dir fuzz "$work/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -artifact_prefix="$work/" > "$work/$target.log" 2>&1; then
    tail -40 "$work/$target.log"
    echo "fuzz target $target failed: see the input above" >&2
    exit 1
  fi
  grep -E "^Done" "$work/$target.log"
done

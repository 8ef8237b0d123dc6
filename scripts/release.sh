#!/usr/bin/env bash
# Builds the release dist/ (`trunk build --release`) with the standard library
# compiled for it, so that a panic is one trap instead of a formatted message:
# 20 KB less wasm (brotli) for every user. Sourced environment: scripts/env.sh.
#
#   scripts/release.sh            # what the tests, the benchmark and serve.sh use
#   TIENDO_PLAIN_STD=1 scripts/release.sh   # the same build on the shipped std
#
# How: the stable toolchain's rust-src (scripts/setup.sh adds it) is built
# with `-Zbuild-std`, and `-Cpanic=immediate-abort` drops every panic's
# message, location and formatting. Both are unstable options, allowed on
# the stable compiler by RUSTC_BOOTSTRAP=1 for this build only (the tests,
# clippy and `trunk serve` use none of it, and keep panic messages). A panic
# in the release then reaches the page as a WebAssembly.RuntimeError, which
# index.html turns into the same crash notice the panic hook writes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ -z "${TIENDO_PLAIN_STD:-}" ]; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # RUSTFLAGS replaces .cargo/config.toml's rustflags: its flag is repeated.
  export RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
fi
exec trunk build --release "$@"

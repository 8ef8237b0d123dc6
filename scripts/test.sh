#!/usr/bin/env bash
# Installs what the tests need and runs all of them: formatting, clippy (host
# and wasm32), native tests, browser tests of the glue (wasm-bindgen-test in
# headless Chromium and Firefox), the release build, and end-to-end tests
# (Playwright in Chromium; geckodriver in Firefox).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
scripts/setup.sh test
source scripts/env.sh

# Each ChromeDriver-run Chrome leaves ~49 MB in $TMPDIR: give the run its own.
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/tiendo-test.XXXXXX")
trap 'rm -rf "$run_tmp"' EXIT

# Each step says when it starts, so a slow step shows in the log.
step() { printf '\n==> %s (at %d s)\n' "$*" $(( $(date +%s) - started )); }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host)"
cargo clippy --all-targets --locked -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

# With the schema feature, one build of the tests also checks that the
# published JSON Schemas are up to date (tests/native/schema.rs); clippy above
# checks the code without it.
step "native tests, and the published JSON Schemas up to date"
cargo test --locked --features schema

# The runner picks the browser from the driver it is given (VAR=path).
glue_tests() {
  env TMPDIR="$run_tmp" "$1" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --locked --target wasm32-unknown-unknown --test browser
}
step "browser tests of the glue (wasm-bindgen-test, headless Chromium)"
glue_tests CHROMEDRIVER=/usr/bin/chromedriver
step "browser tests of the glue (wasm-bindgen-test, headless Firefox ESR)"
glue_tests GECKODRIVER="$(command -v geckodriver)"

step "fuzz every decoder of outside bytes (15 s each)"
scripts/fuzz.sh 15

step "release build"
scripts/release.sh
scripts/sizes.sh

step "end-to-end tests (Playwright, Debian Chromium, dist/)"
TMPDIR="$run_tmp" E2E_OUTPUT="$run_tmp/e2e" npx playwright test --config tests/e2e/playwright.config.ts

step "end-to-end tests in Firefox ESR (geckodriver, dist/)"
TMPDIR="$run_tmp" TZ=Asia/Ho_Chi_Minh node --test tests/firefox/

echo
echo "All checks passed in $(( $(date +%s) - started )) s."

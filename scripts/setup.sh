#!/usr/bin/env bash
# Installs what Tiến Độ needs, idempotently: a tool already at the pinned
# version is skipped, so a warm run takes a few seconds.
#   scripts/setup.sh build   # what `trunk build` needs
#   scripts/setup.sh test    # also Chromium, ChromeDriver, Playwright, Firefox ESR, geckodriver,
#                            # nginx and Apache
# Versions and the reasons for each pin: docs/development.md "Toolchain".
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-test}"

TRUNK_VERSION=0.22.1
# scripts/serve.sh's static server, and a host the deploy tests load.
SWS_VERSION=2.44.1
GECKODRIVER_VERSION=0.37.1
# wasm-bindgen-cli must equal the wasm-bindgen that Cargo.lock resolved.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup: adding wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
# rust-src: scripts/release.sh builds the standard library for the release wasm.
for component in clippy rustfmt rust-src; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # --locked fails on this registry mirror (its lock wants a missing webpki-roots).
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (about 8-10 minutes)"
  # trunk 0.22 declares rustc >= 1.96.1 but builds and works on 1.95.
  cargo install trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version
fi

if [ "$(static-web-server --version 2>/dev/null | awk '/^Version:/ {print $2}')" != "$SWS_VERSION" ]; then
  step "cargo install static-web-server $SWS_VERSION (about 3 minutes)"
  # Only what serving dist/ needs: precompressed files are sent as they are.
  cargo install static-web-server --version "$SWS_VERSION" --locked \
    --no-default-features --features compression-brotli,compression-gzip
fi

# npm packages: binaryen (wasm-opt 132), @playwright/test and axe-core, exactly as locked.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.tiendo-lock 2>/dev/null)" != "$lock_hash" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.tiendo-lock
fi

if [ "$mode" = test ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v brotli >/dev/null || missing+=(brotli)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  # The hosts docs/deploy.md configures, loaded by tests/e2e/deploy.spec.ts.
  [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  [ -x /usr/sbin/apache2 ] || missing+=(apache2)
  if [ ${#missing[@]} -gt 0 ]; then
    step "apt-get install ${missing[*]} (about 1 minute)"
    # nginx and Apache ship services: the install starts none (Debian's
    # policy-rc.d convention, for this install only); the tests run them on
    # their own ports.
    quiet_services=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
      as_root chmod +x /usr/sbin/policy-rc.d
      quiet_services=1
    fi
    installed=0
    as_root apt-get update -qq \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" \
      && installed=1
    if [ "$quiet_services" = 1 ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
    [ "$installed" = 1 ] || { echo "setup.sh: apt-get install failed" >&2; exit 1; }
  fi
  # geckodriver drives Firefox for the glue tests and tests/firefox/; Mozilla
  # publishes it on crates.io (GitHub, its other home, is out of reach here).
  if [ "$(geckodriver --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    step "cargo install geckodriver $GECKODRIVER_VERSION (about 2 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi

# Trunk builds offline (Trunk.toml), so every crate must be here first,
# the standard library's own for scripts/release.sh too.
cargo fetch --locked --quiet
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown

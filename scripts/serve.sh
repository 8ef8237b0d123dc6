#!/usr/bin/env bash
# Installs what is missing, builds the release dist/ and serves it on
# http://127.0.0.1:8080 with static-web-server, configured as
# docs/deploy.md tells a host to be: the precompressed .br/.gz files, the
# wasm's type, caching and security headers (any static host works).
#   scripts/serve.sh         # release build, static server
#   scripts/serve.sh --dev   # trunk serve: debug build, rebuilds on change
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
source scripts/env.sh
port="${PORT:-8080}"
if [ "${1:-}" = "--dev" ]; then
  exec trunk serve --port "$port"
fi
scripts/release.sh
echo "Tiến Độ: http://127.0.0.1:$port/  (Ctrl+C to stop)"
exec static-web-server --config-file docs/deploy/static-web-server.toml \
  --host 127.0.0.1 --port "$port" --root dist

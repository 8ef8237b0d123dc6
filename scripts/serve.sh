#!/usr/bin/env bash
# Installs what is missing, builds the release dist/ and serves it on
# http://127.0.0.1:8080 (any static host works the same way).
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
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist

#!/usr/bin/env bash
# Installs what is missing, builds a release and serves it on http://127.0.0.1:${PORT:-8080}.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh serve
trunk build --release
PORT="${PORT:-8080}"
echo
echo "Bijstandsverkenner: http://127.0.0.1:$PORT  (Ctrl+C stopt)"
exec python3 -m http.server --bind 127.0.0.1 --directory dist "$PORT"

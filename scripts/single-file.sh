#!/usr/bin/env bash
# Installs what is missing, builds a release and writes ONE self-contained HTML file
# (wasm, JS, CSS, plotly.js and the default data inlined) to dist-single/bijstandsverkenner.html.
# Open it from a USB stick with a double-click: it needs no server and no network.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh serve
trunk build --release
node scripts/single-file.mjs dist dist-single/bijstandsverkenner.html

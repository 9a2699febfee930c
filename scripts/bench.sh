#!/usr/bin/env bash
# Benchmark (not a test): the loader against PapaParse, DuckDB-wasm and Perspective in headless
# Chromium. Installs what is missing (scripts/setup.sh: tools, and `npm ci`, which brings the
# devDependencies papaparse and @finos/perspective; then @duckdb/duckdb-wasm, which is not a
# devDependency: 34 MB of wasm per bundle, 130 MB unpacked, that CI's install need not fetch),
# builds a release with the benchmark hooks (`--features bench`: `__bvBenchLoad`,
# `__bvBenchRefilter`), then runs bench/run.mjs (arguments are passed on: --rows N, --runs N,
# --files …, --peers …). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
if [ ! -f node_modules/@duckdb/duckdb-wasm/package.json ]; then
  npm install --no-save --no-audit --no-fund @duckdb/duckdb-wasm@1.32.0
fi
trunk build --release --features bench
node bench/run.mjs "$@"

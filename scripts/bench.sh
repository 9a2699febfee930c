#!/usr/bin/env bash
# Benchmark (not a test): the loader against PapaParse and Perspective in headless Chromium.
# Installs what is missing (scripts/setup.sh: tools, and `npm ci`, which brings the
# devDependencies papaparse and @finos/perspective), builds a release with the benchmark
# hooks (`--features bench`: `__bvBenchLoad`, `__bvBenchRefilter`), then runs
# bench/run.mjs (arguments are passed on: --rows N, --runs N). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
trunk build --release --features bench
node bench/run.mjs "$@"

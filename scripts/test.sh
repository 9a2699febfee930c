#!/usr/bin/env bash
# Installs what is missing, then runs every check and test:
# format, clippy (host and wasm32), native tests, wasm tests in headless Chromium,
# a release build within its size budget, and end-to-end tests against dist/ in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

declare -a TIMES=()
step() {
  local name=$1; shift
  printf '\n==> %s\n' "$name"
  local t0=$SECONDS rc=0
  "$@" || rc=$?
  TIMES+=("$(printf '%-28s %4ss' "$name" $((SECONDS - t0)))")
  if [ $rc -ne 0 ]; then
    printf '\nFAILED: %s (exit %s)\n' "$name" "$rc"
    exit $rc
  fi
}

step "setup" scripts/setup.sh test
step "setup as a non-root user" scripts/check-setup.sh
step "cargo fmt --check" cargo fmt --all -- --check
step "clippy (native)" cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown -p bijstandsverkenner -p bijstand-worker --lib --bins --tests --locked -- -D warnings
# The benchmark hooks (src/loader/bench.rs) are only built with this feature: check them too.
step "clippy (wasm32, bench hooks)" cargo clippy --target wasm32-unknown-unknown -p bijstandsverkenner --lib --features bench --locked -- -D warnings
step "native tests" cargo test --workspace --locked
step "wasm tests (Chromium)" cargo test --target wasm32-unknown-unknown -p bijstandsverkenner --test browser --locked
step "trunk build --release" env PRERENDER=required trunk build --release
# Fails when the app wasm, the worker wasm or dist/ grew past scripts/size-budget.txt.
step "size budget (gzip -9)" scripts/size-budget.sh
# A debug build with the test-only failure hooks, for e2e/crash.test.mjs only.
step "trunk build (test hooks)" trunk build --features test-hooks --dist dist-hooks
step "single-file build" node scripts/single-file.mjs dist dist-single/bijstandsverkenner.html
# Two test files at a time (each its own browser and server): the machine's two cores are
# kept busy while a test waits on the page. The worker test measures frame gaps while
# loading, so it runs alone afterwards.
step "end-to-end (Chromium)" node --test --test-concurrency=2 --test-reporter=spec $(ls e2e/*.test.mjs | grep -v '/worker\.test\.mjs$')
step "end-to-end, timed (Chromium)" node --test --test-reporter=spec e2e/worker.test.mjs

printf '\n==> timings\n'
printf '  %s\n' "${TIMES[@]}"
for f in dist/*.wasm dist/*.js dist-single/*.html; do
  printf '  %-60s %9s bytes raw %9s gzip\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done

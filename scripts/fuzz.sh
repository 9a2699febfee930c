#!/usr/bin/env bash
# Runs one fuzz target with cargo-fuzz (libFuzzer) for SECONDS, then minimises its corpus:
#
#   scripts/fuzz.sh TARGET [SECONDS] [JOBS]    TARGET: load preview stream xlsx json link refdata
#
# FUZZ_RUNS=N stops a single job after N executions (before SECONDS if it gets there).
#
# The harnesses are bijstand_core::fuzzing (the same functions the stable regression test
# core/tests/fuzz_regressions.rs runs over fuzz/corpus/ and fuzz/regressions/). The
# machine's toolchain is stable and no other can be fetched here, so cargo-fuzz's
# unstable compiler flags are enabled with RUSTC_BOOTSTRAP=1, for this script only; the
# sanitizer is off (the code is safe Rust: what we look for is panics, overflows in debug
# assertions, timeouts and memory blow-ups). The normal build and CI stay on stable.
#
# A crash is written to fuzz/artifacts/TARGET/; copy it to fuzz/regressions/TARGET/ with
# the fix, and the regression test runs it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS] [JOBS]}
secs=${2:-60}
jobs=${3:-1}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-$HOME/.cache/bijstandsverkenner/fuzz-target}
export RUSTC_BOOTSTRAP=1

corpus=fuzz/corpus/$target
mkdir -p "$corpus" "fuzz/artifacts/$target"
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
# Seeds: the test fixtures, with the settings prefix the harness expects (six zero bytes:
# a .csv name and every setting detected).
prefixed() { for f in "$@"; do { printf '\0\0\0\0\0\0'; cat "$f"; } >"$seeds/$(basename "$f")"; done; }
case "$target" in
  load | preview | stream) prefixed core/tests/fixtures/*.csv data/kerncijfers_enschede.csv ;;
  xlsx) cp core/tests/fixtures/*.xlsx "$seeds/" ;;
  json) cp e2e/fixtures/*.json "$seeds/" 2>/dev/null || true; printf '[{"uitkering_id":"1","startdatum":"2024-01-01"}]' >"$seeds/min.json" ;;
  link) printf 'v1' >"$seeds/v1" ;;
  refdata) for f in core/tests/fixtures/cbs/*.csv core/tests/fixtures/refdata/*.csv; do { printf '\1'; cat "$f"; } >"$seeds/$(basename "$f")"; done ;;
  *) echo "fuzz: unknown target $target" >&2; exit 2 ;;
esac

# Several jobs write their logs to fuzz-N.log; one job prints here.
parallel=""
if [ -n "${FUZZ_RUNS:-}" ]; then parallel="-runs=$FUZZ_RUNS"; fi
if [ "$jobs" -gt 1 ]; then parallel="$parallel -jobs=$jobs -workers=$jobs"; fi
cargo fuzz run --fuzz-dir fuzz --sanitizer none --release "$target" "$corpus" "$seeds" -- \
  -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
  -print_final_stats=1 $parallel 2>&1 | tee "fuzz/artifacts/$target/last-run.log" | grep -E "^#[0-9]+.*(DONE|INITED)|stat::|ERROR|panicked|SUMMARY|Done" || true
# Keep the corpus small: only inputs that add coverage.
cargo fuzz cmin --fuzz-dir fuzz --sanitizer none --release "$target" "$corpus" -- -rss_limit_mb=2048 >/dev/null 2>&1 || true
printf 'fuzz: %s corpus %s files, %s\n' "$target" "$(ls "$corpus" | wc -l)" "$(du -sh "$corpus" | cut -f1)"

#!/usr/bin/env bash
# The size budget (issue 13): fails when the page's wasm, the worker's wasm or the whole
# dist/ (gzip -9 bytes: deterministic, not a timing) is larger than its line in
# scripts/size-budget.txt, naming the file and how much it grew. Raising a budget is a
# one-line, reviewed change to that file. The precompressed .br/.gz copies are not counted.
# Usage: scripts/size-budget.sh [dist]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
gz() { gzip -9 -c "$1" | wc -c; }
# The file (or folder) an item measures.
file_of() {
  case $1 in
    app-wasm) ls "$dist"/bijstandsverkenner-*_bg.wasm ;;
    worker-wasm) echo "$dist/worker_bg.wasm" ;;
    dist) echo "$dist/" ;;
    *) echo "size-budget: unknown item '$1'" >&2; return 1 ;;
  esac
}
size_of() {
  case $1 in
    dist) local t=0 f; for f in "$dist"/*; do
            case $f in *.br|*.gz) continue ;; esac
            t=$((t + $(gz "$f"))); done; echo $t ;;
    *) gz "$(file_of "$1")" ;;
  esac
}
fail=0
while read -r item budget _; do
  case $item in ''|'#'*) continue ;; esac
  file=$(file_of "$item")
  now=$(size_of "$item")
  if [ "$now" -gt "$budget" ]; then
    printf 'size budget exceeded: %s (%s) is %s bytes gzip -9, %s bytes (+%s%%) over its budget of %s; see scripts/size-budget.txt\n' \
      "$file" "$item" "$now" $((now - budget)) "$(awk "BEGIN{printf \"%.1f\", ($now-$budget)*100/$budget}")" "$budget" >&2
    fail=1
  else
    printf '  %-40s %9s bytes gzip -9 (budget %s, %s left)\n' "$file" "$now" "$budget" $((budget - now))
  fi
done < scripts/size-budget.txt
exit $fail

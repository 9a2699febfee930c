#!/usr/bin/env bash
# Writes release/bijstandsverkenner-<version>.zip: what an IT department hosts and what a
# raadslid opens from a USB stick. <version> is Cargo.toml's version and the git commit.
#
# The zip holds one folder bijstandsverkenner-<version>/ with
#   dist/                        the site: copy it to any static web server
#   bijstandsverkenner.html      the same app in one file, opens from file:// (USB stick)
#   LEESMIJ.txt                  hosting instructions for IT staff (Dutch)
#   SHA256SUMS                   checksums of every file above
#
# SKIP_BUILD=1 packs the dist/ and dist-single/ already built (the test suite does this).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

if [ "${SKIP_BUILD:-}" != 1 ]; then
  scripts/setup.sh serve
  PRERENDER=required trunk build --release
  node scripts/single-file.mjs dist dist-single/bijstandsverkenner.html
fi
[ -f dist/index.html ] && [ -f dist-single/bijstandsverkenner.html ] || {
  echo "release: build first (dist/ and dist-single/bijstandsverkenner.html are missing)" >&2
  exit 1
}

version=$(sed -n '/^\[package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
# The same commit build.rs puts in the app (so the zip's name matches "Over deze app").
commit=${BV_COMMIT:-$(git rev-parse --short=9 HEAD 2>/dev/null || echo onbekend)}
name="bijstandsverkenner-$version-$commit"
csp=$(sed -n 's/.*http-equiv="Content-Security-Policy" content="\([^"]*\)".*/\1/p' dist/index.html)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/$name"
mkdir -p "$root"
cp -R dist "$root/dist"
cp dist-single/bijstandsverkenner.html "$root/"
sed -e "s|@VERSION@|$version-$commit|g" -e "s|@CSP@|$csp|g" scripts/LEESMIJ.template.txt >"$root/LEESMIJ.txt"
(cd "$root" && find . -type f ! -name SHA256SUMS | LC_ALL=C sort | sed 's|^\./||' | xargs sha256sum >SHA256SUMS)

mkdir -p release
out="$PWD/release/$name.zip"
rm -f "$out"
(cd "$work" && zip -qrX "$out" "$name")
printf 'release: %s (%s bytes; dist/ %s files)\n' "release/$name.zip" "$(wc -c <"$out")" "$(find dist -type f | wc -l)"

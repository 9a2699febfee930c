#!/usr/bin/env bash
# Installs what a task needs, skipping what is already there. Safe to run repeatedly.
#
#   scripts/setup.sh serve   what building needs: the wasm32 target, trunk, wasm-bindgen-cli,
#                            the npm packages (wasm-opt, plotly.js, playwright-core)
#   scripts/setup.sh test    the same, and a Chromium with its chromedriver for the tests
#   scripts/setup.sh browser only the browser check (what `test` adds)
#
# The browser: $CHROMIUM and $CHROMEDRIVER when set (any Chromium or Chrome with a
# chromedriver of the same major version); else /usr/bin/chromium and
# /usr/bin/chromedriver; else Debian's packages, installed with apt-get as root or with
# sudo. Where neither is possible it stops and says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

need=${1:-test}
case "$need" in
  serve | test | browser) ;;
  *) echo "usage: scripts/setup.sh [serve|test|browser]" >&2; exit 2 ;;
esac

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')

step() { printf '\n==> %s\n' "$*"; }

major() { "$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9.]+' | head -1 | cut -d. -f1; }

# What to install, for someone who cannot run apt-get here.
browser_help() {
  cat >&2 <<'HELP'

The tests need Chromium (or Chrome) and a chromedriver of the same major version.
Install them, then run the command again:
  Debian:         sudo apt-get install chromium chromium-driver
  Ubuntu:         sudo snap install chromium   (chromium.chromedriver comes with it)
  Fedora:         sudo dnf install chromium chromedriver
  macOS:          brew install --cask chromium && brew install --cask chromedriver
Or point to ones you have:
  CHROMIUM=/path/to/chrome CHROMEDRIVER=/path/to/chromedriver scripts/test.sh
Serving (scripts/serve.sh) and the one-file build need no browser.
HELP
}

browser() {
  local chromium=${CHROMIUM:-} driver=${CHROMEDRIVER:-}
  # Set by the user: use them, or say exactly which one is missing.
  if [ -n "$chromium" ] && [ "$chromium" != /usr/bin/chromium ] && [ ! -x "$chromium" ]; then
    echo "setup: CHROMIUM=$chromium is not an executable file." >&2
    browser_help
    exit 3
  fi
  if [ -n "$driver" ] && [ "$driver" != /usr/bin/chromedriver ] && [ ! -x "$driver" ]; then
    echo "setup: CHROMEDRIVER=$driver is not an executable file." >&2
    browser_help
    exit 3
  fi
  chromium=${chromium:-/usr/bin/chromium}
  driver=${driver:-/usr/bin/chromedriver}
  if [ ! -x "$chromium" ] || [ ! -x "$driver" ]; then
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
      else
        echo "setup: no Chromium at $chromium or no chromedriver at $driver, and this user cannot install them (not root, no sudo without a password)." >&2
        browser_help
        exit 3
      fi
    fi
    if ! command -v apt-get >/dev/null; then
      echo "setup: no Chromium at $chromium or no chromedriver at $driver, and there is no apt-get here." >&2
      browser_help
      exit 3
    fi
    step "apt-get install chromium chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  local a b
  a=$(major "$chromium") b=$(major "$driver")
  if [ -n "$a" ] && [ -n "$b" ] && [ "$a" != "$b" ]; then
    echo "setup: $chromium is version $a, $driver is version $b: they must have the same major version." >&2
    browser_help
    exit 3
  fi
  echo "setup: browser $chromium (version ${a:-?}), driver $driver"
}

if [ "$need" = browser ]; then
  browser
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$need" = test ]; then
  browser
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (takes ~8 min once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes ~3 min once)"
  # Without --locked: the published lockfile wants a crate version the registry here lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.package-lock.json.stamp 2>/dev/null; then
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.stamp
fi

step "cargo fetch --locked"
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked

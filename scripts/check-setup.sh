#!/usr/bin/env bash
# Runs the browser step of scripts/setup.sh as a user without root (a throw-away account
# made with useradd), the way a newcomer on a workstation would: with the browser found,
# with CHROMIUM and CHROMEDRIVER set, with a wrong CHROMIUM, and with no browser at all
# (hidden in a private mount namespace). Each must end as expected; the last two must say
# what to install. Needs root to make the account; skipped (with a line) otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ] || ! command -v useradd >/dev/null || ! command -v setpriv >/dev/null; then
  echo "check-setup: skipped (needs root, useradd and setpriv to act as another user)"
  exit 0
fi
user=bvsetup
id "$user" >/dev/null 2>&1 || useradd --no-create-home --shell /bin/sh "$user"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/scripts"
cp scripts/setup.sh "$dir/scripts/"
cp Cargo.lock "$dir/"
chmod -R a+rX "$dir"

# as_user EXPECTED_RC NAME [VAR=VALUE ...] -- runs the browser step as $user, checks its exit code.
fails=0
as_user() {
  local want=$1 name=$2 rc=0
  shift 2
  local out="$dir/out.txt"
  env -i PATH=/usr/bin:/bin HOME=/tmp "$@" \
    setpriv --reuid "$user" --regid "$user" --clear-groups \
    bash "$dir/scripts/setup.sh" browser >"$out" 2>&1 || rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "check-setup: FAILED: $name: exit $rc, expected $want"; sed 's/^/    /' "$out"; fails=1
    return
  fi
  if [ "$want" -ne 0 ] && ! { grep -q Debian "$out" && grep -q Fedora "$out" && grep -q macOS "$out"; }; then
    echo "check-setup: FAILED: $name: the message does not say what to install"; sed 's/^/    /' "$out"; fails=1
    return
  fi
  echo "check-setup: ok: $name (exit $rc): $(grep -m1 'setup:' "$out")"
}

as_user 0 "non-root, browser in /usr/bin"
as_user 0 "non-root, CHROMIUM and CHROMEDRIVER set" CHROMIUM=/usr/bin/chromium CHROMEDRIVER=/usr/bin/chromedriver
as_user 3 "non-root, CHROMIUM names no file" CHROMIUM=/opt/no-such-chrome
if unshare --mount true 2>/dev/null; then
  # No browser at all: /usr/bin/chromium hidden behind /dev/null (not executable).
  rc=0
  unshare --mount bash -c "mount --bind /dev/null /usr/bin/chromium && \
    env -i PATH=/usr/bin:/bin HOME=/tmp setpriv --reuid $user --regid $user --clear-groups \
    bash $dir/scripts/setup.sh browser" >"$dir/none.txt" 2>&1 || rc=$?
  if [ "$rc" -eq 3 ] && grep -q "cannot install" "$dir/none.txt" && grep -q macOS "$dir/none.txt"; then
    echo "check-setup: ok: non-root, no browser and no sudo (exit 3): $(grep -m1 'setup:' "$dir/none.txt")"
  else
    echo "check-setup: FAILED: non-root, no browser: exit $rc"; sed 's/^/    /' "$dir/none.txt"; fails=1
  fi
else
  echo "check-setup: no private mount namespace here: the no-browser case is not run"
fi
exit "$fails"

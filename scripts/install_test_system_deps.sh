#!/usr/bin/env bash
# System packages the test suite needs: PostgreSQL server binaries (initdb/pg_ctl) and Debian's chromium
# (the dashboard's browser tests drive it with Playwright; never `playwright install`, which downloads).
# Installs them with apt-get when missing (as root, or through sudo when available).
set -euo pipefail

have_initdb() {
  command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

missing=()
have_initdb || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "The tests need these system packages: ${missing[*]} (install them, or run as root)" >&2
  exit 1
fi
echo "installing system packages for the tests: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

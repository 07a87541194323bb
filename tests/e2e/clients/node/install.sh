#!/usr/bin/env bash
# Installs node's `odbc` package for the end-to-end tests (npm ci from the committed lockfile).
# Idempotent and fast when already installed: skipped while node_modules is newer than the
# lockfile and the native addon loads. The addon is compiled against unixODBC (unixodbc-dev,
# g++; see scripts/install-deps.sh) unless node-pre-gyp finds a prebuilt one.
set -euo pipefail
cd "$(dirname "$0")"
if [ node_modules/.package-lock.json -nt package-lock.json ] && node -e "require('odbc')" 2>/dev/null; then
  exit 0
fi
echo "Installing node odbc client (npm ci in $(pwd))"
# node-gyp builds against the headers of the installed node when they are there (no download)
if [ -f /usr/include/node/node_api.h ]; then export npm_config_nodedir=/usr; fi
npm ci --no-audit --no-fund --loglevel=error
node -e "require('odbc')"

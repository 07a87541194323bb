#!/usr/bin/env bash
# Installs what `make bench` needs beyond the build: unixODBC and pyodbc (rows 1-6), PostgreSQL and
# psqlODBC (row 7, the peer), coreutils' stdbuf (cold start through isql). Skips what is present.
# (The postgresql package may start a system cluster: the bench runs its own throwaway one instead.)
set -euo pipefail
exec "$(dirname "$0")/../scripts/apt-ensure.sh" unixodbc unixodbc-dev odbcinst python3-pyodbc cmake gcc make \
  zip unzip postgresql odbc-postgresql coreutils

#!/usr/bin/env bash
# Installs what `make demo` and `make test` need on a fresh Debian 12 machine.
# Idempotent: does nothing when everything is present.
set -euo pipefail
# g++ and unixodbc-dev also build node's odbc addon (tests/e2e/clients/node) when npm installs it;
# mingw-w64 cross-builds the Windows DLLs and wine (64-bit) runs their checks (make test-windows),
# in locales compiled from the locales package's sources (ANSI code pages 1252 and 932)
exec "$(dirname "$0")/apt-ensure.sh" unixodbc unixodbc-dev odbcinst python3-pyodbc libdbd-odbc-perl cmake gcc g++ \
  make valgrind zip unzip gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 wine wine64 locales

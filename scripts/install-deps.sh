#!/usr/bin/env bash
# Installs what `make demo` and `make test` need on a fresh Debian 12 machine.
# Idempotent: does nothing when everything is present.
set -euo pipefail
# g++ and unixodbc-dev also build node's odbc addon (tests/e2e/clients/node) when npm installs it;
# mingw-w64 cross-builds the Windows DLLs and wine (64-bit) runs their checks (make test-windows),
# in locales compiled from the locales package's sources (ANSI code pages 1252 and 932)
pkgs=(unixodbc unixodbc-dev odbcinst python3-pyodbc libdbd-odbc-perl cmake gcc g++ make valgrind
      gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 wine wine64 locales)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
jh="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -x "$jh/bin/java" ]; then
  echo "error: no JDK 25 at $jh (set JAVA_HOME to a JDK 25)" >&2
  exit 1
fi

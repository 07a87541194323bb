#!/usr/bin/env bash
# Installs what `make bench` needs beyond the build: unixODBC and pyodbc (rows 1-6), PostgreSQL and
# psqlODBC (row 7, the peer), coreutils' stdbuf (cold start through isql). Skips what is present.
set -euo pipefail
pkgs=(unixodbc unixodbc-dev odbcinst python3-pyodbc cmake gcc make postgresql odbc-postgresql coreutils)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # the postgresql package would start a system cluster: the bench runs its own throwaway one instead
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
jh="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -x "$jh/bin/java" ]; then
  echo "error: no JDK 25 at $jh (set JAVA_HOME to a JDK 25)" >&2
  exit 1
fi

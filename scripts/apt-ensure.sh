#!/usr/bin/env bash
# apt-ensure.sh PACKAGE...: installs the Debian packages that are missing (with sudo when not
# root; nothing when all are present), then checks that JAVA_HOME (default Temurin 25) is a JDK.
set -euo pipefail
missing=()
for p in "$@"; do
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

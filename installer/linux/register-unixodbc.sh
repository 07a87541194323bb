#!/usr/bin/env bash
# Registers the Quire driver with unixODBC (system odbcinst.ini) and creates the user DSN
# QuireDemo pointing at the bundled demo site. Re-running replaces both entries.
# usage: register-unixodbc.sh DRIVER_LIBRARY JAVA_HOME [DEMO_PORT]
set -euo pipefail
lib="$(readlink -f "$1")"
java_home="$2"
port="${3:-8089}"
name="Quire ODBC Driver for Confluence"
[ -f "$lib" ] || { echo "error: driver library $lib not found (run make build)" >&2; exit 1; }

SUDO=""
sysini="$(odbcinst -j | sed -n 's/^DRIVERS[.]*: //p')"
[ -w "$sysini" ] || [ "$(id -u)" -eq 0 ] || SUDO="sudo"

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/driver.ini" <<INI
[$name]
Description=Quire ODBC driver for Confluence
Driver=$lib
JvmPath=$java_home
INI
$SUDO odbcinst -u -d -n "$name" >/dev/null 2>&1 || true
$SUDO odbcinst -i -d -f "$tmp/driver.ini" >/dev/null
echo "Registered driver '$name' in $sysini"

cat > "$tmp/dsn.ini" <<INI
[QuireDemo]
Driver=$name
Description=Quire demo: the bundled fake Confluence site (Data Center paths)
Url=http://127.0.0.1:$port
AuthScheme=Basic
User=demo
Password=demo-password
INI
odbcinst -u -s -h -n QuireDemo >/dev/null 2>&1 || true
odbcinst -i -s -h -f "$tmp/dsn.ini" >/dev/null
echo "Created user DSN QuireDemo in $(odbcinst -j | sed -n 's/^USER DATA SOURCES[.]*: //p')"

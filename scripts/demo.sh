#!/usr/bin/env bash
# Starts the bundled demo Confluence site, queries it through the real driver manager with
# isql (DSN QuireDemo, registered by `make register`), and stops the site.
# usage: demo.sh FAKE_JAR PORT
set -euo pipefail
jar="$1"; port="$2"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
log="$(mktemp)"
"$java" -jar "$jar" --port "$port" >"$log" 2>&1 &
site=$!
stop_site() { kill $site 2>/dev/null || true; wait $site 2>/dev/null || true; rm -f "$log"; }
trap stop_site EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$log" && break
  kill -0 $site 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
echo "Demo site: $(cat "$log")"
query="SELECT SpaceKey, COUNT(*) AS Pages, MAX(LastUpdatedDatetime) AS LastUpdated FROM Pages GROUP BY SpaceKey ORDER BY Pages DESC"
echo "isql QuireDemo: $query"
echo "$query" | isql -v -b -m40 QuireDemo
query="SELECT Key, Name, Type FROM Spaces ORDER BY Key"
echo "isql QuireDemo: $query"
echo "$query" | isql -v -b -m40 QuireDemo

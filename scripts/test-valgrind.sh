#!/usr/bin/env bash
# The one-feature C programs of native-odbc-shim/test-e2e through unixODBC under valgrind, JVM
# and all (interpreted JVM, suppressions in native-odbc-shim/test-e2e/*.supp), in two halves
# run side by side (one per core). Usage: test-valgrind.sh DRIVER_LIB FAKE_JAR JAVA_HOME
set -uo pipefail
cd "$(dirname "$0")/../tests/e2e"
export QUIRE_VALGRIND=1 QUIRE_DRIVER="$1" QUIRE_FAKE_JAR="$2" QUIRE_JAVA_HOME="$3"
logs=$(mktemp -d)
P=test_c_programs.CProgramsTest
S=test_c_programs.CProgramsSlowSiteTest
/usr/bin/python3 -m unittest -v $P.test_params $P.test_data_at_execution $P.test_descriptors \
  $P.test_extended_fetch_setpos_cursor_names $P.test_several_diagnostic_records $P.test_static_scrollable_cursor \
  >"$logs/a" 2>&1 &
a=$!
/usr/bin/python3 -m unittest -v $P.test_browse_connect $P.test_getinfo $P.test_threads $S >"$logs/b" 2>&1
b=$?
wait $a
a=$?
cat "$logs/a" "$logs/b"
rm -rf "$logs"
[ $a -eq 0 ] && [ $b -eq 0 ] && echo "valgrind: every C program clean"

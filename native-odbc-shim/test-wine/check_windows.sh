#!/usr/bin/env bash
# The checks of `make test-windows`, on the DLLs `make windows` built:
#   both DLLs: exports exactly api_list.h's, undecorated (../test-e2e/check_exports.sh);
#              imports only system DLLs (check_imports.sh)
#   x64 under wine: the C unit tests, test_platform, and wine_harness.exe (harness.c), which
#              loads quireodbc.dll with LoadLibraryW and calls it as a driver manager would.
# 32-bit programs are not run: Debian's wine runs them only with i386 multiarch packages.
# usage: check_windows.sh <build/windows> <native-odbc-shim>
set -euo pipefail
out=$(realpath "$1")
shim=$(realpath "$2")
passed=0 failed=0
run() {   # run <what> <command...>: counts the result
  if "${@:2}"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; fi
}

for arch in x64 x86; do
  dll=$out/$arch/quireodbc.dll
  run "exports of $arch" "$shim/test-e2e/check_exports.sh" "$dll" "$shim"
  run "imports of $arch" "$shim/test-wine/check_imports.sh" "$dll"
done

# A private prefix under build/ (kept between runs: making one takes ~6 s), no display, no
# Mono/Gecko installers, no wine debug chatter.
export WINEPREFIX=$out/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY WAYLAND_DISPLAY
# (system.reg appears only when wineserver exits: mark a finished prefix ourselves)
if [ ! -f "$WINEPREFIX/.quire-prefix" ]; then
  echo "creating the wine prefix $WINEPREFIX"
  wineboot --init >/dev/null 2>&1 && touch "$WINEPREFIX/.quire-prefix"
fi
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }
b=$out/x64/cmake/native-odbc-shim
for t in "$b"/test/test_*.exe; do
  run "$(basename "$t") under wine" wine "$t"
done
scratch=$(mktemp -d "$out/scratch.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
run "wine harness" wine "$b/test-wine/wine_harness.exe" "$(winpath "$out/x64/quireodbc.dll")" \
  "$(winpath "$b/test-wine/fake_jvm/jvm.dll")" "$(winpath "$scratch")"
echo "test-windows: $passed passed, $failed failed"
[ "$failed" = 0 ]

#!/usr/bin/env bash
# The checks of `make test-windows`, on the DLLs `make windows` built:
#   both DLLs: exports exactly api_list.h's, undecorated (../test-e2e/check_exports.sh);
#              imports only system DLLs (check_imports.sh)
#   x64 under wine: the C unit tests, test_platform, and wine_harness.exe (harness.c), which
#              loads quireodbc.dll with LoadLibraryW and calls it as a driver manager would;
#              in ANSI code page 1252, then its ANSI checks again in 932 (double-byte).
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
# Wine takes the ANSI code page (GetACP) from the locale: en_US.UTF-8 gives 1252, ja_JP.UTF-8
# 932. A locale must be installed for wine to keep non-ASCII file names, so both are compiled
# once into a private LOCPATH beside the prefix. QUIRE_WINE_ACP tells the harness what to expect.
locales=$out/locales
for loc in en_US ja_JP; do
  if [ ! -d "$locales/$loc.UTF-8" ]; then
    mkdir -p "$locales"
    localedef -i "$loc" -f UTF-8 "$locales/$loc.UTF-8" || echo "localedef $loc.UTF-8 failed"
  fi
done
in_cp() {
  local cp=$1 loc=$2
  shift 2
  env LOCPATH="$locales" LC_ALL="$loc" QUIRE_WINE_ACP="$cp" wine "$@"
}
b=$out/x64/cmake/native-odbc-shim
for t in "$b"/test/test_*.exe; do
  run "$(basename "$t") under wine" in_cp 1252 en_US.UTF-8 "$t"
done
scratch=$(mktemp -d "$out/scratch.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
harness=("$b/test-wine/wine_harness.exe" "$(winpath "$out/x64/quireodbc.dll")"
         "$(winpath "$b/test-wine/fake_jvm/jvm.dll")" "$(winpath "$scratch")")
run "wine harness (code page 1252)" in_cp 1252 en_US.UTF-8 "${harness[@]}"
run "wine harness, ANSI checks (code page 932)" in_cp 932 ja_JP.UTF-8 "${harness[0]}" --ansi \
  "${harness[@]:1}"
echo "test-windows: $passed passed, $failed failed"
[ "$failed" = 0 ]

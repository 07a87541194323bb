#!/usr/bin/env bash
# Checks that a Windows DLL imports only system DLLs every Windows has, so the driver needs
# nothing installed beside it (no libgcc_s, libwinpthread, MSVC runtime).
# usage: check_imports.sh path/to/quireodbc.dll
#        (OBJDUMP: the objdump that reads PE files, default x86_64-w64-mingw32-objdump)
set -euo pipefail
dll=$1
allowed="KERNEL32.dll ADVAPI32.dll ODBCCP32.dll msvcrt.dll ucrtbase.dll"
got=$("${OBJDUMP:-x86_64-w64-mingw32-objdump}" -p "$dll" | sed -n 's/^[[:space:]]*DLL Name: //p' | sort -fu)
status=0
for d in $got; do
  ok=0
  for a in $allowed; do
    [ "${d,,}" = "${a,,}" ] && ok=1
  done
  # the Universal CRT's API sets (api-ms-win-crt-*) are part of Windows 10 and later
  [[ "${d,,}" == api-ms-win-crt-*.dll ]] && ok=1
  if [ $ok = 0 ]; then
    echo "$(basename "$dll") imports $d, which is not a system DLL"
    status=1
  fi
done
[ $status = 0 ] && echo "imports OK: $dll needs $(echo $got)"
exit $status

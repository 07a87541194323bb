#!/usr/bin/env bash
# Checks that libquireodbc.so (or quireodbc.dll) exports exactly the functions of
# src/api/api_list.h (plus their W forms), and that exports/quireodbc.map and
# exports/quireodbc.def list the same. For a DLL the names must also be undecorated (no
# _name@12 from 32-bit stdcall): an exact match with the list says so.
# usage: check_exports.sh path/to/libquireodbc.so|quireodbc.dll path/to/native-odbc-shim
#        (OBJDUMP: the objdump that reads PE files, default x86_64-w64-mingw32-objdump)
set -euo pipefail
lib=$1
shim=$2
want=$(sed -n 's/.*X(\([A-Za-z]*\), [A-Z_0-9]*, \([01]\)).*/\1 \2/p' "$shim/src/api/api_list.h" |
       while read -r name w; do echo "$name"; [ "$w" = 1 ] && echo "${name}W"; done | sort)
case "$lib" in
  *.dll) # the export name table of `objdump -p`: "\t[   0] SQLAllocHandle"
    got=$("${OBJDUMP:-x86_64-w64-mingw32-objdump}" -p "$lib" |
          sed -n '/^\[Ordinal\/Name Pointer\] Table/,/^$/s/^[[:space:]]*\[ *[0-9]*\] \(.*\)$/\1/p' | sort) ;;
  *) got=$(nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}' | sed 's/@.*//' | sort) ;;
esac
map=$(sed -n 's/^ *\(SQL[A-Za-z]*\);$/\1/p' "$shim/exports/quireodbc.map" | sort)
def=$(sed -n 's/^ *\(SQL[A-Za-z]*\)$/\1/p' "$shim/exports/quireodbc.def" | sort)
status=0
for what in got map def; do
  if [ "${!what}" != "$want" ]; then
    echo "$what differs from api_list.h:"
    diff <(echo "$want") <(echo "${!what}") || true
    status=1
  fi
done
[ $status = 0 ] && echo "exports OK ($(echo "$want" | wc -l) functions): $lib"
exit $status

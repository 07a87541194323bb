#!/usr/bin/env bash
# Checks that libquireodbc.so exports exactly the functions of src/api/api_list.h (plus
# their W forms), and that exports/quireodbc.map and exports/quireodbc.def list the same.
# usage: check_exports.sh path/to/libquireodbc.so path/to/native-odbc-shim
set -euo pipefail
lib=$1
shim=$2
want=$(sed -n 's/.*X(\([A-Za-z]*\), [A-Z_0-9]*, \([01]\)).*/\1 \2/p' "$shim/src/api/api_list.h" |
       while read -r name w; do echo "$name"; [ "$w" = 1 ] && echo "${name}W"; done | sort)
got=$(nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}' | sed 's/@.*//' | sort)
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
[ $status = 0 ] && echo "exports OK ($(echo "$want" | wc -l) functions)"
exit $status

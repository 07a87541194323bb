"""pyodbc client of the benchmark: connect, execute, fetchall; checks the row count.
Usage: /usr/bin/python3 pyodbc_fetchall.py CONNSTR SQL EXPECTED_ROWS  (prints one JSON line)."""

import json
import sys
import time

t0 = time.monotonic()
import pyodbc  # noqa: E402  (imported after t0: its import is part of what the client costs)

conn_str, sql, expect = sys.argv[1], sys.argv[2], int(sys.argv[3])
conn = pyodbc.connect(conn_str, autocommit=True)
connected = time.monotonic()
rows = conn.cursor().execute(sql).fetchall()
end = time.monotonic()
conn.close()
if expect >= 0 and len(rows) != expect:
    print(f"pyodbc: expected {expect} rows, got {len(rows)}", file=sys.stderr)
    sys.exit(3)
read = end - connected
print(json.dumps({"rows": len(rows), "connect_ms": (connected - t0) * 1e3, "read_ms": read * 1e3,
                  "rows_per_s": len(rows) / read if read > 0 else 0}))

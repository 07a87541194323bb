"""Runs SQL through pyodbc and prints one JSON line per statement.

usage: pyodbc_client.py CONNECTION_STRING STATEMENT...
A statement "@tables" lists tables with cursor.tables(); "@columns:T" lists T's columns."""
import json
import sys

import pyodbc


def emit(obj):
    print(json.dumps(obj, ensure_ascii=False, default=str), flush=True)


def error(stmt, e):
    state = e.args[0] if e.args else ""
    msg = e.args[1] if len(e.args) > 1 else str(e)
    emit({"sql": stmt, "error": {"state": state, "message": msg}})


try:
    conn = pyodbc.connect(sys.argv[1], autocommit=True)
except pyodbc.Error as e:
    error("@connect", e)
    sys.exit(0)

for stmt in sys.argv[2:]:
    cur = conn.cursor()
    try:
        if stmt == "@tables":
            cur.tables()
        elif stmt.startswith("@columns:"):
            cur.columns(table=stmt.split(":", 1)[1])
        else:
            cur.execute(stmt)
        cols = [d[0] for d in cur.description]
        rows = [list(r) for r in cur.fetchall()]
        emit({"sql": stmt, "columns": cols, "rows": rows})
    except pyodbc.Error as e:
        error(stmt, e)
    finally:
        cur.close()
conn.close()

"""Runs SQL through pyodbc and prints one JSON line per statement.

usage: pyodbc_client.py CONNECTION_STRING STATEMENT...

The protocol is shared with dbi_client.pl and node/client.js:
- a plain statement is SQL to execute; "@tables" lists tables with cursor.tables() and
  "@columns:T" lists T's columns;
- a statement starting with "{" is a JSON object:
    {"op": "query", "sql": S, "params": [P, ...], "fetchmany": N}
        P is a JSON string, number or null, or {"type": "timestamp", "value": "YYYY-MM-DD HH:MM:SS[.fff]"};
        with "fetchmany" the rows are read in batches of N and "batches" lists the batch sizes;
    {"op": "tables", "catalog": C, "schema": S, "table": T, "type": Y}   (null = a NULL argument)
    {"op": "columns", "catalog": C, "schema": S, "table": T, "column": K}
    {"op": "primaryKeys", "catalog": C, "schema": S, "table": T}
    {"op": "typeInfo"}                                                  (SQL_ALL_TYPES)
- the answer is {"sql": STATEMENT, "columns": [...], "rows": [[...], ...]} (+ "batches"), or
  {"sql": STATEMENT, "error": {"state": SQLSTATE, "message": M}}, or
  {"sql": STATEMENT, "unsupported": WHY} when the client library has no such call.
Values: JSON null for SQL NULL, numbers as numbers, timestamps as "YYYY-MM-DD HH:MM:SS[.ffffff]".
"""
import json
import sys
from datetime import datetime

import pyodbc


def emit(obj):
    print(json.dumps(obj, ensure_ascii=False, default=str), flush=True)


def error(stmt, e):
    state = e.args[0] if e.args else ""
    msg = e.args[1] if len(e.args) > 1 else str(e)
    emit({"sql": stmt, "error": {"state": state, "message": msg}})


def param(p):
    if isinstance(p, dict) and p.get("type") == "timestamp":
        return datetime.fromisoformat(p["value"])
    return p


def run(cur, stmt):
    """Executes one statement; returns the extra keys of the answer (batches), if any."""
    if stmt == "@tables":
        cur.tables()
        return {}
    if stmt.startswith("@columns:"):
        cur.columns(table=stmt.split(":", 1)[1])
        return {}
    if not stmt.startswith("{"):
        cur.execute(stmt)
        return {}
    s = json.loads(stmt)
    op = s.get("op", "query")
    if op == "tables":
        cur.tables(table=s.get("table"), catalog=s.get("catalog"), schema=s.get("schema"), tableType=s.get("type"))
    elif op == "columns":
        cur.columns(table=s.get("table"), catalog=s.get("catalog"), schema=s.get("schema"), column=s.get("column"))
    elif op == "primaryKeys":
        cur.primaryKeys(s["table"], catalog=s.get("catalog"), schema=s.get("schema"))
    elif op == "typeInfo":
        cur.getTypeInfo()
    elif op == "query":
        cur.execute(s["sql"], *[param(p) for p in s.get("params", [])])
    else:
        raise ValueError("unknown op " + op)
    return {"fetchmany": s["fetchmany"]} if s.get("fetchmany") else {}


try:
    conn = pyodbc.connect(sys.argv[1], autocommit=True)
except pyodbc.Error as e:
    error("@connect", e)
    sys.exit(0)

for stmt in sys.argv[2:]:
    cur = conn.cursor()
    try:
        extra = run(cur, stmt)
        cols = [d[0] for d in cur.description]
        answer = {"sql": stmt, "columns": cols}
        if "fetchmany" in extra:
            rows, batches = [], []
            while True:
                batch = cur.fetchmany(extra["fetchmany"])
                if not batch:
                    break
                batches.append(len(batch))
                rows.extend(list(r) for r in batch)
            answer["batches"] = batches
        else:
            rows = [list(r) for r in cur.fetchall()]
        answer["rows"] = rows
        emit(answer)
    except pyodbc.Error as e:
        error(stmt, e)
    finally:
        cur.close()
conn.close()

#!/usr/bin/env node
// Runs SQL through node's `odbc` package and prints one JSON line per statement.
// usage: node client.js CONNECTION_STRING STATEMENT...
// The protocol is the one of ../pyodbc_client.py (see its docstring): plain SQL, "@tables",
// "@columns:T", or a JSON object {"op": "query"|"tables"|"columns"|"primaryKeys"|"typeInfo", ...}.
// odbc calls used: odbc.connect, connection.query(sql, params) (SQLPrepare, SQLNumParams,
// SQLDescribeParam, SQLBindParameter, SQLExecute), connection.query(sql, params,
// {cursor: true, fetchSize: N}) for fetchmany (SQL_ATTR_ROW_ARRAY_SIZE = N, block fetches),
// connection.tables/columns/primaryKeys. The package has no call for SQLGetTypeInfo.
'use strict';

const odbc = require('odbc');

function emit(obj) {
  process.stdout.write(JSON.stringify(obj, (k, v) => (typeof v === 'bigint' ? Number(v) : v)) + '\n');
}

function errorOf(stmt, e) {
  const first = (e && e.odbcErrors && e.odbcErrors[0]) || {};
  const message = e && e.odbcErrors && e.odbcErrors.length
    ? e.odbcErrors.map((x) => x.message).join('; ')
    : String(e && e.message ? e.message : e);
  return { sql: stmt, error: { state: first.state || '', message } };
}

// Timestamps go as strings: the package binds strings as SQL_C_CHAR with the SQL type that
// SQLDescribeParam reported (it has no date type of its own).
function param(p) {
  if (p !== null && typeof p === 'object' && p.type === 'timestamp') return p.value;
  return p;
}

function table(result) {
  const cols = result.columns.map((c) => c.name);
  return { columns: cols, rows: Array.from(result, (row) => cols.map((c) => (row[c] === undefined ? null : row[c]))) };
}

async function run(conn, stmt) {
  const nul = (v) => (v === undefined ? null : v);
  if (stmt === '@tables') return table(await conn.tables(null, null, null, null));
  if (stmt.startsWith('@columns:')) return table(await conn.columns(null, null, stmt.split(':', 2)[1], null));
  if (!stmt.startsWith('{')) return table(await conn.query(stmt));
  const s = JSON.parse(stmt);
  const op = s.op || 'query';
  if (op === 'tables') return table(await conn.tables(nul(s.catalog), nul(s.schema), nul(s.table), nul(s.type)));
  if (op === 'columns' && s.column != null) {
    // odbc 2.6.0 stores columns()' fourth argument as data->type and calls SQLColumns with
    // data->column, which stays NULL (src/odbc_connection.cpp): the pattern never reaches the driver.
    return { unsupported: 'odbc 2.6.0 connection.columns() drops its column-name argument' };
  }
  if (op === 'columns') return table(await conn.columns(nul(s.catalog), nul(s.schema), nul(s.table), nul(s.column)));
  if (op === 'primaryKeys') return table(await conn.primaryKeys(nul(s.catalog), nul(s.schema), nul(s.table)));
  if (op === 'typeInfo') return { unsupported: 'node odbc has no call for SQLGetTypeInfo' };
  if (op !== 'query') throw new Error('unknown op ' + op);
  const params = (s.params || []).map(param);
  if (!s.fetchmany) {
    return table(params.length ? await conn.query(s.sql, params) : await conn.query(s.sql));
  }
  const cursor = params.length
    ? await conn.query(s.sql, params, { cursor: true, fetchSize: s.fetchmany })
    : await conn.query(s.sql, { cursor: true, fetchSize: s.fetchmany });
  const answer = { columns: null, rows: [], batches: [] };
  try {
    for (;;) {
      const batch = await cursor.fetch();
      if (answer.columns === null) answer.columns = batch.columns.map((c) => c.name);
      if (batch.length === 0) break;
      answer.batches.push(batch.length);
      answer.rows.push(...table(batch).rows);
      if (cursor.noData) break;
    }
  } finally {
    await cursor.close();
  }
  return answer;
}

async function main() {
  const [connStr, ...statements] = process.argv.slice(2);
  let conn;
  try {
    conn = await odbc.connect(connStr);
  } catch (e) {
    emit(errorOf('@connect', e));
    return;
  }
  for (const stmt of statements) {
    try {
      emit({ sql: stmt, ...(await run(conn, stmt)) });
    } catch (e) {
      emit(errorOf(stmt, e));
    }
  }
  await conn.close();
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});

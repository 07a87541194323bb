/* Replay: Excel's legacy Microsoft Query wizard (Data > Get Data > From Other Sources > From
 * Microsoft Query), choosing the DSN, browsing tables and columns, and returning a query with
 * a filter, a join and a "begins with" condition to Excel.
 *
 * Written down from Microsoft's documentation and the notes in /work/shared/reference/bi-tools.md:
 * - https://support.microsoft.com/office/use-microsoft-query-to-retrieve-external-data
 *   (tables/columns pane from the driver's catalog, criteria, joins between tables).
 * - https://learn.microsoft.com/sql/odbc/reference/develop-app/outer-joins and
 *   .../escape-sequences-in-odbc, .../like-escape-sequence: {oj ...} and {escape '\'}, with
 *   SQL_OJ_CAPABILITIES telling what outer joins the driver supports.
 * - https://learn.microsoft.com/sql/odbc/reference/syntax/sqlerror-function: the deprecated
 *   SQLError, which Excel for Mac's MS Query still calls (bi-tools.md, [issue]).
 * - The SQL shape MS Query writes: tables qualified by their owner (schema) with aliases T_0,
 *   T_1 ..., criteria in parentheses ("SELECT T_0.col FROM schema.table T_0 WHERE (...)").
 * ANSI entry points throughout (MS Query is an ANSI application); values are read from bound
 * columns (SQLBindCol + SQLFetch).
 * usage: msquery CONNECTION_STRING */
#include "replay.h"

static SQLHENV env;
static SQLHDBC dbc;

/* Reports a failure through SQLError, the way an ODBC 1/2-era application reads it. */
static SQLRETURN said(const char *what, SQLRETURN rc, SQLHSTMT st) {
    if (rc == SQL_ERROR || rc == SQL_SUCCESS_WITH_INFO) {
        SQLCHAR state[6] = "-----", msg[1024];
        SQLINTEGER native;
        SQLSMALLINT len;
        SQLError(env, dbc, st, state, &native, msg, sizeof msg, &len);
        printf("%s -> %s [SQLError %s]\n", what, rc_name(rc), state);
        fprintf(stderr, "  %s\n", msg);
    } else {
        printf("%s -> %s\n", what, rc_name(rc));
    }
    return rc;
}

static void info_text(SQLUSMALLINT type, const char *name, const char *expect) {
    SQLCHAR buf[256];
    SQLSMALLINT len;
    SQLRETURN rc = SQLGetInfo(dbc, type, buf, sizeof buf, &len);
    if (!OK(rc)) { char l[100]; snprintf(l, sizeof l, "SQLGetInfo(%s)", name); said(l, rc, SQL_NULL_HSTMT); return; }
    if (!strcmp(expect, "nonempty")) printf("SQLGetInfo(%s) -> %s %s\n", name, rc_name(rc), buf[0] ? "nonempty" : "BAD: empty");
    else printf("SQLGetInfo(%s) -> %s \"%s\"\n", name, rc_name(rc), buf);
}

/* Runs a query, binds every column as SQL_C_CHAR, prints up to `show` rows and the count. */
static void query(const char *sql, int show) {
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    printf("-- %s\n", sql);
    SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)sql, SQL_NTS);
    if (!OK(said("SQLExecDirect", rc, st))) { SQLFreeStmt(st, SQL_DROP); return; }
    SQLSMALLINT n = 0;
    SQLNumResultCols(st, &n);
    static char vals[8][1024];
    static SQLLEN ind[8];
    for (SQLUSMALLINT c = 1; c <= n && c <= 8; c++)
        SQLBindCol(st, c, SQL_C_CHAR, vals[c - 1], sizeof vals[c - 1], &ind[c - 1]);
    int rows = 0;
    while (OK(rc = SQLFetch(st))) {
        if (rows++ >= show) continue;
        printf("  ");
        for (int c = 0; c < n && c < 8; c++)
            printf("%s%s", c ? " | " : "", ind[c] == SQL_NULL_DATA ? "NULL" : vals[c]);
        printf("\n");
    }
    if (rc != SQL_NO_DATA) said("  SQLFetch", rc, st);
    printf("  rows: %d\n", rows);
    SQLFreeStmt(st, SQL_DROP);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: msquery CONNECTION_STRING\n"); return 2; }
    SQLRETURN rc;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    said("SQLSetEnvAttr(SQL_ATTR_ODBC_VERSION, SQL_OV_ODBC3)",
         SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0), SQL_NULL_HSTMT);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
    SQLCHAR out[1024];
    SQLSMALLINT outlen;
    rc = SQLDriverConnect(dbc, NULL, (SQLCHAR *)argv[1], SQL_NTS, out, sizeof out, &outlen, SQL_DRIVER_NOPROMPT);
    if (!OK(said("SQLDriverConnect(SQL_DRIVER_NOPROMPT)", rc, SQL_NULL_HSTMT))) return 1;

    SQLUINTEGER oj = 0;
    rc = SQLGetInfo(dbc, SQL_OJ_CAPABILITIES, &oj, sizeof oj, NULL);
    said("SQLGetInfo(SQL_OJ_CAPABILITIES)", rc, SQL_NULL_HSTMT);
    printf("  SQL_OJ_LEFT claimed: %s\n", oj & SQL_OJ_LEFT ? "yes" : "BAD: no");
    info_text(SQL_IDENTIFIER_QUOTE_CHAR, "SQL_IDENTIFIER_QUOTE_CHAR", "");
    info_text(SQL_OWNER_TERM, "SQL_OWNER_TERM", "nonempty");
    info_text(SQL_TABLE_TERM, "SQL_TABLE_TERM", "nonempty");
    info_text(SQL_QUALIFIER_NAME_SEPARATOR, "SQL_QUALIFIER_NAME_SEPARATOR", ""); /* "" without catalogs */
    info_text(SQL_LIKE_ESCAPE_CLAUSE, "SQL_LIKE_ESCAPE_CLAUSE", "");
    info_text(SQL_EXPRESSIONS_IN_ORDERBY, "SQL_EXPRESSIONS_IN_ORDERBY", "");

    /* the "Choose Columns" pane: tables of the types MS Query shows, then a table's columns */
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    rc = SQLTables(st, NULL, 0, NULL, 0, NULL, 0, (SQLCHAR *)"'TABLE','VIEW','SYSTEM TABLE','ALIAS','SYNONYM'", SQL_NTS);
    if (OK(said("SQLTables(NULL, NULL, NULL, \"'TABLE','VIEW','SYSTEM TABLE','ALIAS','SYNONYM'\")", rc, st))) {
        SQLCHAR schem[128], name[128], type[64];
        SQLLEN i1, i2, i3;
        SQLBindCol(st, 2, SQL_C_CHAR, schem, sizeof schem, &i1);
        SQLBindCol(st, 3, SQL_C_CHAR, name, sizeof name, &i2);
        SQLBindCol(st, 4, SQL_C_CHAR, type, sizeof type, &i3);
        while (OK(SQLFetch(st))) printf("  %s.%s %s\n", schem, name, type);
    }
    SQLFreeStmt(st, SQL_CLOSE);
    SQLFreeStmt(st, SQL_UNBIND);
    rc = SQLColumns(st, NULL, 0, (SQLCHAR *)"Confluence", SQL_NTS, (SQLCHAR *)"Spaces", SQL_NTS, NULL, 0);
    if (OK(said("SQLColumns(NULL, \"Confluence\", \"Spaces\", NULL)", rc, st))) {
        SQLCHAR name[128];
        SQLLEN i1;
        SQLBindCol(st, 4, SQL_C_CHAR, name, sizeof name, &i1);
        int n = 0;
        while (OK(SQLFetch(st))) printf("  %d %s\n", ++n, name);
    }
    SQLFreeStmt(st, SQL_DROP);

    /* the queries MS Query returns to Excel */
    query("SELECT T_0.Id, T_0.Title, T_0.SpaceKey FROM Confluence.Pages T_0 WHERE (T_0.SpaceKey='HR') ORDER BY T_0.Id", 3);
    query("SELECT T_0.Title, T_1.Name FROM {oj Confluence.Pages T_0 LEFT OUTER JOIN Confluence.Spaces T_1 "
          "ON T_0.SpaceKey = T_1.Key} WHERE (T_0.Id='1000050')", 5);
    query("SELECT T_0.Key, COUNT(T_1.Id) FROM {oj Confluence.Spaces T_0 LEFT OUTER JOIN Confluence.Pages T_1 "
          "ON T_1.SpaceKey = T_0.Key} GROUP BY T_0.Key ORDER BY T_0.Key", 10);
    query("SELECT T_0.Title FROM Confluence.Pages T_0 WHERE (T_0.Title LIKE 'Budget_2024%') ORDER BY T_0.Title", 2);
    query("SELECT T_0.Title FROM Confluence.Pages T_0 WHERE (T_0.Title LIKE 'Budget\\_2024%' {escape '\\'})", 2);
    query("SELECT T_0.Title FROM Confluence.NoSuchTable T_0", 1);

    said("SQLDisconnect", SQLDisconnect(dbc), SQL_NULL_HSTMT);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    return 0;
}

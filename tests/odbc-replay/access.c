/* Replay: Microsoft Access linking a table (External Data > ODBC Database > Link), which goes
 * through Jet/ACE's ODBC layer with ODBC 2 entry points.
 *
 * Written down from Microsoft's documentation and the notes in /work/shared/reference/bi-tools.md:
 * - https://learn.microsoft.com/office/client-developer/access/desktop-database-reference/
 *   (Jet/ACE and ODBC): Jet calls ODBC 2 names (SQLAllocEnv, SQLAllocConnect, SQLAllocStmt,
 *   SQLError, SQLSetParam, SQLTransact, ...), which the driver manager maps to ODBC 3.
 * - https://learn.microsoft.com/troubleshoot/... "MSysConf table" (Access queries a table named
 *   MSysConf right after connecting; an ordinary "table not found" makes it carry on, any other
 *   error makes it refuse the connection). For an ODBC 2 application the driver manager reports
 *   42S02 as S0002 (https://learn.microsoft.com/sql/odbc/reference/appendixes/sqlstate-mappings).
 * - Linking: SQLColumns, then SQLStatistics (Jet takes the first unique index as the key) and
 *   SQLSpecialColumns; rows are fetched by key with "WHERE key = ? OR key = ? ..." (up to 10
 *   keys per statement), reading fields one by one with SQLGetData.
 * - https://learn.microsoft.com/sql/odbc/reference/appendixes/sqlsetparam-mapping: the driver
 *   manager turns SQLSetParam into SQLBindParameter(..., SQL_PARAM_INPUT_OUTPUT, ...,
 *   SQL_SETPARAM_VALUE_MAX, ...), so a driver must take INPUT_OUTPUT on an ordinary statement.
 * usage: access CONNECTION_STRING */
#include "replay.h"

static SQLHENV env;
static SQLHDBC dbc;

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

static int cmp(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: access CONNECTION_STRING\n"); return 2; }
    SQLRETURN rc;
    said("SQLAllocEnv", SQLAllocEnv(&env), SQL_NULL_HSTMT);
    said("SQLAllocConnect", SQLAllocConnect(env, &dbc), SQL_NULL_HSTMT);
    SQLCHAR out[1024];
    SQLSMALLINT outlen;
    rc = SQLDriverConnect(dbc, NULL, (SQLCHAR *)argv[1], SQL_NTS, out, sizeof out, &outlen, SQL_DRIVER_NOPROMPT);
    if (!OK(said("SQLDriverConnect(SQL_DRIVER_NOPROMPT)", rc, SQL_NULL_HSTMT))) return 1;
    SQLUSMALLINT active = 0;
    said("SQLGetInfo(SQL_ACTIVE_STATEMENTS)", SQLGetInfo(dbc, SQL_ACTIVE_STATEMENTS, &active, sizeof active, NULL),
         SQL_NULL_HSTMT);
    SQLCHAR quote[8] = "";
    said("SQLGetInfo(SQL_IDENTIFIER_QUOTE_CHAR)", SQLGetInfo(dbc, SQL_IDENTIFIER_QUOTE_CHAR, quote, sizeof quote, NULL),
         SQL_NULL_HSTMT);
    printf("  \"%s\"\n", quote);

    SQLHSTMT st;
    said("SQLAllocStmt", SQLAllocStmt(dbc, &st), SQL_NULL_HSTMT);
    /* the MSysConf probe: must be an ordinary "table not found" */
    said("SQLExecDirect(SELECT Config, nValue FROM MSysConf)",
         SQLExecDirect(st, (SQLCHAR *)"SELECT Config, nValue FROM MSysConf", SQL_NTS), st);
    SQLFreeStmt(st, SQL_CLOSE);

    /* link: columns, indexes, row identifier */
    rc = SQLColumns(st, NULL, 0, (SQLCHAR *)"Confluence", SQL_NTS, (SQLCHAR *)"Pages", SQL_NTS, NULL, 0);
    if (OK(said("SQLColumns(NULL, \"Confluence\", \"Pages\", NULL)", rc, st))) {
        int n = 0;
        while (OK(SQLFetch(st))) n++;
        printf("  columns: %d\n", n);
    }
    SQLFreeStmt(st, SQL_CLOSE);
    rc = SQLStatistics(st, NULL, 0, (SQLCHAR *)"Confluence", SQL_NTS, (SQLCHAR *)"Pages", SQL_NTS, SQL_INDEX_ALL, SQL_QUICK);
    if (OK(said("SQLStatistics(NULL, \"Confluence\", \"Pages\", SQL_INDEX_ALL, SQL_QUICK)", rc, st))) {
        SQLSMALLINT n = 0;
        SQLNumResultCols(st, &n);
        printf("  result columns: %d\n", n);
        while (OK(SQLFetch(st))) {}
    }
    SQLFreeStmt(st, SQL_CLOSE);
    rc = SQLSpecialColumns(st, SQL_BEST_ROWID, NULL, 0, (SQLCHAR *)"Confluence", SQL_NTS, (SQLCHAR *)"Pages", SQL_NTS,
                           SQL_SCOPE_SESSION, SQL_NULLABLE);
    if (OK(said("SQLSpecialColumns(SQL_BEST_ROWID, NULL, \"Confluence\", \"Pages\")", rc, st))) {
        SQLSMALLINT n = 0;
        SQLNumResultCols(st, &n);
        printf("  result columns: %d\n", n);
        while (OK(SQLFetch(st))) {}
    }
    SQLFreeStmt(st, SQL_CLOSE);

    /* keyed fetch of 10 rows, parameters bound with the ODBC 1 SQLSetParam */
    static const char *keys[10] = {"1000001", "1000038", "1000050", "1000058", "1000068",
                                   "1000078", "1000091", "1000103", "1000263", "1000426"};
    rc = SQLPrepare(st, (SQLCHAR *)"SELECT Id, Title, VersionNumber FROM Confluence.Pages WHERE Id = ? OR Id = ? OR Id = ? "
                    "OR Id = ? OR Id = ? OR Id = ? OR Id = ? OR Id = ? OR Id = ? OR Id = ?", SQL_NTS);
    said("SQLPrepare(... WHERE Id = ? OR ... (10 keys))", rc, st);
    static SQLLEN nts[10];
    int bound = 1;
    for (int i = 0; i < 10; i++) {
        nts[i] = SQL_NTS;
        rc = SQLSetParam(st, i + 1, SQL_C_CHAR, SQL_VARCHAR, 255, 0, (SQLPOINTER)keys[i], &nts[i]);
        if (!OK(rc)) { said("SQLSetParam", rc, st); bound = 0; break; }
    }
    if (bound) printf("SQLSetParam x10 -> SQL_SUCCESS\n");
    rc = SQLExecute(st);
    if (OK(said("SQLExecute", rc, st))) {
        char rows[20][600];
        int n = 0;
        while (OK(SQLFetch(st)) && n < 20) {
            char id[32], title[400], version[32];
            SQLLEN ind;
            SQLGetData(st, 1, SQL_C_CHAR, id, sizeof id, &ind);
            SQLGetData(st, 2, SQL_C_CHAR, title, sizeof title, &ind);
            SQLGetData(st, 3, SQL_C_CHAR, version, sizeof version, &ind);
            snprintf(rows[n++], sizeof rows[0], "%s | %s | %s", id, title, version);
        }
        qsort(rows, n, sizeof rows[0], cmp);
        for (int i = 0; i < n; i++) printf("  %s\n", rows[i]);
        printf("  rows: %d\n", n);
    }
    said("SQLFreeStmt(SQL_DROP)", SQLFreeStmt(st, SQL_DROP), SQL_NULL_HSTMT);
    said("SQLTransact(SQL_COMMIT)", SQLTransact(env, dbc, SQL_COMMIT), SQL_NULL_HSTMT);
    said("SQLDisconnect", SQLDisconnect(dbc), SQL_NULL_HSTMT);
    said("SQLFreeConnect", SQLFreeConnect(dbc), SQL_NULL_HSTMT);
    said("SQLFreeEnv", SQLFreeEnv(env), SQL_NULL_HSTMT);
    return 0;
}

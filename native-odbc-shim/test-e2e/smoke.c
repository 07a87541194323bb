/*
 * End-to-end smoke test of libquireodbc through the real driver manager (unixODBC):
 * connect, metadata, row-wise and column-wise block fetches, piecewise SQLGetData,
 * descriptors, diagnostics (ODBC 3 and ODBC 2 states), catalog functions, SQLGetInfo.
 * It checks driver behaviour, not data: any site with a table of at least one text column
 * will do.
 *   cc -o smoke smoke.c -lodbc -lpthread
 *   ODBCSYSINI=dir ODBCINI=dir/odbc.ini ./smoke "DSN=QuireTest" "SELECT Key, Name FROM Spaces" \
 *       ["a query slow enough to cancel"]
 */
#include <pthread.h>
#include <sql.h>
#include <sqlext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int failures;

#define CHECK(cond, ...) do { \
        if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
        else { printf("ok   "); printf(__VA_ARGS__); printf("\n"); } \
    } while (0)

static const char *state_of(SQLSMALLINT type, SQLHANDLE h)
{
    static char st[6];
    SQLINTEGER native;
    SQLCHAR msg[512];
    SQLSMALLINT len;
    st[0] = '\0';
    if (SQLGetDiagRec(type, h, 1, (SQLCHAR *)st, &native, msg, sizeof msg, &len) == SQL_NO_DATA)
        return "";
    return st;
}

static void connect_env(SQLINTEGER version, SQLHENV *env, SQLHDBC *dbc, const char *cs)
{
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, env);
    SQLSetEnvAttr(*env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)(SQLLEN)version, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, *env, dbc);
    SQLRETURN rc = SQLDriverConnect(*dbc, NULL, (SQLCHAR *)cs, SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
    if (!SQL_SUCCEEDED(rc)) {
        printf("cannot connect: %s\n", state_of(SQL_HANDLE_DBC, *dbc));
        exit(2);
    }
}

static void test_connect_info(const char *cs)
{
    SQLHENV env;
    SQLHDBC dbc;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
    SQLCHAR out[8];
    SQLSMALLINT out_len = 0;
    SQLRETURN rc = SQLDriverConnect(dbc, NULL, (SQLCHAR *)cs, SQL_NTS, out, sizeof out, &out_len,
                                    SQL_DRIVER_NOPROMPT);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(state_of(SQL_HANDLE_DBC, dbc), "01004") == 0,
          "SQLDriverConnect truncates the out string with 01004 (rc %d, %s)", rc, state_of(SQL_HANDLE_DBC, dbc));
    CHECK(out_len == (SQLSMALLINT)strlen(cs) && strlen((char *)out) == 7,
          "out length is the full length %d (got %d)", (int)strlen(cs), out_len);

    char buf[64];
    SQLSMALLINT len = 0;
    rc = SQLGetInfo(dbc, SQL_DRIVER_NAME, buf, 5, &len);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && len == 15 && strcmp(buf, "libq") == 0,
          "SQL_DRIVER_NAME truncated to 'libq' with full length 15 (rc %d, len %d, '%s')", rc, len, buf);
    rc = SQLGetInfo(dbc, SQL_DRIVER_ODBC_VER, buf, sizeof buf, &len);
    CHECK(rc == SQL_SUCCESS && strcmp(buf, "03.80") == 0, "SQL_DRIVER_ODBC_VER = %s", buf);
    rc = SQLGetInfo(dbc, SQL_DBMS_NAME, buf, sizeof buf, &len);
    CHECK(rc == SQL_SUCCESS && len > 0, "SQL_DBMS_NAME = %s", buf);
    SQLUINTEGER u32 = 0;
    rc = SQLGetInfo(dbc, SQL_GETDATA_EXTENSIONS, &u32, sizeof u32, NULL);
    CHECK(rc == SQL_SUCCESS && (u32 & SQL_GD_ANY_ORDER), "SQL_GETDATA_EXTENSIONS = %#x", u32);
    SQLUSMALLINT u16 = 9;
    rc = SQLGetInfo(dbc, SQL_TXN_CAPABLE, &u16, sizeof u16, NULL);
    CHECK(rc == SQL_SUCCESS && u16 == SQL_TC_NONE, "SQL_TXN_CAPABLE = SQL_TC_NONE");
    rc = SQLGetInfo(dbc, 9999, buf, sizeof buf, &len);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_DBC, dbc), "HY096") == 0,
          "unknown info type gives HY096 (%s)", state_of(SQL_HANDLE_DBC, dbc));

    SQLUSMALLINT f[SQL_API_ODBC3_ALL_FUNCTIONS_SIZE];
    rc = SQLGetFunctions(dbc, SQL_API_ODBC3_ALL_FUNCTIONS, f);
    CHECK(rc == SQL_SUCCESS && SQL_FUNC_EXISTS(f, SQL_API_SQLFETCH) && SQL_FUNC_EXISTS(f, SQL_API_SQLSETPOS) &&
          SQL_FUNC_EXISTS(f, SQL_API_SQLBROWSECONNECT) && !SQL_FUNC_EXISTS(f, SQL_API_SQLBULKOPERATIONS),
          "SQLGetFunctions: SQLFetch, SQLSetPos and SQLBrowseConnect yes, SQLBulkOperations no");

    SQLUINTEGER ac = 0;
    rc = SQLGetConnectAttr(dbc, SQL_ATTR_AUTOCOMMIT, &ac, 0, NULL);
    CHECK(rc == SQL_SUCCESS && ac == SQL_AUTOCOMMIT_ON, "autocommit is on");
    rc = SQLSetConnectAttr(dbc, SQL_ATTR_ACCESS_MODE, (SQLPOINTER)SQL_MODE_READ_WRITE, 0);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(state_of(SQL_HANDLE_DBC, dbc), "01S02") == 0,
          "read-write access mode gives 01S02");
    SQLUINTEGER dead = 9;
    rc = SQLGetConnectAttr(dbc, SQL_ATTR_CONNECTION_DEAD, &dead, 0, NULL);
    CHECK(rc == SQL_SUCCESS && dead == SQL_CD_FALSE, "connection is alive");

    SQLCHAR nat[256];
    SQLINTEGER nat_len = 0;
    rc = SQLNativeSql(dbc, (SQLCHAR *)"SELECT {fn UCASE('a')}", SQL_NTS, nat, sizeof nat, &nat_len);
    CHECK(SQL_SUCCEEDED(rc) && nat_len > 0, "SQLNativeSql: %s", nat);
    SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
}

static void test_fetch(const char *cs, const char *query)
{
    SQLHENV env;
    SQLHDBC dbc;
    SQLHSTMT st;
    connect_env(SQL_OV_ODBC3, &env, &dbc, cs);
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);

    SQLHDESC ird = NULL;
    SQLGetStmtAttr(st, SQL_ATTR_IMP_ROW_DESC, &ird, 0, NULL);
    CHECK(ird != NULL, "SQL_ATTR_IMP_ROW_DESC is a descriptor");

    /* (the driver manager refuses this one with HY011 once a statement is prepared) */
    SQLRETURN rc = SQLSetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, (SQLPOINTER)SQL_CURSOR_DYNAMIC, 0);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(state_of(SQL_HANDLE_STMT, st), "01S02") == 0,
          "dynamic cursor request: 01S02 (static instead)");
    SQLSetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, (SQLPOINTER)SQL_CURSOR_FORWARD_ONLY, 0);
    rc = SQLExecute(st);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_STMT, st), "HY010") == 0,
          "SQLExecute before SQLPrepare: HY010 (%s)", state_of(SQL_HANDLE_STMT, st));
    rc = SQLCloseCursor(st);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_STMT, st), "24000") == 0,
          "SQLCloseCursor without a cursor: 24000 (%s)", state_of(SQL_HANDLE_STMT, st));

    /* count the rows one at a time first */
    rc = SQLExecDirect(st, (SQLCHAR *)query, SQL_NTS);
    CHECK(SQL_SUCCEEDED(rc), "SQLExecDirect %s (%s)", query, state_of(SQL_HANDLE_STMT, st));
    SQLSMALLINT ncols = 0;
    SQLNumResultCols(st, &ncols);
    CHECK(ncols >= 1, "%d result columns", ncols);
    SQLCHAR name[64];
    SQLSMALLINT name_len, type, digits, nullable;
    SQLULEN size;
    rc = SQLDescribeCol(st, 1, name, sizeof name, &name_len, &type, &size, &digits, &nullable);
    CHECK(rc == SQL_SUCCESS, "column 1: %s type %d size %lu", name, type, (unsigned long)size);
    SQLLEN disp = 0;
    rc = SQLColAttribute(st, 1, SQL_DESC_DISPLAY_SIZE, NULL, 0, NULL, &disp);
    CHECK(rc == SQL_SUCCESS && disp > 0, "display size %ld", (long)disp);
    char label[64];
    SQLSMALLINT label_len = 0;
    rc = SQLColAttribute(st, 1, SQL_DESC_LABEL, label, sizeof label, &label_len, NULL);
    CHECK(rc == SQL_SUCCESS && label_len == (SQLSMALLINT)strlen(label), "label %s", label);
    SQLSMALLINT count = 0;
    rc = SQLGetDescField(ird, 0, SQL_DESC_COUNT, &count, 0, NULL);
    CHECK(rc == SQL_SUCCESS && count == ncols, "IRD SQL_DESC_COUNT = %d", count);
    rc = SQLGetDescField(ird, 1, SQL_DESC_NAME, name, sizeof name, NULL);
    CHECK(rc == SQL_SUCCESS, "IRD record 1 SQL_DESC_NAME = %s", name);
    rc = SQLColAttribute(st, (SQLUSMALLINT)(ncols + 1), SQL_DESC_NAME, name, sizeof name, NULL, NULL);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_STMT, st), "07009") == 0, "column past the end: 07009");

    long rows = 0;
    char piece[4];
    SQLLEN ind;
    while ((rc = SQLFetch(st)) == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO) {
        if (rows == 0) {
            /* piecewise: 3 bytes a time */
            size_t got = 0;
            SQLRETURN g;
            int pieces = 0;
            while ((g = SQLGetData(st, 1, SQL_C_CHAR, piece, sizeof piece, &ind)) != SQL_NO_DATA) {
                if (!SQL_SUCCEEDED(g) || ind == SQL_NULL_DATA)
                    break;
                got += strlen(piece);
                pieces++;
            }
            CHECK(g == SQL_NO_DATA || ind == SQL_NULL_DATA, "piecewise SQLGetData: %zu bytes in %d pieces", got, pieces);
            if (ncols >= 2) {
                SQLWCHAR w[128];
                g = SQLGetData(st, 2, SQL_C_WCHAR, w, sizeof w, &ind);
                CHECK(SQL_SUCCEEDED(g), "SQLGetData column 2 as SQL_C_WCHAR (ind %ld)", (long)ind);
                g = SQLGetData(st, 1, SQL_C_CHAR, name, sizeof name, &ind);
                CHECK(g == SQL_NO_DATA, "column 1 again after it was fully read: SQL_NO_DATA");
            }
        }
        rows++;
    }
    CHECK(rc == SQL_NO_DATA, "%ld rows, then SQL_NO_DATA", rows);
    rc = SQLFetchScroll(st, SQL_FETCH_FIRST, 0);
    CHECK(rc == SQL_ERROR, "SQLFetchScroll(SQL_FETCH_FIRST) on a forward-only cursor refused (%s)",
          state_of(SQL_HANDLE_STMT, st));
    SQLCloseCursor(st);

    /* row-wise binding, rowset of 4 */
    struct row {
        char key[40];
        SQLLEN key_ind;
    } rs[4];
    SQLULEN fetched = 0;
    SQLUSMALLINT status[4];
    SQLSetStmtAttr(st, SQL_ATTR_ROW_BIND_TYPE, (SQLPOINTER)sizeof(struct row), 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER)4, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROWS_FETCHED_PTR, &fetched, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROW_STATUS_PTR, status, 0);
    rc = SQLExecDirect(st, (SQLCHAR *)query, SQL_NTS);
    SQLBindCol(st, 1, SQL_C_CHAR, rs[0].key, sizeof rs[0].key, &rs[0].key_ind);
    long rows2 = 0;
    int status_ok = 1;
    while (SQL_SUCCEEDED(rc = SQLFetch(st))) {
        for (SQLULEN i = 0; i < fetched; i++)
            if (status[i] != SQL_ROW_SUCCESS && status[i] != SQL_ROW_SUCCESS_WITH_INFO)
                status_ok = 0;
        if (fetched < 4 && status[fetched] != SQL_ROW_NOROW)
            status_ok = 0;
        if (rows2 == 0)
            printf("     first row-wise rowset: '%s' (%ld) ...\n", rs[0].key, (long)rs[0].key_ind);
        rows2 += (long)fetched;
    }
    CHECK(rows2 == rows && status_ok, "row-wise rowsets of 4 give the same %ld rows, statuses right", rows2);
    SQLFreeStmt(st, SQL_CLOSE);
    SQLFreeStmt(st, SQL_UNBIND);

    /* column-wise binding, rowset of 3 */
    char keys[3][40];
    SQLLEN inds[3];
    SQLSetStmtAttr(st, SQL_ATTR_ROW_BIND_TYPE, (SQLPOINTER)SQL_BIND_BY_COLUMN, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER)3, 0);
    SQLExecDirect(st, (SQLCHAR *)query, SQL_NTS);
    SQLBindCol(st, 1, SQL_C_CHAR, keys, sizeof keys[0], inds);
    long rows3 = 0;
    while (SQL_SUCCEEDED(SQLFetch(st)))
        rows3 += (long)fetched;
    CHECK(rows3 == rows, "column-wise rowsets of 3 give the same %ld rows", rows3);
    SQLFreeStmt(st, SQL_CLOSE);
    SQLFreeStmt(st, SQL_UNBIND);
    SQLSetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER)1, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROWS_FETCHED_PTR, NULL, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROW_STATUS_PTR, NULL, 0);

    /* prepare once, execute twice */
    rc = SQLPrepare(st, (SQLCHAR *)query, SQL_NTS);
    CHECK(rc == SQL_SUCCESS, "SQLPrepare");
    for (int i = 0; i < 2; i++) {
        rc = SQLExecute(st);
        long n = 0;
        while (SQL_SUCCEEDED(SQLFetch(st)))
            n++;
        CHECK(rc == SQL_SUCCESS && n == rows, "execution %d of the prepared statement: %ld rows", i + 1, n);
        SQLCloseCursor(st);
    }
    SQLLEN rc_rows = 0;
    SQLRowCount(st, &rc_rows);

    /* errors: ODBC 3 state and diag fields */
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT * FROM quire_no_such_table", SQL_NTS);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_STMT, st), "42S02") == 0,
          "unknown table: 42S02 (%s)", state_of(SQL_HANDLE_STMT, st));
    SQLINTEGER nrec = 0;
    SQLGetDiagField(SQL_HANDLE_STMT, st, 0, SQL_DIAG_NUMBER, &nrec, 0, NULL);
    char origin[32];
    SQLSMALLINT olen = 0;
    SQLGetDiagField(SQL_HANDLE_STMT, st, 1, SQL_DIAG_SUBCLASS_ORIGIN, origin, sizeof origin, &olen);
    CHECK(nrec == 1 && strcmp(origin, "ODBC 3.0") == 0 && olen == 8, "SQL_DIAG_NUMBER 1, subclass origin %s", origin);
    SQLCHAR msg[10];
    SQLSMALLINT mlen = 0;
    SQLCHAR sst[6];
    SQLINTEGER nat;
    rc = SQLGetDiagRec(SQL_HANDLE_STMT, st, 1, sst, &nat, msg, sizeof msg, &mlen);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && mlen > 9 && strlen((char *)msg) == 9,
          "SQLGetDiagRec truncates the message (full length %d)", mlen);

    /* catalog functions */
    rc = SQLTables(st, NULL, 0, NULL, 0, (SQLCHAR *)"%", SQL_NTS, NULL, 0);
    long tables = 0;
    while (SQL_SUCCEEDED(SQLFetch(st)))
        tables++;
    CHECK(SQL_SUCCEEDED(rc) && tables > 0, "SQLTables: %ld tables", tables);
    SQLCloseCursor(st);
    rc = SQLGetTypeInfo(st, SQL_ALL_TYPES);
    long types = 0;
    while (SQL_SUCCEEDED(SQLFetch(st)))
        types++;
    CHECK(SQL_SUCCEEDED(rc) && types > 0, "SQLGetTypeInfo: %ld types", types);
    SQLCloseCursor(st);
    rc = SQLColumns(st, NULL, 0, NULL, 0, (SQLCHAR *)"Spaces", SQL_NTS, NULL, 0);
    long cols = 0;
    while (SQL_SUCCEEDED(SQLFetch(st)))
        cols++;
    CHECK(SQL_SUCCEEDED(rc), "SQLColumns(Spaces): %ld columns", cols);
    SQLCloseCursor(st);

    rc = SQLCancel(st);
    CHECK(rc == SQL_SUCCESS, "SQLCancel on an idle statement");
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
}

static void test_odbc2(const char *cs)
{
    SQLHENV env;
    SQLHDBC dbc;
    SQLHSTMT st;
    connect_env(SQL_OV_ODBC2, &env, &dbc, cs);
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)"SELECT * FROM quire_no_such_table", SQL_NTS);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_STMT, st), "S0002") == 0,
          "ODBC 2 application sees S0002 (%s)", state_of(SQL_HANDLE_STMT, st));
    rc = SQLExecDirect(st, (SQLCHAR *)"SELEC nonsense", SQL_NTS);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_STMT, st), "37000") == 0,
          "ODBC 2 application sees 37000 for a syntax error (%s)", state_of(SQL_HANDLE_STMT, st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
}

static void *cancel_later(void *st)
{
    usleep(300 * 1000);
    SQLCancel((SQLHSTMT)st);
    return NULL;
}

/* SQLCancel from a second thread interrupts a running statement (HY008). */
static void test_cancel(const char *cs, const char *slow_query)
{
    SQLHENV env;
    SQLHDBC dbc;
    SQLHSTMT st;
    connect_env(SQL_OV_ODBC3, &env, &dbc, cs);
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    pthread_t t;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    pthread_create(&t, NULL, cancel_later, st);
    /* The engine is lazy: the work (and so the cancel) may land in SQLExecDirect or in SQLFetch. */
    SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)slow_query, SQL_NTS);
    while (SQL_SUCCEEDED(rc))
        rc = SQLFetch(st);
    clock_gettime(CLOCK_MONOTONIC, &b);
    pthread_join(t, NULL);
    double secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_STMT, st), "HY008") == 0 && secs < 3,
          "SQLCancel from another thread: HY008 after %.2f s (%s)", secs, state_of(SQL_HANDLE_STMT, st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
}

int main(int argc, char **argv)
{
    const char *cs = argc > 1 ? argv[1] : "DSN=QuireTest";
    const char *query = argc > 2 ? argv[2] : "SELECT Key, Name FROM Spaces";
    test_connect_info(cs);
    test_fetch(cs, query);
    test_odbc2(cs);
    if (argc > 3)
        test_cancel(cs, argv[3]);
    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}

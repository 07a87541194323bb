/*
 * Block cursors the ODBC 2 way and positioning: SQLExtendedFetch with SQL_ROWSET_SIZE,
 * SQLSetPos(SQL_POSITION) + SQLGetData on every row of every rowset (SQL_GD_BLOCK), across
 * the engine's fetch batches, SQL_REFRESH, the refused operations, and cursor names.
 * Needs a table of a few hundred rows (Pages: 589).
 *   extfetch "DSN=QuireDC"
 */
#include "e2e.h"

#define QUERY "SELECT Id, Title FROM Pages"

static long total_rows(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    long n = count_rows(st);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    return n;
}

static void test_extended_fetch(SQLHDBC dbc, long total)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLRETURN rc = SQLSetStmtAttr(st, SQL_ROWSET_SIZE, (SQLPOINTER)5, 0);
    SQLULEN rs = 0, arr = 0;
    SQLGetStmtAttr(st, SQL_ROWSET_SIZE, &rs, 0, NULL);
    SQLGetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, &arr, 0, NULL);
    CHECK(rc == SQL_SUCCESS && rs == 5 && arr == 1, "SQL_ROWSET_SIZE 5 leaves SQL_ATTR_ROW_ARRAY_SIZE at %lu", (unsigned long)arr);
    SQLBIGINT ids[5];
    SQLLEN inds[5];
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    SQLBindCol(st, 1, SQL_C_SBIGINT, ids, 0, inds);
    SQLULEN fetched = 0;
    SQLUSMALLINT status[5];
    long rows = 0, calls = 0;
    int status_ok = 1;
    while ((rc = SQLExtendedFetch(st, SQL_FETCH_NEXT, 0, &fetched, status)) == SQL_SUCCESS ||
           rc == SQL_SUCCESS_WITH_INFO) {
        for (SQLULEN i = 0; i < 5; i++)
            if ((i < fetched) != (status[i] == SQL_ROW_SUCCESS))
                status_ok = 0;
        if (fetched == 0 || fetched > 5 || ids[0] <= 0)
            status_ok = 0;
        rows += (long)fetched;
        calls++;
    }
    CHECK(rc == SQL_NO_DATA && rows == total && calls == (total + 4) / 5 && status_ok,
          "SQLExtendedFetch: %ld rows in %ld rowsets of 5, row status right", rows, calls);
    CHECK(fetched == 0, "row count 0 at the end");
    SQLCloseCursor(st);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    rc = SQLExtendedFetch(st, SQL_FETCH_PRIOR, 0, &fetched, status);
    CHECK(rc == SQL_ERROR && (IS_STATE(st, "HY106") || IS_STATE(st, "HYC00")), "SQL_FETCH_PRIOR refused (%s)", STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_setpos(SQLHDBC dbc, long total)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    enum { N = 7 };
    SQLBIGINT ids[N];
    SQLLEN inds[N];
    SQLULEN fetched = 0;
    SQLUSMALLINT status[N];
    SQLSetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER)N, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROWS_FETCHED_PTR, &fetched, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROW_STATUS_PTR, status, 0);
    SQLRETURN rc = SQLSetPos(st, 1, SQL_POSITION, SQL_LOCK_NO_CHANGE);
    CHECK(rc == SQL_ERROR, "SQLSetPos before any result: error (%s)", STMT_STATE(st));
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    SQLBindCol(st, 1, SQL_C_SBIGINT, ids, 0, inds);
    long rows = 0, mismatches = 0, refreshed_bad = 0, titles = 0;
    while (SQL_SUCCEEDED(rc = SQLFetch(st))) {
        /* SQLGetData after the fetch reads row 1 of the rowset */
        SQLBIGINT v = 0;
        SQLLEN ind;
        SQLGetData(st, 1, SQL_C_SBIGINT, &v, 0, &ind);
        if (v != ids[0])
            mismatches++;
        for (SQLULEN i = fetched; i >= 1; i--) {   /* backwards, to really move */
            if (SQLSetPos(st, (SQLSETPOSIROW)i, SQL_POSITION, SQL_LOCK_NO_CHANGE) != SQL_SUCCESS)
                mismatches++;
            v = 0;
            if (SQLGetData(st, 1, SQL_C_SBIGINT, &v, 0, &ind) != SQL_SUCCESS || v != ids[i - 1])
                mismatches++;
            char title[8];
            if (SQL_SUCCEEDED(SQLGetData(st, 2, SQL_C_CHAR, title, sizeof title, &ind)))
                titles++;
        }
        SQLBIGINT saved[N];
        memcpy(saved, ids, sizeof ids);
        memset(ids, 0, sizeof ids);
        if (SQLSetPos(st, 0, SQL_REFRESH, SQL_LOCK_NO_CHANGE) != SQL_SUCCESS ||
            memcmp(saved, ids, fetched * sizeof ids[0]) != 0)
            refreshed_bad++;
        rows += (long)fetched;
    }
    CHECK(rows == total && mismatches == 0 && titles == total,
          "SQLSetPos(SQL_POSITION) + SQLGetData on all %ld rows of rowsets of %d (%ld mismatches)", rows, N, mismatches);
    CHECK(refreshed_bad == 0, "SQLSetPos(0, SQL_REFRESH) rewrites the bound buffers of every rowset");
    SQLCloseCursor(st);

    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    SQLFetch(st);
    rc = SQLSetPos(st, N + 1, SQL_POSITION, SQL_LOCK_NO_CHANGE);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY107"), "row past the rowset: HY107 (%s)", STMT_STATE(st));
    rc = SQLSetPos(st, 1, SQL_UPDATE, SQL_LOCK_NO_CHANGE);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HYC00"), "SQL_UPDATE: HYC00 (read-only) (%s)", STMT_STATE(st));
    rc = SQLSetPos(st, 1, SQL_POSITION, SQL_LOCK_EXCLUSIVE);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HYC00"), "SQL_LOCK_EXCLUSIVE: HYC00 (%s)", STMT_STATE(st));
    rc = SQLBulkOperations(st, SQL_ADD);
    CHECK(rc == SQL_ERROR && (IS_STATE(st, "HYC00") || IS_STATE(st, "HY010") || IS_STATE(st, "IM001")),
          "SQLBulkOperations(SQL_ADD) refused (%s)", STMT_STATE(st));
    SQLUINTEGER gd = 0;
    SQLGetInfo(dbc, SQL_GETDATA_EXTENSIONS, &gd, sizeof gd, NULL);
    CHECK(gd & SQL_GD_BLOCK, "SQL_GETDATA_EXTENSIONS has SQL_GD_BLOCK");
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_cursor_names(SQLHDBC dbc)
{
    SQLHSTMT a, b;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &a);
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &b);
    SQLCHAR name[64];
    SQLSMALLINT len = 0;
    SQLRETURN rc = SQLGetCursorName(a, name, sizeof name, &len);
    CHECK(rc == SQL_SUCCESS && strncmp((char *)name, "SQL_CUR", 7) == 0 && len == (SQLSMALLINT)strlen((char *)name),
          "generated cursor name %s", name);
    SQLCHAR other[64];
    SQLGetCursorName(b, other, sizeof other, &len);
    CHECK(strcmp((char *)name, (char *)other) != 0, "each statement has its own name (%s)", other);
    rc = SQLSetCursorName(a, (SQLCHAR *)"orders_cursor", SQL_NTS);
    SQLGetCursorName(a, name, sizeof name, &len);
    CHECK(rc == SQL_SUCCESS && strcmp((char *)name, "orders_cursor") == 0, "SQLSetCursorName: %s", name);
    rc = SQLSetCursorName(b, (SQLCHAR *)"ORDERS_CURSOR", SQL_NTS);
    CHECK(rc == SQL_ERROR && IS_STATE(b, "3C000"), "duplicate name: 3C000 (%s)", STMT_STATE(b));
    rc = SQLSetCursorName(b, (SQLCHAR *)"SQL_CUR99", SQL_NTS);
    CHECK(rc == SQL_ERROR && IS_STATE(b, "34000"), "reserved prefix: 34000 (%s)", STMT_STATE(b));
    rc = SQLGetCursorName(a, name, 6, &len);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && IS_STATE(a, "01004") && len == 13 && strcmp((char *)name, "order") == 0,
          "truncated name: 01004, full length %d", len);
    SQLWCHAR wname[32];
    rc = SQLGetCursorNameW(a, wname, 32, &len);
    CHECK(rc == SQL_SUCCESS && len == 13 && wname[0] == 'o', "SQLGetCursorNameW: %d characters", len);
    SQLExecDirect(a, (SQLCHAR *)"SELECT Key FROM Spaces", SQL_NTS);
    rc = SQLSetCursorName(a, (SQLCHAR *)"late", SQL_NTS);
    CHECK(rc == SQL_ERROR && IS_STATE(a, "24000"), "renaming an open cursor: 24000 (%s)", STMT_STATE(a));
    SQLFreeHandle(SQL_HANDLE_STMT, a);
    SQLFreeHandle(SQL_HANDLE_STMT, b);
}

int main(int argc, char **argv)
{
    conn c;
    open_conn(&c, argc > 1 ? argv[1] : "DSN=QuireDC");
    long total = total_rows(c.dbc);
    CHECK(total > 500, "%ld rows in the test query (more than one fetch batch)", total);
    test_extended_fetch(c.dbc, total);
    test_setpos(c.dbc, total);
    test_cursor_names(c.dbc);
    close_conn(&c);
    return finish("extfetch");
}

/*
 * The static cursor: SQL_ATTR_CURSOR_TYPE / SQL_ATTR_CURSOR_SCROLLABLE, every SQLFetchScroll
 * orientation against the positioning rules (before start, after end, 01S06 at the front),
 * partial rowsets at the end, SQL_ATTR_MAX_ROWS, SQLSetPos + SQLGetData and
 * SQL_ATTR_ROW_NUMBER inside a scrolled rowset, SQLExtendedFetch scrolling for ODBC 2
 * applications, and the forward-only cursor still refusing to scroll.
 * The reference is the same query read forward-only. Needs a table of a few hundred rows.
 *   scroll "DSN=QuireDC"
 */
#include "e2e.h"

#define QUERY "SELECT Id FROM Pages ORDER BY Id"
#define ROWSET 7
#define MAXREF 100000

static SQLBIGINT ref[MAXREF];
static long total;

static void read_reference(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLBIGINT id;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    SQLBindCol(st, 1, SQL_C_SBIGINT, &id, 0, NULL);
    while (SQL_SUCCEEDED(SQLFetch(st)) && total < MAXREF)
        ref[total++] = id;
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

typedef struct rowset {
    SQLBIGINT ids[ROWSET];
    SQLLEN inds[ROWSET];
    SQLUSMALLINT status[ROWSET];
    SQLULEN fetched;
} rowset;

static void bind_rowset(SQLHSTMT st, rowset *r, SQLULEN size)
{
    SQLSetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER)size, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROW_STATUS_PTR, r->status, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROWS_FETCHED_PTR, &r->fetched, 0);
    SQLBindCol(st, 1, SQL_C_SBIGINT, r->ids, 0, r->inds);
}

/* The rowset holds rows first..first+n-1 (1-based) of the reference, then NOROW. */
static int holds(const rowset *r, long first, long n)
{
    if ((long)r->fetched != n)
        return 0;
    for (long i = 0; i < ROWSET; i++) {
        if (i < n && (r->status[i] != SQL_ROW_SUCCESS || r->ids[i] != ref[first - 1 + i]))
            return 0;
        if (i >= n && r->status[i] != SQL_ROW_NOROW)
            return 0;
    }
    return 1;
}

static SQLRETURN scroll(SQLHSTMT st, rowset *r, SQLSMALLINT how, SQLLEN off)
{
    memset(r->ids, 0, sizeof r->ids);
    r->fetched = 99;
    return SQLFetchScroll(st, how, off);
}

static void test_attributes(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLULEN v = 0;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLRETURN rc = SQLSetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, (SQLPOINTER)SQL_CURSOR_KEYSET_DRIVEN, 0);
    int warned = IS_STATE(st, "01S02");
    SQLGetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, &v, 0, NULL);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && warned && v == SQL_CURSOR_STATIC,
          "a keyset-driven cursor becomes static with 01S02 (rc %d)", rc);
    SQLGetStmtAttr(st, SQL_ATTR_CURSOR_SCROLLABLE, &v, 0, NULL);
    CHECK(v == SQL_SCROLLABLE, "a static cursor reads back as scrollable");
    rc = SQLSetStmtAttr(st, SQL_ATTR_CURSOR_SCROLLABLE, (SQLPOINTER)SQL_NONSCROLLABLE, 0);
    SQLGetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, &v, 0, NULL);
    CHECK(rc == SQL_SUCCESS && v == SQL_CURSOR_FORWARD_ONLY, "non-scrollable means forward-only");
    rc = SQLSetStmtAttr(st, SQL_ATTR_CURSOR_SCROLLABLE, (SQLPOINTER)SQL_SCROLLABLE, 0);
    SQLGetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, &v, 0, NULL);
    CHECK(rc == SQL_SUCCESS && v == SQL_CURSOR_STATIC, "scrollable means static");
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    rc = SQLSetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, (SQLPOINTER)SQL_CURSOR_FORWARD_ONLY, 0);
    CHECK(rc == SQL_ERROR, "the type of an open cursor does not change (%s)", STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);

    SQLUINTEGER mask = 0;
    SQLGetInfo(dbc, SQL_STATIC_CURSOR_ATTRIBUTES1, &mask, sizeof mask, NULL);
    CHECK((mask & (SQL_CA1_NEXT | SQL_CA1_ABSOLUTE | SQL_CA1_RELATIVE)) ==
          (SQL_CA1_NEXT | SQL_CA1_ABSOLUTE | SQL_CA1_RELATIVE), "SQLGetInfo claims static scrolling");
    SQLGetInfo(dbc, SQL_SCROLL_OPTIONS, &mask, sizeof mask, NULL);
    CHECK(mask == (SQL_SO_FORWARD_ONLY | SQL_SO_STATIC), "SQL_SCROLL_OPTIONS: forward-only and static");
}

static void test_orientations(SQLHDBC dbc)
{
    SQLHSTMT st;
    rowset r;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLSetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, (SQLPOINTER)SQL_CURSOR_STATIC, 0);
    bind_rowset(st, &r, ROWSET);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    long n = total;

    CHECK(scroll(st, &r, SQL_FETCH_PRIOR, 0) == SQL_NO_DATA, "PRIOR before the start: no data");
    CHECK(scroll(st, &r, SQL_FETCH_NEXT, 0) == SQL_SUCCESS && holds(&r, 1, ROWSET), "NEXT from the start: rows 1-7");
    CHECK(scroll(st, &r, SQL_FETCH_NEXT, 0) == SQL_SUCCESS && holds(&r, 8, ROWSET), "NEXT: rows 8-14");
    CHECK(scroll(st, &r, SQL_FETCH_PRIOR, 0) == SQL_SUCCESS && holds(&r, 1, ROWSET), "PRIOR: rows 1-7");
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, 100) == SQL_SUCCESS && holds(&r, 100, ROWSET), "ABSOLUTE 100");
    CHECK(scroll(st, &r, SQL_FETCH_RELATIVE, -3) == SQL_SUCCESS && holds(&r, 97, ROWSET), "RELATIVE -3: row 97");
    CHECK(scroll(st, &r, SQL_FETCH_RELATIVE, 0) == SQL_SUCCESS && holds(&r, 97, ROWSET), "RELATIVE 0 refreshes");
    CHECK(scroll(st, &r, SQL_FETCH_FIRST, 0) == SQL_SUCCESS && holds(&r, 1, ROWSET), "FIRST");
    CHECK(scroll(st, &r, SQL_FETCH_LAST, 0) == SQL_SUCCESS && holds(&r, n - ROWSET + 1, ROWSET),
          "LAST: rows %ld-%ld", n - ROWSET + 1, n);
    CHECK(scroll(st, &r, SQL_FETCH_NEXT, 0) == SQL_NO_DATA && r.fetched == 0, "NEXT after the last rowset: no data");
    CHECK(scroll(st, &r, SQL_FETCH_NEXT, 0) == SQL_NO_DATA, "NEXT after the end stays after the end");
    CHECK(scroll(st, &r, SQL_FETCH_PRIOR, 0) == SQL_SUCCESS && holds(&r, n - ROWSET + 1, ROWSET),
          "PRIOR after the end: the last rowset");
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, -1) == SQL_SUCCESS && holds(&r, n, 1),
          "ABSOLUTE -1: the last row alone, the rest SQL_ROW_NOROW");
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, -n) == SQL_SUCCESS && holds(&r, 1, ROWSET), "ABSOLUTE -%ld: row 1", n);
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, -(n + 30)) == SQL_NO_DATA, "ABSOLUTE far before the start: no data");
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, n + 1) == SQL_NO_DATA, "ABSOLUTE past the end: no data");
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, 0) == SQL_NO_DATA, "ABSOLUTE 0: before the start");
    CHECK(scroll(st, &r, SQL_FETCH_RELATIVE, 5) == SQL_SUCCESS && holds(&r, 5, ROWSET), "RELATIVE 5 from before the start");
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, 3) == SQL_SUCCESS && holds(&r, 3, ROWSET), "ABSOLUTE 3");
    SQLRETURN rc = scroll(st, &r, SQL_FETCH_PRIOR, 0);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && IS_STATE(st, "01S06") && holds(&r, 1, ROWSET),
          "PRIOR from row 3: row 1 with 01S06 (%s)", STMT_STATE(st));

    /* SQLSetPos + SQLGetData and the row number inside a scrolled rowset */
    scroll(st, &r, SQL_FETCH_ABSOLUTE, 50);
    SQLBIGINT got = 0;
    SQLULEN rownum = 0;
    rc = SQLSetPos(st, 3, SQL_POSITION, SQL_LOCK_NO_CHANGE);
    SQLRETURN g = SQLGetData(st, 1, SQL_C_SBIGINT, &got, 0, NULL);
    SQLGetStmtAttr(st, SQL_ATTR_ROW_NUMBER, &rownum, 0, NULL);
    CHECK(rc == SQL_SUCCESS && g == SQL_SUCCESS && got == ref[51] && rownum == 52,
          "SQLSetPos 3 in the rowset at 50: SQLGetData reads row 52, SQL_ATTR_ROW_NUMBER %lu", (unsigned long)rownum);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_fetch_all_and_max_rows(SQLHDBC dbc)
{
    SQLHSTMT st;
    rowset r;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLSetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, (SQLPOINTER)SQL_CURSOR_STATIC, 0);
    bind_rowset(st, &r, ROWSET);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    long rows = 0;
    int ok = 1;
    while (SQL_SUCCEEDED(SQLFetch(st))) {
        ok = ok && holds(&r, rows + 1, (long)r.fetched);
        rows += (long)r.fetched;
    }
    CHECK(ok && rows == total, "SQLFetch on a static cursor reads all %ld rows in order", rows);
    CHECK(scroll(st, &r, SQL_FETCH_FIRST, 0) == SQL_SUCCESS && holds(&r, 1, ROWSET), "and scrolls back to the start");
    SQLCloseCursor(st);

    SQLSetStmtAttr(st, SQL_ATTR_MAX_ROWS, (SQLPOINTER)20, 0);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    CHECK(scroll(st, &r, SQL_FETCH_LAST, 0) == SQL_SUCCESS && holds(&r, 14, ROWSET), "SQL_ATTR_MAX_ROWS 20: LAST is rows 14-20");
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, 18) == SQL_SUCCESS && holds(&r, 18, 3), "ABSOLUTE 18: a partial rowset of 3");
    SQLCloseCursor(st);

    /* a result smaller than the rowset: positions before row 1 but within a rowset give row 1 */
    SQLSetStmtAttr(st, SQL_ATTR_MAX_ROWS, (SQLPOINTER)5, 0);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    SQLRETURN rc = scroll(st, &r, SQL_FETCH_ABSOLUTE, -7);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && IS_STATE(st, "01S06") && holds(&r, 1, 5),
          "5 rows: ABSOLUTE -7 gives rows 1-5 with 01S06 (%s)", STMT_STATE(st));
    CHECK(scroll(st, &r, SQL_FETCH_ABSOLUTE, -8) == SQL_NO_DATA, "5 rows: ABSOLUTE -8 is before the start");
    scroll(st, &r, SQL_FETCH_NEXT, 0);
    CHECK(scroll(st, &r, SQL_FETCH_NEXT, 0) == SQL_NO_DATA, "5 rows: the second NEXT is after the end");
    rc = scroll(st, &r, SQL_FETCH_PRIOR, 0);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && holds(&r, 1, 5), "5 rows: PRIOR after the end gives rows 1-5");
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_extended_fetch(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLBIGINT ids[ROWSET];
    SQLULEN fetched = 0;
    SQLUSMALLINT status[ROWSET];
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLSetStmtAttr(st, SQL_ATTR_CURSOR_TYPE, (SQLPOINTER)SQL_CURSOR_STATIC, 0);
    SQLSetStmtAttr(st, SQL_ROWSET_SIZE, (SQLPOINTER)ROWSET, 0);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    SQLBindCol(st, 1, SQL_C_SBIGINT, ids, 0, NULL);
    SQLRETURN rc = SQLExtendedFetch(st, SQL_FETCH_ABSOLUTE, 10, &fetched, status);
    CHECK(rc == SQL_SUCCESS && fetched == ROWSET && ids[0] == ref[9] && ids[6] == ref[15],
          "SQLExtendedFetch ABSOLUTE 10 on a static cursor");
    rc = SQLExtendedFetch(st, SQL_FETCH_LAST, 0, &fetched, status);
    CHECK(rc == SQL_SUCCESS && ids[ROWSET - 1] == ref[total - 1], "SQLExtendedFetch LAST");
    SQLFreeHandle(SQL_HANDLE_STMT, st);

    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLExecDirect(st, (SQLCHAR *)QUERY, SQL_NTS);
    rc = SQLFetchScroll(st, SQL_FETCH_ABSOLUTE, 5);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY106"), "a forward-only cursor still refuses ABSOLUTE (%s)", STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

int main(int argc, char **argv)
{
    conn c;
    open_conn(&c, argc > 1 ? argv[1] : "DSN=QuireDC");
    read_reference(c.dbc);
    CHECK(total > 100, "reference: %ld rows read forward-only", total);
    test_attributes(c.dbc);
    test_orientations(c.dbc);
    test_fetch_all_and_max_rows(c.dbc);
    test_extended_fetch(c.dbc);
    close_conn(&c);
    printf(failures ? "FAILED\n" : "PASSED\n");
    return failures ? 1 : 0;
}

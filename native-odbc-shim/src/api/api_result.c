/* Result sets: metadata, binding, fetching, SQLGetData. SQLFetch and SQLFetchScroll may
 * run asynchronously (core/stmt_async.c). */
#include "api.h"

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlnumresultcols-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLNumResultCols(SQLHSTMT h, SQLSMALLINT *count)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_num_result_cols(s, count));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqldescribecol-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLDescribeCol(SQLHSTMT h, SQLUSMALLINT col, SQLCHAR *name,
                                              SQLSMALLINT name_max, SQLSMALLINT *name_len,
                                              SQLSMALLINT *type, SQLULEN *size,
                                              SQLSMALLINT *digits, SQLSMALLINT *nullable)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    text_out o = text_out_chars(name, name_max, 0);
    return stmt_leave(s, stmt_describe_col(s, col, &o, name_len, type, size, digits, nullable));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLDescribeColW(SQLHSTMT h, SQLUSMALLINT col, SQLWCHAR *name,
                                               SQLSMALLINT name_max, SQLSMALLINT *name_len,
                                               SQLSMALLINT *type, SQLULEN *size,
                                               SQLSMALLINT *digits, SQLSMALLINT *nullable)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    text_out o = text_out_chars(name, name_max, 1);
    return stmt_leave(s, stmt_describe_col(s, col, &o, name_len, type, size, digits, nullable));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlcolattribute-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLColAttribute(SQLHSTMT h, SQLUSMALLINT col, SQLUSMALLINT field,
                                               SQLPOINTER str, SQLSMALLINT str_max,
                                               SQLSMALLINT *str_len, QUIRE_COLATTR_NUM_PTR num)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    text_out o = text_out_bytes(str, str_max, 0);
    return stmt_leave(s, stmt_col_attribute(s, col, field, &o, str_len, (SQLLEN *)num));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLColAttributeW(SQLHSTMT h, SQLUSMALLINT col, SQLUSMALLINT field,
                                                SQLPOINTER str, SQLSMALLINT str_max,
                                                SQLSMALLINT *str_len, QUIRE_COLATTR_NUM_PTR num)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    text_out o = text_out_bytes(str, str_max, 1);
    return stmt_leave(s, stmt_col_attribute(s, col, field, &o, str_len, (SQLLEN *)num));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlbindcol-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLBindCol(SQLHSTMT h, SQLUSMALLINT col, SQLSMALLINT c_type,
                                          SQLPOINTER target, SQLLEN buflen, SQLLEN *ind)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_bind_col(s, col, c_type, target, buflen, ind));
}

/* What SQLFetch and SQLFetchScroll run, now or on a worker (stmt_async.c). */
static SQLRETURN run_fetch(stmt *s, const stmt_call *c)
{
    (void)c;
    return stmt_fetch(s);
}

static SQLRETURN run_fetch_scroll(stmt *s, const stmt_call *c)
{
    return stmt_fetch_scroll(s, (SQLSMALLINT)c->num[0], c->num[1]);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlfetch-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLFetch(SQLHSTMT h)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLFETCH, &s, &rc))
        return rc;
    stmt_call c = {SQL_API_SQLFETCH, CALL_FETCH, run_fetch, {0}, {SQL_FETCH_NEXT, 0, 0}, {0}};
    return stmt_leave(s, stmt_call_run(s, &c));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlfetchscroll-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLFetchScroll(SQLHSTMT h, SQLSMALLINT orientation, SQLLEN offset)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLFETCHSCROLL, &s, &rc))
        return rc;
    stmt_call c = {SQL_API_SQLFETCHSCROLL, CALL_FETCH, run_fetch_scroll, {0},
                   {orientation, offset, 0}, {0}};
    return stmt_leave(s, stmt_call_run(s, &c));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetdata-function
 * (SQL_C_WCHAR reaches this one function from ANSI and Unicode applications alike) */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetData(SQLHSTMT h, SQLUSMALLINT col, SQLSMALLINT c_type,
                                          SQLPOINTER target, SQLLEN buflen, SQLLEN *ind)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_get_data(s, col, c_type, target, buflen, ind));
}

/* ODBC 2 era statement functions, positioning and cursor names. */
#include "api.h"

/* What SQLExtendedFetch runs, now or on a worker (stmt_async.c); its row count and status
 * array are the application's deferred buffers. */
static SQLRETURN run_extended_fetch(stmt *s, const stmt_call *c)
{
    return stmt_extended_fetch(s, (SQLUSMALLINT)c->num[0], c->num[1], c->out[0], c->out[1]);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlextendedfetch-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLExtendedFetch(SQLHSTMT h, SQLUSMALLINT orientation, SQLLEN offset,
                                                SQLULEN *row_count, SQLUSMALLINT *row_status)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLEXTENDEDFETCH, &s, &rc))
        return rc;
    stmt_call c = {SQL_API_SQLEXTENDEDFETCH, CALL_FETCH, run_extended_fetch, {0},
                   {orientation, offset, 0}, {row_count, row_status}};
    return stmt_leave(s, stmt_call_run(s, &c));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlsetpos-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLSetPos(SQLHSTMT h, SQLSETPOSIROW row, SQLUSMALLINT op,
                                         SQLUSMALLINT lock)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_set_pos(s, row, op, lock));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlbulkoperations-function
 * The source is read-only: no bulk operation applies. */
QUIRE_EXPORT SQLRETURN SQL_API SQLBulkOperations(SQLHSTMT h, SQLSMALLINT op)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, diag_post(&s->h.diag, "HYC00", "The data source is read-only: bulk "
                                   "operation %d is not supported", op));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlsetcursorname-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLSetCursorName(SQLHSTMT h, SQLCHAR *name, SQLSMALLINT len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    api_args a = {0};
    const char *n = api_arg(&a, &s->h.diag, name, len);
    SQLRETURN rc = a.failed ? SQL_ERROR : stmt_set_cursor_name(s, n);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLSetCursorNameW(SQLHSTMT h, SQLWCHAR *name, SQLSMALLINT len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    api_args a = {0};
    const char *n = api_argw(&a, &s->h.diag, name, len);
    SQLRETURN rc = a.failed ? SQL_ERROR : stmt_set_cursor_name(s, n);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetcursorname-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetCursorName(SQLHSTMT h, SQLCHAR *name, SQLSMALLINT name_max,
                                                SQLSMALLINT *name_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    text_out o = text_out_chars(name, name_max, 0);
    return stmt_leave(s, stmt_get_cursor_name(s, &o, name_len));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetCursorNameW(SQLHSTMT h, SQLWCHAR *name, SQLSMALLINT name_max,
                                                 SQLSMALLINT *name_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    text_out o = text_out_chars(name, name_max, 1);
    return stmt_leave(s, stmt_get_cursor_name(s, &o, name_len));
}

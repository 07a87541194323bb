/* Preparing, executing, closing and cancelling statements. SQLPrepare, SQLExecute and
 * SQLExecDirect may run asynchronously (core/stmt_async.c). */
#include "api.h"

/* What SQLPrepare, SQLExecute and SQLExecDirect run, now or on a worker (stmt_async.c). */
static SQLRETURN run_prepare(stmt *s, const stmt_call *c)
{
    return stmt_prepare(s, c->str[0], SQL_NTS);
}

static SQLRETURN run_execute(stmt *s, const stmt_call *c)
{
    (void)c;
    return stmt_execute(s);
}

static SQLRETURN run_exec_direct(stmt *s, const stmt_call *c)
{
    return stmt_exec_direct(s, c->str[0], SQL_NTS);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlprepare-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLPrepare(SQLHSTMT h, SQLCHAR *sql, SQLINTEGER len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLPREPARE, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLPREPARE, CALL_PREPARE, run_prepare, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, sql, len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLPrepareW(SQLHSTMT h, SQLWCHAR *sql, SQLINTEGER len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLPREPARE, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLPREPARE, CALL_PREPARE, run_prepare, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, sql, len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlexecute-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLExecute(SQLHSTMT h)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLEXECUTE, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLEXECUTE, CALL_EXECUTE, run_execute, {0}, {0}, {0}};
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlexecdirect-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLExecDirect(SQLHSTMT h, SQLCHAR *sql, SQLINTEGER len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLEXECDIRECT, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLEXECDIRECT, CALL_EXECUTE, run_exec_direct, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, sql, len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLExecDirectW(SQLHSTMT h, SQLWCHAR *sql, SQLINTEGER len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLEXECDIRECT, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLEXECDIRECT, CALL_EXECUTE, run_exec_direct, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, sql, len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlrowcount-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLRowCount(SQLHSTMT h, SQLLEN *count)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_row_count(s, count));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlmoreresults-function
 * Completes at once even with SQL_ATTR_ASYNC_ENABLE on: one result per statement, so it only
 * closes the cursor (and unixODBC 2.3 records a SQLMoreResults that returned
 * SQL_STILL_EXECUTING as SQLExecute, refusing every poll with HY010). */
QUIRE_EXPORT SQLRETURN SQL_API SQLMoreResults(SQLHSTMT h)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_more_results(s));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlfreestmt-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLFreeStmt(SQLHSTMT h, SQLUSMALLINT option)
{
    if (option == SQL_DROP)   /* the ODBC 2 way of freeing the handle */
        return SQLFreeHandle(SQL_HANDLE_STMT, h);
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_free_stmt(s, option));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlclosecursor-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLCloseCursor(SQLHSTMT h)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_close_cursor(s, 1));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlcancel-function
 * No lock here: the point is to interrupt a call that holds it, from another thread. */
QUIRE_EXPORT SQLRETURN SQL_API SQLCancel(SQLHSTMT h)
{
    if (handle_check(h, SQL_HANDLE_STMT) != SQL_SUCCESS)
        return SQL_INVALID_HANDLE;
    return stmt_cancel((stmt *)h);
}

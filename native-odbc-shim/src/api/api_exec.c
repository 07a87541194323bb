/* Preparing, executing, closing and cancelling statements. */
#include "api.h"

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlprepare-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLPrepare(SQLHSTMT h, SQLCHAR *sql, SQLINTEGER len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *q = api_arg(&a, &s->h.diag, sql, len);
    SQLRETURN rc = a.failed ? SQL_ERROR : stmt_prepare(s, q, SQL_NTS);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLPrepareW(SQLHSTMT h, SQLWCHAR *sql, SQLINTEGER len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *q = api_argw(&a, &s->h.diag, sql, len);
    SQLRETURN rc = a.failed ? SQL_ERROR : stmt_prepare(s, q, SQL_NTS);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlexecute-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLExecute(SQLHSTMT h)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    return stmt_leave(s, stmt_execute(s));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlexecdirect-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLExecDirect(SQLHSTMT h, SQLCHAR *sql, SQLINTEGER len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *q = api_arg(&a, &s->h.diag, sql, len);
    SQLRETURN rc = a.failed ? SQL_ERROR : stmt_exec_direct(s, q, SQL_NTS);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLExecDirectW(SQLHSTMT h, SQLWCHAR *sql, SQLINTEGER len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *q = api_argw(&a, &s->h.diag, sql, len);
    SQLRETURN rc = a.failed ? SQL_ERROR : stmt_exec_direct(s, q, SQL_NTS);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlrowcount-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLRowCount(SQLHSTMT h, SQLLEN *count)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    return stmt_leave(s, stmt_row_count(s, count));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlmoreresults-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLMoreResults(SQLHSTMT h)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    return stmt_leave(s, stmt_more_results(s));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlfreestmt-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLFreeStmt(SQLHSTMT h, SQLUSMALLINT option)
{
    if (option == SQL_DROP)   /* the ODBC 2 way of freeing the handle */
        return SQLFreeHandle(SQL_HANDLE_STMT, h);
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    return stmt_leave(s, stmt_free_stmt(s, option));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlclosecursor-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLCloseCursor(SQLHSTMT h)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
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

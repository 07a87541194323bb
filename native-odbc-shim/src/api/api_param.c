/* Parameters: binding, describing, data-at-execution. */
#include "api.h"

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlbindparameter-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLBindParameter(SQLHSTMT h, SQLUSMALLINT n, SQLSMALLINT io,
                                                SQLSMALLINT c_type, SQLSMALLINT sql_type,
                                                SQLULEN size, SQLSMALLINT digits, SQLPOINTER value,
                                                SQLLEN buflen, SQLLEN *ind)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_bind_parameter(s, n, io, c_type, sql_type, size, digits, value,
                                             buflen, ind));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlnumparams-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLNumParams(SQLHSTMT h, SQLSMALLINT *count)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_num_params(s, count));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqldescribeparam-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLDescribeParam(SQLHSTMT h, SQLUSMALLINT n, SQLSMALLINT *type,
                                                SQLULEN *size, SQLSMALLINT *digits,
                                                SQLSMALLINT *nullable)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_describe_param(s, n, type, size, digits, nullable));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlparamdata-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLParamData(SQLHSTMT h, SQLPOINTER *token)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_param_data(s, token));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlputdata-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLPutData(SQLHSTMT h, SQLPOINTER data, SQLLEN len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_put_data(s, data, len));
}

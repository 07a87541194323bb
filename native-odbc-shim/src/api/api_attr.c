/* Connection and statement attributes. */
#include "api.h"

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlsetconnectattr-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLSetConnectAttr(SQLHDBC h, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    return dbc_leave(c, dbc_set_attr(c, attr, value, len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLSetConnectAttrW(SQLHDBC h, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    return dbc_leave(c, dbc_set_attr(c, attr, value, len, 1));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetconnectattr-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetConnectAttr(SQLHDBC h, SQLINTEGER attr, SQLPOINTER value,
                                                 SQLINTEGER buflen, SQLINTEGER *len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    return dbc_leave(c, dbc_get_attr(c, attr, value, buflen, len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetConnectAttrW(SQLHDBC h, SQLINTEGER attr, SQLPOINTER value,
                                                  SQLINTEGER buflen, SQLINTEGER *len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    return dbc_leave(c, dbc_get_attr(c, attr, value, buflen, len, 1));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlsetstmtattr-function
 * (no statement attribute is a string, so the W form only differs in name) */
QUIRE_EXPORT SQLRETURN SQL_API SQLSetStmtAttr(SQLHSTMT h, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_set_attr(s, attr, value, len));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLSetStmtAttrW(SQLHSTMT h, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_set_attr(s, attr, value, len));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetstmtattr-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetStmtAttr(SQLHSTMT h, SQLINTEGER attr, SQLPOINTER value,
                                              SQLINTEGER buflen, SQLINTEGER *len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_get_attr(s, attr, value, buflen, len));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetStmtAttrW(SQLHSTMT h, SQLINTEGER attr, SQLPOINTER value,
                                               SQLINTEGER buflen, SQLINTEGER *len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return stmt_refused(h);
    return stmt_leave(s, stmt_get_attr(s, attr, value, buflen, len));
}

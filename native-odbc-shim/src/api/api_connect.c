/* Connecting, disconnecting, SQLNativeSql, SQLGetInfo, SQLGetFunctions. */
#include "api.h"

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlconnect-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLConnect(SQLHDBC h, SQLCHAR *dsn, SQLSMALLINT n1, SQLCHAR *uid,
                                          SQLSMALLINT n2, SQLCHAR *pwd, SQLSMALLINT n3)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *d = api_arg(&a, &c->h.diag, dsn, n1);
    const char *u = api_arg(&a, &c->h.diag, uid, n2);
    const char *p = api_arg(&a, &c->h.diag, pwd, n3);
    SQLRETURN rc = a.failed ? SQL_ERROR : dbc_connect(c, d, u, p);
    api_args_free(&a);
    return dbc_leave(c, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLConnectW(SQLHDBC h, SQLWCHAR *dsn, SQLSMALLINT n1, SQLWCHAR *uid,
                                           SQLSMALLINT n2, SQLWCHAR *pwd, SQLSMALLINT n3)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *d = api_argw(&a, &c->h.diag, dsn, n1);
    const char *u = api_argw(&a, &c->h.diag, uid, n2);
    const char *p = api_argw(&a, &c->h.diag, pwd, n3);
    SQLRETURN rc = a.failed ? SQL_ERROR : dbc_connect(c, d, u, p);
    api_args_free(&a);
    return dbc_leave(c, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqldriverconnect-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLDriverConnect(SQLHDBC h, SQLHWND hwnd, SQLCHAR *in, SQLSMALLINT in_len,
                                                SQLCHAR *out, SQLSMALLINT out_max,
                                                SQLSMALLINT *out_len, SQLUSMALLINT completion)
{
    (void)hwnd;
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *s = api_arg(&a, &c->h.diag, in, in_len);
    text_out o = text_out_chars(out, out_max, 0);
    SQLRETURN rc = a.failed ? SQL_ERROR : dbc_driver_connect(c, s, &o, out_len, completion);
    api_args_free(&a);
    return dbc_leave(c, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLDriverConnectW(SQLHDBC h, SQLHWND hwnd, SQLWCHAR *in,
                                                 SQLSMALLINT in_len, SQLWCHAR *out,
                                                 SQLSMALLINT out_max, SQLSMALLINT *out_len,
                                                 SQLUSMALLINT completion)
{
    (void)hwnd;
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *s = api_argw(&a, &c->h.diag, in, in_len);
    text_out o = text_out_chars(out, out_max, 1);
    SQLRETURN rc = a.failed ? SQL_ERROR : dbc_driver_connect(c, s, &o, out_len, completion);
    api_args_free(&a);
    return dbc_leave(c, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlbrowseconnect-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLBrowseConnect(SQLHDBC h, SQLCHAR *in, SQLSMALLINT in_len, SQLCHAR *out,
                                                SQLSMALLINT out_max, SQLSMALLINT *out_len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *s = api_arg(&a, &c->h.diag, in, in_len);
    text_out o = text_out_chars(out, out_max, 0);
    SQLRETURN rc = a.failed ? SQL_ERROR : dbc_browse_connect(c, s, &o, out_len);
    api_args_free(&a);
    return dbc_leave(c, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLBrowseConnectW(SQLHDBC h, SQLWCHAR *in, SQLSMALLINT in_len, SQLWCHAR *out,
                                                 SQLSMALLINT out_max, SQLSMALLINT *out_len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *s = api_argw(&a, &c->h.diag, in, in_len);
    text_out o = text_out_chars(out, out_max, 1);
    SQLRETURN rc = a.failed ? SQL_ERROR : dbc_browse_connect(c, s, &o, out_len);
    api_args_free(&a);
    return dbc_leave(c, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqldisconnect-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLDisconnect(SQLHDBC h)
{
    /* calls in flight on its statements (the driver manager normally refuses with HY010)
     * stop first, so the wait for the lock their workers hold is short; dbc_disconnect joins
     * them as it frees the statements */
    if (handle_check(h, SQL_HANDLE_DBC) == SQL_SUCCESS)
        dbc_async_cancel_all(h);
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    return dbc_leave(c, dbc_disconnect(c));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlnativesql-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLNativeSql(SQLHDBC h, SQLCHAR *in, SQLINTEGER in_len, SQLCHAR *out,
                                            SQLINTEGER out_max, SQLINTEGER *out_len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *s = api_arg(&a, &c->h.diag, in, in_len);
    text_out o = text_out_chars(out, out_max, 0);
    SQLRETURN rc = a.failed ? SQL_ERROR : dbc_native_sql(c, s, &o, out_len);
    api_args_free(&a);
    return dbc_leave(c, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLNativeSqlW(SQLHDBC h, SQLWCHAR *in, SQLINTEGER in_len, SQLWCHAR *out,
                                             SQLINTEGER out_max, SQLINTEGER *out_len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *s = api_argw(&a, &c->h.diag, in, in_len);
    text_out o = text_out_chars(out, out_max, 1);
    SQLRETURN rc = a.failed ? SQL_ERROR : dbc_native_sql(c, s, &o, out_len);
    api_args_free(&a);
    return dbc_leave(c, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetinfo-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetInfo(SQLHDBC h, SQLUSMALLINT type, SQLPOINTER value,
                                          SQLSMALLINT buflen, SQLSMALLINT *len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    return dbc_leave(c, dbc_get_info(c, type, value, buflen, len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetInfoW(SQLHDBC h, SQLUSMALLINT type, SQLPOINTER value,
                                           SQLSMALLINT buflen, SQLSMALLINT *len)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    return dbc_leave(c, dbc_get_info(c, type, value, buflen, len, 1));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetfunctions-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetFunctions(SQLHDBC h, SQLUSMALLINT id, SQLUSMALLINT *supported)
{
    dbc *c = dbc_enter(h);
    if (!c)
        return SQL_INVALID_HANDLE;
    return dbc_leave(c, dbc_get_functions(c, id, supported));
}

/* Handles, environment attributes and transactions. */
#include "api.h"

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlallochandle-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLAllocHandle(SQLSMALLINT type, SQLHANDLE input, SQLHANDLE *output)
{
    SQLRETURN rc;
    switch (type) {
    case SQL_HANDLE_ENV: {
        if (!output)
            return SQL_ERROR;
        env *e = NULL;
        rc = env_alloc(&e);
        *output = rc == SQL_SUCCESS ? (SQLHANDLE)e : SQL_NULL_HENV;
        return rc;
    }
    case SQL_HANDLE_DBC: {
        env *e = env_enter(input);
        if (!e)
            return SQL_INVALID_HANDLE;
        if (!output)
            return env_leave(e, diag_post(&e->h.diag, "HY009", NULL));
        dbc *c = NULL;
        rc = dbc_alloc(e, &c);
        *output = rc == SQL_SUCCESS ? (SQLHANDLE)c : SQL_NULL_HDBC;
        return env_leave(e, rc);
    }
    case SQL_HANDLE_STMT: {
        dbc *c = dbc_enter(input);
        if (!c)
            return SQL_INVALID_HANDLE;
        if (!output)
            return dbc_leave(c, diag_post(&c->h.diag, "HY009", NULL));
        stmt *s = NULL;
        rc = stmt_alloc(c, &s);
        *output = rc == SQL_SUCCESS ? (SQLHANDLE)s : SQL_NULL_HSTMT;
        return dbc_leave(c, rc);
    }
    case SQL_HANDLE_DESC: {
        dbc *c = dbc_enter(input);
        if (!c)
            return SQL_INVALID_HANDLE;
        if (!output)
            return dbc_leave(c, diag_post(&c->h.diag, "HY009", NULL));
        desc *d = NULL;
        rc = desc_alloc_explicit(c, &d);
        *output = rc == SQL_SUCCESS ? (SQLHANDLE)d : SQL_NULL_HDESC;
        return dbc_leave(c, rc);
    }
    default:
        return SQL_ERROR;
    }
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlfreehandle-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLFreeHandle(SQLSMALLINT type, SQLHANDLE handle)
{
    SQLRETURN rc;
    switch (type) {
    case SQL_HANDLE_ENV: {
        env *e = env_enter(handle);
        if (!e)
            return SQL_INVALID_HANDLE;
        rc = env_free(e);   /* unlocks and frees on success */
        return rc == SQL_SUCCESS ? rc : env_leave(e, rc);
    }
    case SQL_HANDLE_DBC: {
        dbc *c = dbc_enter(handle);
        if (!c)
            return SQL_INVALID_HANDLE;
        rc = dbc_free(c);   /* unlocks and frees on success */
        return rc == SQL_SUCCESS ? rc : dbc_leave(c, rc);
    }
    case SQL_HANDLE_STMT: {
        /* not stmt_enter: a statement with a function in flight is freed too (the driver
         * manager normally refuses that with HY010): its worker is cancelled first, so the
         * wait for the lock is short, then stmt_free joins it */
        if (handle_check(handle, SQL_HANDLE_STMT) != SQL_SUCCESS)
            return SQL_INVALID_HANDLE;
        stmt *s = handle;
        dbc *c = s->dbc;
        stmt_async_cancel(s);
        dbc_lock(c);
        rc = stmt_free(s);
        dbc_unlock(c);
        return rc;
    }
    case SQL_HANDLE_DESC: {
        desc *d = desc_enter(handle);
        if (!d)
            return SQL_INVALID_HANDLE;
        dbc *c = d->dbc;
        rc = desc_free_explicit(d);   /* HY017 for an implicit one: its statement owns it */
        if (rc != SQL_SUCCESS)
            return desc_leave(d, rc);
        dbc_unlock(c);
        return rc;
    }
    default:
        return SQL_INVALID_HANDLE;
    }
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlsetenvattr-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLSetEnvAttr(SQLHENV h, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len)
{
    env *e = env_enter(h);
    if (!e)
        return SQL_INVALID_HANDLE;
    return env_leave(e, env_set_attr(e, attr, value, len));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetenvattr-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetEnvAttr(SQLHENV h, SQLINTEGER attr, SQLPOINTER value,
                                             SQLINTEGER buflen, SQLINTEGER *len)
{
    env *e = env_enter(h);
    if (!e)
        return SQL_INVALID_HANDLE;
    return env_leave(e, env_get_attr(e, attr, value, buflen, len));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlendtran-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLEndTran(SQLSMALLINT type, SQLHANDLE handle, SQLSMALLINT completion)
{
    if (type == SQL_HANDLE_ENV) {
        env *e = env_enter(handle);
        if (!e)
            return SQL_INVALID_HANDLE;
        return env_leave(e, env_end_tran(e, completion));
    }
    if (type == SQL_HANDLE_DBC) {
        dbc *c = dbc_enter(handle);
        if (!c)
            return SQL_INVALID_HANDLE;
        return dbc_leave(c, dbc_end_tran(c, completion));
    }
    return SQL_INVALID_HANDLE;
}

/* Diagnostics. These lock the handle but do not clear its records: reading them is the
 * point. unixODBC calls SQLGetDiagRecW even for ANSI applications. */
#include "api.h"

/* The handle being read: its header, the records to show and what guards them. */
typedef struct diag_view {
    handle_hdr *h;
    const diag_list *d;
    int busy;                 /* a statement call in flight: its front list (stmt_async.c) */
} diag_view;

/* Validates and locks a handle of any kind; 0 when invalid. A statement with a function in
 * flight is read under its small async lock, never waiting for the worker's connection lock. */
static int diag_enter(SQLSMALLINT type, SQLHANDLE h, diag_view *v)
{
    if (handle_check(h, type) != SQL_SUCCESS)
        return 0;
    v->h = h;
    v->d = &v->h->diag;
    v->busy = 0;
    switch (type) {
    case SQL_HANDLE_ENV: plat_mutex_lock(&((env *)h)->lock); break;
    case SQL_HANDLE_DBC: dbc_lock((dbc *)h); break;
    case SQL_HANDLE_STMT: v->d = stmt_diag_enter((stmt *)h, &v->busy); break;
    case SQL_HANDLE_DESC: dbc_lock(((desc *)h)->dbc); break;
    }
    return 1;
}

static SQLRETURN diag_leave(const diag_view *v, SQLRETURN rc)
{
    switch (v->h->type) {
    case SQL_HANDLE_ENV: plat_mutex_unlock(&((env *)v->h)->lock); break;
    case SQL_HANDLE_DBC: dbc_unlock((dbc *)v->h); break;
    case SQL_HANDLE_STMT: stmt_diag_leave((stmt *)v->h, v->busy); break;
    case SQL_HANDLE_DESC: dbc_unlock(((desc *)v->h)->dbc); break;
    }
    return rc;
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetdiagrec-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetDiagRec(SQLSMALLINT type, SQLHANDLE h, SQLSMALLINT rec,
                                             SQLCHAR *state, SQLINTEGER *native, SQLCHAR *msg,
                                             SQLSMALLINT msg_max, SQLSMALLINT *msg_len)
{
    diag_view v;
    if (!diag_enter(type, h, &v))
        return SQL_INVALID_HANDLE;
    if (msg_max < 0)
        return diag_leave(&v, SQL_ERROR);
    text_out o = text_out_chars(msg, msg_max, 0);
    return diag_leave(&v, diag_get_rec(v.h, v.d, rec, state, native, &o, msg_len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetDiagRecW(SQLSMALLINT type, SQLHANDLE h, SQLSMALLINT rec,
                                              SQLWCHAR *state, SQLINTEGER *native, SQLWCHAR *msg,
                                              SQLSMALLINT msg_max, SQLSMALLINT *msg_len)
{
    diag_view v;
    if (!diag_enter(type, h, &v))
        return SQL_INVALID_HANDLE;
    if (msg_max < 0)
        return diag_leave(&v, SQL_ERROR);
    text_out o = text_out_chars(msg, msg_max, 1);
    return diag_leave(&v, diag_get_rec(v.h, v.d, rec, state, native, &o, msg_len, 1));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetdiagfield-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetDiagField(SQLSMALLINT type, SQLHANDLE h, SQLSMALLINT rec,
                                               SQLSMALLINT field, SQLPOINTER value,
                                               SQLSMALLINT buflen, SQLSMALLINT *len)
{
    diag_view v;
    if (!diag_enter(type, h, &v))
        return SQL_INVALID_HANDLE;
    return diag_leave(&v, diag_get_field(v.h, v.d, v.busy, rec, field, value, buflen, len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetDiagFieldW(SQLSMALLINT type, SQLHANDLE h, SQLSMALLINT rec,
                                                SQLSMALLINT field, SQLPOINTER value,
                                                SQLSMALLINT buflen, SQLSMALLINT *len)
{
    diag_view v;
    if (!diag_enter(type, h, &v))
        return SQL_INVALID_HANDLE;
    return diag_leave(&v, diag_get_field(v.h, v.d, v.busy, rec, field, value, buflen, len, 1));
}

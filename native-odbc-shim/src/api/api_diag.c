/* Diagnostics. These lock the handle but do not clear its records: reading them is the
 * point. unixODBC calls SQLGetDiagRecW even for ANSI applications. */
#include "api.h"

/* Validates and locks a handle of any kind; NULL when invalid. */
static handle_hdr *diag_enter(SQLSMALLINT type, SQLHANDLE h)
{
    if (handle_check(h, type) != SQL_SUCCESS)
        return NULL;
    switch (type) {
    case SQL_HANDLE_ENV: plat_mutex_lock(&((env *)h)->lock); break;
    case SQL_HANDLE_DBC: dbc_lock((dbc *)h); break;
    case SQL_HANDLE_STMT: dbc_lock(((stmt *)h)->dbc); break;
    case SQL_HANDLE_DESC: dbc_lock(((desc *)h)->dbc); break;
    }
    return h;
}

static SQLRETURN diag_leave(handle_hdr *hdr, SQLRETURN rc)
{
    switch (hdr->type) {
    case SQL_HANDLE_ENV: plat_mutex_unlock(&((env *)hdr)->lock); break;
    case SQL_HANDLE_DBC: dbc_unlock((dbc *)hdr); break;
    case SQL_HANDLE_STMT: dbc_unlock(((stmt *)hdr)->dbc); break;
    case SQL_HANDLE_DESC: dbc_unlock(((desc *)hdr)->dbc); break;
    }
    return rc;
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetdiagrec-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetDiagRec(SQLSMALLINT type, SQLHANDLE h, SQLSMALLINT rec,
                                             SQLCHAR *state, SQLINTEGER *native, SQLCHAR *msg,
                                             SQLSMALLINT msg_max, SQLSMALLINT *msg_len)
{
    handle_hdr *hdr = diag_enter(type, h);
    if (!hdr)
        return SQL_INVALID_HANDLE;
    if (msg_max < 0)
        return diag_leave(hdr, SQL_ERROR);
    text_out o = text_out_chars(msg, msg_max, 0);
    return diag_leave(hdr, diag_get_rec(hdr, rec, state, native, &o, msg_len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetDiagRecW(SQLSMALLINT type, SQLHANDLE h, SQLSMALLINT rec,
                                              SQLWCHAR *state, SQLINTEGER *native, SQLWCHAR *msg,
                                              SQLSMALLINT msg_max, SQLSMALLINT *msg_len)
{
    handle_hdr *hdr = diag_enter(type, h);
    if (!hdr)
        return SQL_INVALID_HANDLE;
    if (msg_max < 0)
        return diag_leave(hdr, SQL_ERROR);
    text_out o = text_out_chars(msg, msg_max, 1);
    return diag_leave(hdr, diag_get_rec(hdr, rec, state, native, &o, msg_len, 1));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetdiagfield-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetDiagField(SQLSMALLINT type, SQLHANDLE h, SQLSMALLINT rec,
                                               SQLSMALLINT field, SQLPOINTER value,
                                               SQLSMALLINT buflen, SQLSMALLINT *len)
{
    handle_hdr *hdr = diag_enter(type, h);
    if (!hdr)
        return SQL_INVALID_HANDLE;
    return diag_leave(hdr, diag_get_field(hdr, rec, field, value, buflen, len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetDiagFieldW(SQLSMALLINT type, SQLHANDLE h, SQLSMALLINT rec,
                                                SQLSMALLINT field, SQLPOINTER value,
                                                SQLSMALLINT buflen, SQLSMALLINT *len)
{
    handle_hdr *hdr = diag_enter(type, h);
    if (!hdr)
        return SQL_INVALID_HANDLE;
    return diag_leave(hdr, diag_get_field(hdr, rec, field, value, buflen, len, 1));
}

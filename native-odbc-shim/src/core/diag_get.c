/*
 * SQLGetDiagRec / SQLGetDiagField: read a handle's records without clearing them. The
 * SQLSTATE is shown in the ODBC version the application asked for; a truncated message
 * gives SQL_SUCCESS_WITH_INFO (these functions never post records about themselves).
 */
#include "driver.h"

#include <string.h>

static const char *dsn_of(const handle_hdr *h)
{
    const dbc *c = NULL;
    switch (h->type) {
    case SQL_HANDLE_DBC: c = (const dbc *)h; break;
    case SQL_HANDLE_STMT: c = ((const stmt *)h)->dbc; break;
    case SQL_HANDLE_DESC: c = ((const desc *)h)->dbc; break;
    default: break;
    }
    return c && c->dsn ? c->dsn : "";
}

static void put_state(SQLPOINTER out, const char *code, int wide)
{
    if (!out)
        return;
    for (int i = 0; i < 6; i++) {
        char ch = i < 5 ? code[i] : '\0';
        if (wide)
            ((SQLWCHAR *)out)[i] = (SQLWCHAR)(unsigned char)ch;
        else
            ((char *)out)[i] = ch;
    }
}

SQLRETURN diag_get_rec(handle_hdr *h, const diag_list *d, SQLSMALLINT rec, SQLPOINTER state,
                       SQLINTEGER *native, const text_out *msg, SQLSMALLINT *msg_len, int wide)
{
    if (rec <= 0)
        return SQL_ERROR;
    if (rec > d->count)
        return SQL_NO_DATA;
    const diag_rec *r = &d->recs[rec - 1];
    put_state(state, diag_state_code(r->state, handle_odbc_version(h)), wide);
    if (native)
        *native = r->native;
    size_t units = 0;
    int trunc = text_put(msg, r->message, (size_t)-1, &units);
    if (msg_len)   /* characters, for SQLGetDiagRecW too */
        *msg_len = (SQLSMALLINT)(units > 32767 ? 32767 : units);
    return trunc ? SQL_SUCCESS_WITH_INFO : SQL_SUCCESS;
}

static SQLRETURN put_text(SQLPOINTER value, SQLSMALLINT buflen, SQLSMALLINT *len, int wide,
                          const char *s)
{
    text_out o = text_out_bytes(value, buflen, wide);
    size_t units = 0;
    int trunc = text_put(&o, s, (size_t)-1, &units);
    if (len)   /* bytes, for SQLGetDiagFieldW too */
        *len = (SQLSMALLINT)(units * text_unit(&o));
    return trunc ? SQL_SUCCESS_WITH_INFO : SQL_SUCCESS;
}

SQLRETURN diag_get_field(handle_hdr *h, const diag_list *d, int busy, SQLSMALLINT rec,
                         SQLSMALLINT field, SQLPOINTER value, SQLSMALLINT buflen,
                         SQLSMALLINT *len, int wide)
{
    int is_stmt = h->type == SQL_HANDLE_STMT;
    /* a statement whose worker is running: its fields are not ours to read (nothing executed
     * yet as far as the application knows) */
    const stmt *s = is_stmt && !busy ? (const stmt *)h : NULL;
    /* header fields */
    switch (field) {
    case SQL_DIAG_NUMBER:
        if (value) *(SQLINTEGER *)value = d->count;
        return SQL_SUCCESS;
    case SQL_DIAG_RETURNCODE:
        if (value) *(SQLRETURN *)value = d->retcode;
        return SQL_SUCCESS;
    case SQL_DIAG_ROW_COUNT:
    case SQL_DIAG_CURSOR_ROW_COUNT:
        if (!is_stmt)
            return SQL_ERROR;
        if (value) *(SQLLEN *)value = s && field == SQL_DIAG_ROW_COUNT ? s->row_count : -1;
        return SQL_SUCCESS;
    case SQL_DIAG_DYNAMIC_FUNCTION:
        if (!is_stmt)
            return SQL_ERROR;
        return put_text(value, buflen, len, wide,
                        s && s->state == STMT_CURSOR ? "SELECT CURSOR" : "");
    case SQL_DIAG_DYNAMIC_FUNCTION_CODE:
        if (!is_stmt)
            return SQL_ERROR;
        if (value)
            *(SQLINTEGER *)value = s && s->state == STMT_CURSOR ? SQL_DIAG_SELECT_CURSOR
                                                                : SQL_DIAG_UNKNOWN_STATEMENT;
        return SQL_SUCCESS;
    default:
        break;
    }
    /* record fields */
    if (rec <= 0)
        return SQL_ERROR;
    if (rec > d->count)
        return SQL_NO_DATA;
    const diag_rec *r = &d->recs[rec - 1];
    switch (field) {
    case SQL_DIAG_SQLSTATE:
        return put_text(value, buflen, len, wide, diag_state_code(r->state, handle_odbc_version(h)));
    case SQL_DIAG_NATIVE:
        if (value) *(SQLINTEGER *)value = r->native;
        return SQL_SUCCESS;
    case SQL_DIAG_MESSAGE_TEXT:
        return put_text(value, buflen, len, wide, r->message);
    case SQL_DIAG_CLASS_ORIGIN:
        return put_text(value, buflen, len, wide, diag_class_origin(r->state));
    case SQL_DIAG_SUBCLASS_ORIGIN:
        return put_text(value, buflen, len, wide, diag_subclass_origin(r->state));
    case SQL_DIAG_CONNECTION_NAME:
    case SQL_DIAG_SERVER_NAME:
        return put_text(value, buflen, len, wide, dsn_of(h));
    case SQL_DIAG_ROW_NUMBER:
        if (!is_stmt)
            return SQL_ERROR;
        if (value) *(SQLLEN *)value = r->row_number;
        return SQL_SUCCESS;
    case SQL_DIAG_COLUMN_NUMBER:
        if (!is_stmt)
            return SQL_ERROR;
        if (value) *(SQLINTEGER *)value = r->column_number;
        return SQL_SUCCESS;
    default:
        return SQL_ERROR;
    }
}

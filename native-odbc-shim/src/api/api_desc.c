/* Descriptor fields and records. */
#include "api.h"

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetdescfield-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetDescField(SQLHDESC h, SQLSMALLINT rec, SQLSMALLINT field,
                                               SQLPOINTER value, SQLINTEGER buflen, SQLINTEGER *len)
{
    desc *d = desc_enter(h);
    if (!d)
        return SQL_INVALID_HANDLE;
    return desc_leave(d, desc_get_field(d, rec, field, value, buflen, len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetDescFieldW(SQLHDESC h, SQLSMALLINT rec, SQLSMALLINT field,
                                                SQLPOINTER value, SQLINTEGER buflen, SQLINTEGER *len)
{
    desc *d = desc_enter(h);
    if (!d)
        return SQL_INVALID_HANDLE;
    return desc_leave(d, desc_get_field(d, rec, field, value, buflen, len, 1));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlsetdescfield-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLSetDescField(SQLHDESC h, SQLSMALLINT rec, SQLSMALLINT field,
                                               SQLPOINTER value, SQLINTEGER len)
{
    desc *d = desc_enter(h);
    if (!d)
        return SQL_INVALID_HANDLE;
    return desc_leave(d, desc_set_field(d, rec, field, value, len, 0));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLSetDescFieldW(SQLHDESC h, SQLSMALLINT rec, SQLSMALLINT field,
                                                SQLPOINTER value, SQLINTEGER len)
{
    desc *d = desc_enter(h);
    if (!d)
        return SQL_INVALID_HANDLE;
    return desc_leave(d, desc_set_field(d, rec, field, value, len, 1));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgetdescrec-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetDescRec(SQLHDESC h, SQLSMALLINT rec, SQLCHAR *name,
                                             SQLSMALLINT name_max, SQLSMALLINT *name_len,
                                             SQLSMALLINT *type, SQLSMALLINT *subtype,
                                             SQLLEN *length, SQLSMALLINT *precision,
                                             SQLSMALLINT *scale, SQLSMALLINT *nullable)
{
    desc *d = desc_enter(h);
    if (!d)
        return SQL_INVALID_HANDLE;
    text_out o = text_out_chars(name, name_max, 0);
    return desc_leave(d, desc_get_rec(d, rec, &o, name_len, type, subtype, length, precision,
                                      scale, nullable));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetDescRecW(SQLHDESC h, SQLSMALLINT rec, SQLWCHAR *name,
                                              SQLSMALLINT name_max, SQLSMALLINT *name_len,
                                              SQLSMALLINT *type, SQLSMALLINT *subtype,
                                              SQLLEN *length, SQLSMALLINT *precision,
                                              SQLSMALLINT *scale, SQLSMALLINT *nullable)
{
    desc *d = desc_enter(h);
    if (!d)
        return SQL_INVALID_HANDLE;
    text_out o = text_out_chars(name, name_max, 1);
    return desc_leave(d, desc_get_rec(d, rec, &o, name_len, type, subtype, length, precision,
                                      scale, nullable));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlsetdescrec-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLSetDescRec(SQLHDESC h, SQLSMALLINT rec, SQLSMALLINT type,
                                             SQLSMALLINT subtype, SQLLEN length,
                                             SQLSMALLINT precision, SQLSMALLINT scale,
                                             SQLPOINTER data, SQLLEN *octlen, SQLLEN *ind)
{
    desc *d = desc_enter(h);
    if (!d)
        return SQL_INVALID_HANDLE;
    return desc_leave(d, desc_set_rec(d, rec, type, subtype, length, precision, scale, data,
                                      octlen, ind));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlcopydesc-function
 * Locks the source's connection too (the lock is recursive when both share one). */
QUIRE_EXPORT SQLRETURN SQL_API SQLCopyDesc(SQLHDESC src, SQLHDESC dst)
{
    if (handle_check(src, SQL_HANDLE_DESC) != SQL_SUCCESS)
        return SQL_INVALID_HANDLE;
    desc *d = desc_enter(dst);
    if (!d)
        return SQL_INVALID_HANDLE;
    desc *s = src;
    dbc_lock(s->dbc);
    SQLRETURN rc = desc_copy(s, d);
    dbc_unlock(s->dbc);
    return desc_leave(d, rc);
}

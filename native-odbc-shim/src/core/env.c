/* The environment handle: ODBC version and the few environment attributes. */
#include "driver.h"

#include <stdlib.h>

SQLRETURN env_alloc(env **out)
{
    env *e = calloc(1, sizeof *e);
    if (!e)
        return SQL_ERROR;
    e->h.magic = MAGIC_ENV;
    e->h.type = SQL_HANDLE_ENV;
    plat_mutex_init(&e->lock);
    /* ODBC 3 until told otherwise: unixODBC always sets it before connecting */
    e->odbc_version = SQL_OV_ODBC3;
    e->output_nts = SQL_TRUE;
    e->cp_match = SQL_CP_STRICT_MATCH;
    *out = e;
    return SQL_SUCCESS;
}

SQLRETURN env_free(env *e)
{
    if (e->dbc_count > 0)
        return diag_post(&e->h.diag, "HY010", "Free the connections of this environment first");
    e->h.magic = MAGIC_FREED;
    diag_free(&e->h.diag);
    plat_mutex_unlock(&e->lock);
    plat_mutex_destroy(&e->lock);
    free(e);
    return SQL_SUCCESS;
}

SQLRETURN env_set_attr(env *e, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len)
{
    (void)len;
    SQLINTEGER v = (SQLINTEGER)(SQLLEN)value;
    switch (attr) {
    case SQL_ATTR_ODBC_VERSION:
        if (v != SQL_OV_ODBC2 && v != SQL_OV_ODBC3 && v != SQL_OV_ODBC3_80)
            return diag_post(&e->h.diag, "HY024", "Unknown ODBC version %d", (int)v);
        e->odbc_version = v;
        return SQL_SUCCESS;
    case SQL_ATTR_OUTPUT_NTS:
        if (v != SQL_TRUE)
            return diag_post(&e->h.diag, "HYC00", "Strings are always NUL-terminated");
        return SQL_SUCCESS;
    case SQL_ATTR_CONNECTION_POOLING:
        /* pooling is the driver manager's business: accept only "off" */
        if (v != SQL_CP_OFF)
            return diag_post(&e->h.diag, "HYC00", "The driver does not pool connections");
        return SQL_SUCCESS;
    case SQL_ATTR_CP_MATCH:
        e->cp_match = (SQLUINTEGER)v;
        return SQL_SUCCESS;
    default:
        return diag_post(&e->h.diag, "HY092", "Unknown environment attribute %d", (int)attr);
    }
}

SQLRETURN env_get_attr(env *e, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER buflen,
                       SQLINTEGER *len)
{
    (void)buflen;
    SQLUINTEGER v;
    switch (attr) {
    case SQL_ATTR_ODBC_VERSION: v = (SQLUINTEGER)e->odbc_version; break;
    case SQL_ATTR_OUTPUT_NTS: v = SQL_TRUE; break;
    case SQL_ATTR_CONNECTION_POOLING: v = SQL_CP_OFF; break;
    case SQL_ATTR_CP_MATCH: v = e->cp_match; break;
    default:
        return diag_post(&e->h.diag, "HY092", "Unknown environment attribute %d", (int)attr);
    }
    if (value)
        *(SQLUINTEGER *)value = v;
    if (len)
        *len = sizeof(SQLUINTEGER);
    return SQL_SUCCESS;
}

SQLRETURN env_end_tran(env *e, SQLSMALLINT completion)
{
    if (completion != SQL_COMMIT && completion != SQL_ROLLBACK)
        return diag_post(&e->h.diag, "HY012", NULL);
    /* read-only source: there is never anything to commit or roll back */
    return SQL_SUCCESS;
}

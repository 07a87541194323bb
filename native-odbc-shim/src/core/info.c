/* SQLGetInfo: looks the type up in info_table.c; engine-owned strings come from
 * Bridge.getInfo. */
#include "driver.h"
#include "info.h"

#include <stdlib.h>

#include "../jni/bridge.h"

SQLRETURN dbc_get_info(dbc *c, SQLUSMALLINT type, SQLPOINTER value, SQLSMALLINT buflen,
                       SQLSMALLINT *len, int wide)
{
    diag_list *d = &c->h.diag;
    const info_entry *e = info_find(type);
    if (!e)
        return diag_post(d, "HY096", "Unknown information type %u", type);
    if (buflen < 0)
        return diag_post(d, "HY090", NULL);
    if (e->kind == INFO_U16) {
        if (value)
            *(SQLUSMALLINT *)value = (SQLUSMALLINT)e->num;
        if (len)
            *len = sizeof(SQLUSMALLINT);
        return SQL_SUCCESS;
    }
    if (e->kind == INFO_U32) {
        if (value)
            *(SQLUINTEGER *)value = e->num;
        if (len)
            *len = sizeof(SQLUINTEGER);
        return SQL_SUCCESS;
    }
    const char *s = e->str;
    jb_bytes from_engine = {0};
    if (e->kind == INFO_DSN) {
        s = c->dsn ? c->dsn : "";
    } else if (e->kind == INFO_ENGINE) {
        if (!c->conn_id)
            return diag_post(d, "08003", NULL);
        SQLRETURN rc = jb_get_info(d, c->conn_id, type, &from_engine);
        if (rc != SQL_SUCCESS)
            return rc;
        if (from_engine.data)
            s = from_engine.data;
    }
    text_out o = text_out_bytes(value, buflen, wide);
    size_t units = 0;
    SQLRETURN rc = SQL_SUCCESS;
    if (text_put(&o, s, from_engine.data ? from_engine.len : (size_t)-1, &units))
        rc = diag_post(d, "01004", NULL);
    if (len)   /* bytes, for SQLGetInfoW too */
        *len = (SQLSMALLINT)(units * text_unit(&o));
    free(from_engine.data);
    return rc;
}

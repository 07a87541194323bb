/* Connection attributes (SQLSetConnectAttr / SQLGetConnectAttr). The source is read-only
 * and has no catalogs or transactions; attributes that would change that are refused
 * honestly (HYC00 or 01S02) rather than stored and ignored. */
#include "driver.h"

#include <stdlib.h>
#include <string.h>

#include "../jni/bridge.h"
#include "../util/utf.h"

SQLRETURN dbc_set_attr(dbc *c, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len, int wide)
{
    diag_list *d = &c->h.diag;
    SQLULEN v = (SQLULEN)value;
    switch (attr) {
    case SQL_ATTR_AUTOCOMMIT:
        if (v != SQL_AUTOCOMMIT_ON && v != SQL_AUTOCOMMIT_OFF)
            return diag_post(d, "HY024", NULL);
        /* both are honest: with nothing to write, every statement is its own transaction
         * and SQLEndTran has nothing to do */
        c->autocommit = (SQLUINTEGER)v;
        return SQL_SUCCESS;
    case SQL_ATTR_ACCESS_MODE:
        if (v == SQL_MODE_READ_ONLY)
            return SQL_SUCCESS;
        return diag_post(d, "01S02", "The data source is read-only; access mode stays read-only");
    case SQL_ATTR_LOGIN_TIMEOUT:
        c->login_timeout = (SQLUINTEGER)v;
        return SQL_SUCCESS;
    case SQL_ATTR_CONNECTION_TIMEOUT:
        c->connection_timeout = (SQLUINTEGER)v;
        /* before the connection opens it is applied by dbc_open */
        return c->conn_id ? jb_set_connection_timeout(d, c->conn_id, v) : SQL_SUCCESS;
    case SQL_ATTR_PACKET_SIZE:
        c->packet_size = (SQLUINTEGER)v;
        return SQL_SUCCESS;
    case SQL_ATTR_QUIET_MODE:
        c->quiet_mode = value;
        return SQL_SUCCESS;
    case SQL_ATTR_ANSI_APP:
        /* the driver behaves the same for ANSI and Unicode applications */
        c->ansi_app = (SQLUINTEGER)v;
        return SQL_SUCCESS;
    case SQL_ATTR_CURRENT_CATALOG: {
        char *s = attr_to_utf8_dup(value, len, wide);
        int empty = !s || !*s;
        free(s);
        if (empty)
            return SQL_SUCCESS;
        return diag_post(d, "HYC00", "The data source has no catalogs");
    }
    case SQL_ATTR_TXN_ISOLATION:
        return diag_post(d, "HYC00", "The data source does not support transactions");
    case SQL_ATTR_METADATA_ID:
        if (v != SQL_FALSE)
            return diag_post(d, "HYC00", "SQL_ATTR_METADATA_ID = SQL_TRUE is not supported");
        c->metadata_id = SQL_FALSE;
        return SQL_SUCCESS;
    case SQL_ATTR_ASYNC_ENABLE:
        /* the default of statements allocated from now on (existing ones keep theirs, which
         * the specification leaves to the driver) */
        if (v != SQL_ASYNC_ENABLE_OFF && v != SQL_ASYNC_ENABLE_ON)
            return diag_post(d, "HY024", NULL);
        if (dbc_async_running(c))
            return diag_post(d, "HY010", "A function is executing asynchronously on a statement "
                                         "of this connection");
        c->async_enable = (SQLUINTEGER)v;
        return SQL_SUCCESS;
    case SQL_ATTR_ASYNC_DBC_FUNCTIONS_ENABLE:
        if (v == SQL_ASYNC_DBC_ENABLE_OFF)
            return SQL_SUCCESS;
        return diag_post(d, "HY114", "Connection functions run synchronously: only statement "
                                     "functions run asynchronously (SQL_ATTR_ASYNC_ENABLE)");
    case SQL_ATTR_ASYNC_DBC_EVENT:
    case SQL_ATTR_ASYNC_DBC_PCALLBACK:
    case SQL_ATTR_ASYNC_DBC_PCONTEXT:
        return diag_post(d, "HYC00", "Asynchronous notification (the ODBC 3.8 event method) is "
                                     "not supported");
    case SQL_ATTR_TRANSLATE_LIB:
    case SQL_ATTR_TRANSLATE_OPTION:
        return diag_post(d, "HYC00", "Translation libraries are not supported");
    case SQL_ATTR_CONNECTION_DEAD:
    case SQL_ATTR_AUTO_IPD:
        return diag_post(d, "HY092", "Attribute %d is read-only", (int)attr);
    default:
        return diag_post(d, "HY092", "Unknown connection attribute %d", (int)attr);
    }
}

SQLRETURN dbc_get_attr(dbc *c, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER buflen,
                       SQLINTEGER *len, int wide)
{
    diag_list *d = &c->h.diag;
    SQLUINTEGER v;
    switch (attr) {
    case SQL_ATTR_AUTOCOMMIT: v = c->autocommit; break;
    case SQL_ATTR_ACCESS_MODE: v = SQL_MODE_READ_ONLY; break;
    case SQL_ATTR_LOGIN_TIMEOUT: v = c->login_timeout; break;
    case SQL_ATTR_CONNECTION_TIMEOUT: v = c->connection_timeout; break;
    case SQL_ATTR_PACKET_SIZE: v = c->packet_size; break;
    case SQL_ATTR_ANSI_APP: v = c->ansi_app; break;
    case SQL_ATTR_TXN_ISOLATION: v = 0; break;   /* SQL_TXN_CAPABLE is SQL_TC_NONE */
    case SQL_ATTR_METADATA_ID: v = SQL_FALSE; break;
    case SQL_ATTR_ASYNC_ENABLE: v = c->async_enable; break;
    case SQL_ATTR_ASYNC_DBC_FUNCTIONS_ENABLE: v = SQL_ASYNC_DBC_ENABLE_OFF; break;
    case SQL_ATTR_AUTO_IPD: v = SQL_FALSE; break;
    case SQL_ATTR_CONNECTION_DEAD:
        v = (!c->conn_id || c->dead) ? SQL_CD_TRUE : SQL_CD_FALSE;
        break;
    case SQL_ATTR_QUIET_MODE:
        if (value)
            *(SQLPOINTER *)value = c->quiet_mode;
        if (len)
            *len = sizeof(SQLPOINTER);
        return SQL_SUCCESS;
    case SQL_ATTR_CURRENT_CATALOG: {
        text_out o = text_out_bytes(value, buflen, wide);
        size_t units = 0;
        int trunc = text_put(&o, "", 0, &units);
        if (len)
            *len = (SQLINTEGER)(units * text_unit(&o));
        return trunc ? diag_post(d, "01004", NULL) : SQL_SUCCESS;
    }
    default:
        return diag_post(d, "HY092", "Unknown connection attribute %d", (int)attr);
    }
    if (value)
        *(SQLUINTEGER *)value = v;
    if (len)
        *len = sizeof(SQLUINTEGER);
    return SQL_SUCCESS;
}

/*
 * jb_: the C side of io.quire.bridge.Bridge (docs/bridge.md). Each function attaches the
 * calling thread when needed, pushes a local JNI frame, calls one Bridge method and turns
 * any Java exception into a diagnostic record on d. Strings are UTF-8 byte arrays.
 */
#ifndef QUIRE_BRIDGE_H
#define QUIRE_BRIDGE_H

#include <stddef.h>
#include <stdint.h>

#include "quire_odbc.h"
#include "../core/diag.h"

/* Where to look for the JVM, from the connection attempt that boots it. */
typedef struct jb_boot_opts {
    const char *jvm_path_connstr;   /* JvmPath= in the connection string, or NULL */
    const char *dsn;                /* DSN name, for odbc.ini's JvmPath, or NULL */
    const char *driver;             /* driver name, for odbcinst.ini's JvmPath, or NULL */
} jb_boot_opts;

/* Boots (or finds) the one JVM of the process and caches the Bridge class and methods.
 * Cheap after the first success. Fails with 08001 and a message naming what was tried. */
SQLRETURN jb_boot(diag_list *d, const jb_boot_opts *o);
/* 1 once jb_boot has succeeded. */
int jb_ready(void);

/* A byte string returned by Java; free with free(). */
typedef struct jb_bytes {
    char *data;     /* NUL-terminated for convenience */
    size_t len;
} jb_bytes;

/* login_timeout: SQL_ATTR_LOGIN_TIMEOUT in seconds (0 = the Timeout property). */
SQLRETURN jb_connect(diag_list *d, const char *conn_str, const char *dsn_attrs,
                     SQLULEN login_timeout, int64_t *conn_id);
SQLRETURN jb_disconnect(diag_list *d, int64_t conn_id);
/* SQL_ATTR_CONNECTION_TIMEOUT: bounds each request the connection sends to the site
 * (0 = the Timeout property); a request that runs out gives HYT01. */
SQLRETURN jb_set_connection_timeout(diag_list *d, int64_t conn_id, SQLULEN seconds);
SQLRETURN jb_prepare(diag_list *d, int64_t conn_id, const char *sql, size_t len, int64_t *stmt_id);
SQLRETURN jb_describe(diag_list *d, int64_t stmt_id, jb_bytes *out);
/* params: the parameter block of docs/bridge.md "Parameters" (NULL = none); timeout:
 * SQL_ATTR_QUERY_TIMEOUT in seconds (0 = none). *row_count = -1 for a result set. */
SQLRETURN jb_execute(diag_list *d, int64_t stmt_id, const unsigned char *params, size_t params_len,
                     SQLULEN timeout, int64_t *row_count);
/* describeParams() as returned (decode with jb_describe_params in describe.c). */
SQLRETURN jb_describe_params_raw(diag_list *d, int64_t stmt_id, jb_bytes *out);
SQLRETURN jb_close_cursor(diag_list *d, int64_t stmt_id);
SQLRETURN jb_free(diag_list *d, int64_t stmt_id);
SQLRETURN jb_cancel(diag_list *d, int64_t stmt_id);
/* args[i] NULL = a NULL pointer argument. */
SQLRETURN jb_catalog(diag_list *d, int64_t conn_id, int function, const char *const *args,
                     int nargs, int64_t *stmt_id);
/* out->data is NULL when Java leaves the answer to the shim. */
SQLRETURN jb_get_info(diag_list *d, int64_t conn_id, int info_type, jb_bytes *out);
/* Bridge.browseConnect: missing->data is NULL when the settings are complete, else the
 * ODBC browse result of what is still needed. */
SQLRETURN jb_browse_connect(diag_list *d, const char *conn_str, const char *dsn_attrs, jb_bytes *missing);
SQLRETURN jb_native_sql(diag_list *d, int64_t conn_id, const char *sql, size_t len, jb_bytes *out);

#endif

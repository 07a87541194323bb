/* Connection handles: allocation, connecting through the Java engine, disconnecting. */
#include "driver.h"
#include "dbc_ini.h"

#include <stdlib.h>
#include <string.h>

#include "../jni/bridge.h"
#include "../util/connstr.h"
#include "../util/strbuf.h"

SQLRETURN dbc_alloc(env *e, dbc **out)
{
    dbc *c = calloc(1, sizeof *c);
    if (!c)
        return diag_oom(&e->h.diag);
    c->h.magic = MAGIC_DBC;
    c->h.type = SQL_HANDLE_DBC;
    c->env = e;
    /* recursive: freeing a statement locks the connection the statement call already holds */
    plat_mutex_init(&c->lock);
    plat_mutex_init(&c->async_lock);
    c->autocommit = SQL_AUTOCOMMIT_ON;
    c->login_timeout = 0;
    c->connection_timeout = 0;
    c->ansi_app = SQL_AA_FALSE;
    e->dbc_count++;
    *out = c;
    return SQL_SUCCESS;
}

static void browse_end(dbc *c);

SQLRETURN dbc_free(dbc *c)
{
    if (c->conn_id)
        return diag_post(&c->h.diag, "HY010", "Disconnect before freeing the connection");
    env *e = c->env;
    plat_mutex_lock(&e->lock);
    e->dbc_count--;
    plat_mutex_unlock(&e->lock);
    c->h.magic = MAGIC_FREED;
    diag_free(&c->h.diag);
    browse_end(c);
    free(c->dsn);
    dbc_unlock(c);
    plat_mutex_destroy(&c->lock);
    plat_mutex_destroy(&c->async_lock);
    free(c);
    return SQL_SUCCESS;
}

void dbc_note_failure(dbc *c, const diag_list *d)
{
    for (int i = 0; i < d->count; i++)
        if (strcmp(d->recs[i].state, "08S01") == 0)
            c->dead = 1;
}

/* Boots the JVM if needed and opens the Java connection. */
static SQLRETURN dbc_open(dbc *c, const char *conn_str, const char *dsn, const char *driver,
                          const char *jvm_path)
{
    if (c->conn_id)
        return diag_post(&c->h.diag, "08002", "The connection is already open");
    jb_boot_opts o = {jvm_path, dsn, driver};
    SQLRETURN rc = jb_boot(&c->h.diag, &o);
    if (rc != SQL_SUCCESS)
        return rc;
    char *attrs = ini_dsn_attrs(dsn);
    int64_t id = 0;
    rc = jb_connect(&c->h.diag, conn_str, attrs, c->login_timeout, &id);
    free(attrs);
    if (rc != SQL_SUCCESS)
        return rc;
    if (id <= 0)
        return diag_post(&c->h.diag, "08001", "The engine returned no connection");
    free(c->dsn);
    c->dsn = strdup(dsn ? dsn : "");
    c->conn_id = id;
    c->dead = 0;
    return c->connection_timeout ? jb_set_connection_timeout(&c->h.diag, id, c->connection_timeout) : SQL_SUCCESS;
}

SQLRETURN dbc_connect(dbc *c, const char *dsn, const char *uid, const char *pwd)
{
    strbuf b = {0};
    if (dsn && *dsn)
        sb_put_pair_braced(&b, "DSN", dsn);
    if (uid && *uid)
        sb_put_pair_braced(&b, "UID", uid);
    if (pwd && *pwd)
        sb_put_pair_braced(&b, "PWD", pwd);
    char *cs = sb_take(&b);
    if (!cs)
        return diag_oom(&c->h.diag);
    SQLRETURN rc = dbc_open(c, cs, dsn, NULL, NULL);
    /* the string holds a password: do not leave it in freed memory */
    memset(cs, 0, strlen(cs));
    free(cs);
    return rc;
}

SQLRETURN dbc_driver_connect(dbc *c, const char *in, const text_out *out, SQLSMALLINT *out_len,
                             SQLUSMALLINT completion)
{
    if (completion != SQL_DRIVER_NOPROMPT && completion != SQL_DRIVER_COMPLETE &&
        completion != SQL_DRIVER_PROMPT && completion != SQL_DRIVER_COMPLETE_REQUIRED)
        return diag_post(&c->h.diag, "HY110", NULL);
    if (!in)
        in = "";
    size_t len = strlen(in);
    /* Linux has no dialog: every completion mode behaves as SQL_DRIVER_NOPROMPT, and the
     * engine reports what is missing */
    char *dsn = connstr_get(in, len, "DSN");
    char *driver = connstr_get(in, len, "DRIVER");
    char *jvm = connstr_get(in, len, "JvmPath");
    SQLRETURN rc = dbc_open(c, in, dsn, driver, jvm);
    free(dsn);
    free(driver);
    free(jvm);
    if (rc != SQL_SUCCESS)
        return rc;
    size_t units = 0;
    if (text_put(out, in, len, &units))
        rc = diag_post(&c->h.diag, "01004", NULL);
    if (out_len)
        *out_len = (SQLSMALLINT)(units > 32767 ? 32767 : units);
    return rc;
}

/* Frees the keys SQLBrowseConnect gathered; they may hold a password, so wipe them first. */
static void browse_end(dbc *c)
{
    if (c->browse) {
        memset(c->browse, 0, strlen(c->browse));
        free(c->browse);
        c->browse = NULL;
    }
}

/*
 * SQLBrowseConnect: each call adds its keys to those of the earlier calls; the engine says
 * what is still missing (SQL_NEED_DATA with the browse result) until the settings are
 * complete, then the connection opens and the completed string is returned. Any error ends
 * the browse, as the ODBC reference says.
 */
SQLRETURN dbc_browse_connect(dbc *c, const char *in, const text_out *out, SQLSMALLINT *out_len)
{
    if (c->conn_id)
        return diag_post(&c->h.diag, "08002", "The connection is already open");
    strbuf b = {0};
    if (c->browse && *c->browse) {
        sb_puts(&b, c->browse);
        sb_puts(&b, ";");
    }
    sb_puts(&b, in ? in : "");
    browse_end(c);
    char *all = sb_take(&b);
    if (!all)
        return diag_oom(&c->h.diag);
    size_t len = strlen(all);
    char *dsn = connstr_get(all, len, "DSN");
    char *driver = connstr_get(all, len, "DRIVER");
    char *jvm = connstr_get(all, len, "JvmPath");
    jb_boot_opts o = {jvm, dsn, driver};
    jb_bytes missing = {0};
    SQLRETURN rc = jb_boot(&c->h.diag, &o);
    if (rc == SQL_SUCCESS) {
        char *attrs = ini_dsn_attrs(dsn);
        rc = jb_browse_connect(&c->h.diag, all, attrs, &missing);
        free(attrs);
    }
    const char *result = all;
    if (rc == SQL_SUCCESS && missing.data) {
        c->browse = all;   /* kept for the next call */
        all = NULL;
        result = missing.data;
        rc = SQL_NEED_DATA;
    } else if (rc == SQL_SUCCESS) {
        rc = dbc_open(c, all, dsn, driver, jvm);
    }
    if (rc == SQL_SUCCESS || rc == SQL_NEED_DATA) {
        size_t units = 0;
        if (text_put(out, result, strlen(result), &units) && rc == SQL_SUCCESS)
            rc = diag_post(&c->h.diag, "01004", NULL);
        if (out_len)
            *out_len = (SQLSMALLINT)(units > 32767 ? 32767 : units);
    }
    free(missing.data);
    free(dsn);
    free(driver);
    free(jvm);
    if (all) {
        memset(all, 0, strlen(all));
        free(all);
    }
    return rc;
}

SQLRETURN dbc_disconnect(dbc *c)
{
    if (!c->conn_id && c->browse) {
        browse_end(c);   /* SQLDisconnect ends an unfinished SQLBrowseConnect */
        return SQL_SUCCESS;
    }
    if (!c->conn_id)
        return diag_post(&c->h.diag, "08003", NULL);
    /* the driver manager forgets the statements: free ours (Java frees its own) */
    while (c->stmts)
        stmt_free(c->stmts);
    while (c->descs)
        desc_free_explicit(c->descs);
    SQLRETURN rc = jb_disconnect(&c->h.diag, c->conn_id);
    c->conn_id = 0;
    c->dead = 0;
    if (rc != SQL_SUCCESS) {
        /* the connection is gone either way: report the failure as a warning */
        diag_list *d = &c->h.diag;
        if (d->count > 0)
            memcpy(d->recs[d->count - 1].state, "01002", 6);
        return SQL_SUCCESS_WITH_INFO;
    }
    return SQL_SUCCESS;
}

SQLRETURN dbc_end_tran(dbc *c, SQLSMALLINT completion)
{
    if (completion != SQL_COMMIT && completion != SQL_ROLLBACK)
        return diag_post(&c->h.diag, "HY012", NULL);
    if (!c->conn_id)
        return diag_post(&c->h.diag, "08003", NULL);
    return SQL_SUCCESS;   /* read-only source: nothing to commit or roll back */
}

SQLRETURN dbc_native_sql(dbc *c, const char *sql, const text_out *out, SQLINTEGER *out_len)
{
    if (!c->conn_id)
        return diag_post(&c->h.diag, "08003", NULL);
    if (!sql)
        return diag_post(&c->h.diag, "HY009", NULL);
    jb_bytes r;
    SQLRETURN rc = jb_native_sql(&c->h.diag, c->conn_id, sql, strlen(sql), &r);
    if (rc != SQL_SUCCESS)
        return rc;
    size_t units = 0;
    if (text_put(out, r.data ? r.data : sql, r.data ? r.len : strlen(sql), &units))
        rc = diag_post(&c->h.diag, "01004", NULL);
    if (out_len)
        *out_len = (SQLINTEGER)units;
    free(r.data);
    return rc;
}

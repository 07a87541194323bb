/*
 * Statements: allocation, prepare/execute, catalog results, cursor close and free.
 * States: ALLOCATED -> (SQLPrepare) PREPARED -> (SQLExecute) CURSOR or EXECUTED;
 * SQLExecDirect and catalog functions go straight to CURSOR/EXECUTED. A Java statement id
 * exists from prepare (or catalog) until the next prepare, a close of a non-prepared
 * statement, or free.
 */
#include "driver.h"

#include <stdlib.h>
#include <string.h>

#include "../jni/bridge.h"

SQLRETURN stmt_alloc(dbc *c, stmt **out)
{
    if (!c->conn_id)
        return diag_post(&c->h.diag, "08003", NULL);
    stmt *s = calloc(1, sizeof *s);
    if (!s)
        return diag_oom(&c->h.diag);
    s->h.magic = MAGIC_STMT;
    s->h.type = SQL_HANDLE_STMT;
    s->dbc = c;
    s->imp_ard = desc_new(c, DESC_ARD, SQL_DESC_ALLOC_AUTO);
    s->imp_apd = desc_new(c, DESC_APD, SQL_DESC_ALLOC_AUTO);
    s->imp_ird = desc_new(c, DESC_IRD, SQL_DESC_ALLOC_AUTO);
    s->imp_ipd = desc_new(c, DESC_IPD, SQL_DESC_ALLOC_AUTO);
    if (!s->imp_ard || !s->imp_apd || !s->imp_ird || !s->imp_ipd) {
        desc_destroy(s->imp_ard);
        desc_destroy(s->imp_apd);
        desc_destroy(s->imp_ird);
        desc_destroy(s->imp_ipd);
        free(s);
        return diag_oom(&c->h.diag);
    }
    s->ard = s->imp_ard;
    s->apd = s->imp_apd;
    s->ird = s->imp_ird;
    s->ipd = s->imp_ipd;
    s->batch_row = -1;
    s->row_count = -1;
    s->cursor_type = SQL_CURSOR_FORWARD_ONLY;
    s->concurrency = SQL_CONCUR_READ_ONLY;
    s->retrieve_data = SQL_RD_ON;
    s->noscan = SQL_NOSCAN_OFF;
    s->cursor_sensitivity = SQL_UNSPECIFIED;
    s->rowset_size = 1;
    s->param_count = -1;
    s->pos_row = 1;
    s->async_enable = c->async_enable;
    stmt_async_init(s);
    s->imp_ard->owner = s->imp_apd->owner = s->imp_ird->owner = s->imp_ipd->owner = s;
    s->next = c->stmts;
    c->stmts = s;
    *out = s;
    return SQL_SUCCESS;
}

/* Frees the Java statement, keeping diagnostics on s. */
static SQLRETURN stmt_drop_java(stmt *s)
{
    SQLRETURN rc = SQL_SUCCESS;
    stmt_dae_cancel(s);
    int64_t id = atomic_exchange(&s->java_id, 0);
    if (id && jb_ready())
        rc = jb_free(&s->h.diag, id);
    stmt_cursor_reset(s);
    free(s->param_meta);
    s->param_meta = NULL;
    s->param_count = -1;
    s->state = STMT_ALLOCATED;
    s->prepared = 0;
    s->has_meta = 0;
    desc_truncate(s->ird, 0);
    s->row_count = -1;
    return rc;
}

SQLRETURN stmt_free(stmt *s)
{
    dbc *c = s->dbc;
    stmt_async_abandon(s);   /* a function in flight: cancel it and join its worker */
    if (c->conn_id)
        stmt_drop_java(s);
    for (stmt **p = &c->stmts; *p; p = &(*p)->next) {
        if (*p == s) {
            *p = s->next;
            break;
        }
    }
    jb_batch_free(&s->batch);
    stmt_rowset_release(s);
    free(s->rs_rows);
    free(s->held);
    free(s->sc_first);
    free(s->gd);
    free(s->cursor_name);
    free(s->param_meta);
    desc_destroy(s->imp_ard);
    desc_destroy(s->imp_apd);
    desc_destroy(s->imp_ird);
    desc_destroy(s->imp_ipd);
    diag_free(&s->h.diag);
    stmt_async_destroy(s);
    s->h.magic = MAGIC_FREED;
    free(s);
    return SQL_SUCCESS;
}

/* After a successful execute that produced rows: open the cursor. */
SQLRETURN stmt_open_cursor(stmt *s)
{
    SQLRETURN rc = s->has_meta ? SQL_SUCCESS : stmt_load_meta(s);
    if (rc != SQL_SUCCESS && rc != SQL_SUCCESS_WITH_INFO)
        return rc;
    stmt_cursor_reset(s);
    s->state = STMT_CURSOR;
    s->row_count = -1;
    return rc;
}

/* A new call forgets an SQLCancel aimed at an earlier one. Not the worker of an asynchronous
 * call: a cancel that came while it waited for the connection lock is its own (the flag was
 * cleared when the call started). */
static void forget_cancel(stmt *s)
{
    if (!s->async)
        atomic_store(&s->cancel_requested, 0);
}

static SQLRETURN check_connected(stmt *s)
{
    if (s->dae)
        return stmt_seq_error(s);
    if (!s->dbc->conn_id)
        return diag_post(&s->h.diag, "08003", NULL);
    if (s->state == STMT_CURSOR)
        return diag_post(&s->h.diag, "24000", "A cursor is open on this statement: close it first");
    return SQL_SUCCESS;
}

SQLRETURN stmt_prepare(stmt *s, const char *sql, SQLINTEGER len)
{
    SQLRETURN rc = check_connected(s);
    if (rc != SQL_SUCCESS)
        return rc;
    if (!sql)
        return diag_post(&s->h.diag, "HY009", NULL);
    size_t n = len == SQL_NTS ? strlen(sql) : (size_t)len;
    if (len < 0 && len != SQL_NTS)
        return diag_post(&s->h.diag, "HY090", NULL);
    stmt_drop_java(s);
    forget_cancel(s);
    int64_t id = 0;
    rc = jb_prepare(&s->h.diag, s->dbc->conn_id, sql, n, &id);
    if (rc != SQL_SUCCESS) {
        dbc_note_failure(s->dbc, &s->h.diag);
        return rc;
    }
    atomic_store(&s->java_id, id);
    if (stmt_cancelled(s)) {
        stmt_drop_java(s);
        return SQL_ERROR;
    }
    s->prepared = 1;
    s->state = STMT_PREPARED;
    rc = stmt_load_meta(s);
    if (rc == SQL_ERROR)
        stmt_drop_java(s);
    return rc;
}

SQLRETURN stmt_execute(stmt *s)
{
    SQLRETURN rc = check_connected(s);
    if (rc != SQL_SUCCESS)
        return rc;
    if (!s->prepared || !atomic_load(&s->java_id))
        return diag_post(&s->h.diag, "HY010", "SQLExecute needs a prepared statement");
    forget_cancel(s);
    return stmt_exec_params(s, 0);
}

void stmt_discard_result(stmt *s, int unprepare)
{
    if (unprepare || !s->prepared) {
        stmt_drop_java(s);
        return;
    }
    stmt_dae_cancel(s);
    if (s->state == STMT_CURSOR)
        stmt_close_cursor(s, 0);
    s->state = STMT_PREPARED;
}

SQLRETURN stmt_exec_result(stmt *s, int64_t n)
{
    if (n == -1)
        return stmt_open_cursor(s);
    s->state = STMT_EXECUTED;
    s->row_count = (SQLLEN)n;
    return SQL_SUCCESS;
}

SQLRETURN stmt_exec_direct(stmt *s, const char *sql, SQLINTEGER len)
{
    SQLRETURN rc = stmt_prepare(s, sql, len);
    if (rc == SQL_ERROR)
        return rc;
    SQLRETURN rc2 = stmt_exec_params(s, 1);
    if (rc2 == SQL_NEED_DATA)
        return rc2;   /* the last SQLParamData unprepares it */
    s->prepared = 0;   /* SQLExecute may not re-run an SQLExecDirect statement */
    return diag_merge_rc(rc, rc2);
}

SQLRETURN stmt_catalog(stmt *s, int function, const char *const *args, int nargs)
{
    SQLRETURN rc = check_connected(s);
    if (rc != SQL_SUCCESS)
        return rc;
    stmt_drop_java(s);
    int64_t id = 0;
    rc = jb_catalog(&s->h.diag, s->dbc->conn_id, function, args, nargs, &id);
    if (rc != SQL_SUCCESS) {
        dbc_note_failure(s->dbc, &s->h.diag);
        return rc;
    }
    atomic_store(&s->java_id, id);
    rc = stmt_open_cursor(s);
    if (rc == SQL_ERROR)
        stmt_drop_java(s);
    return rc;
}

SQLRETURN stmt_close_cursor(stmt *s, int strict)
{
    if (s->dae && strict)
        return stmt_seq_error(s);
    if (s->state != STMT_CURSOR)
        return strict ? diag_post(&s->h.diag, "24000", "No cursor is open") : SQL_SUCCESS;
    SQLRETURN rc = SQL_SUCCESS;
    if (!s->prepared) {
        /* nothing can re-execute it: free the Java statement now */
        rc = stmt_drop_java(s);
    } else {
        rc = jb_close_cursor(&s->h.diag, atomic_load(&s->java_id));
        stmt_cursor_reset(s);
        s->state = STMT_PREPARED;
    }
    return rc;
}

SQLRETURN stmt_free_stmt(stmt *s, SQLUSMALLINT option)
{
    if (s->dae)
        return stmt_seq_error(s);
    switch (option) {
    case SQL_CLOSE:
        return stmt_close_cursor(s, 0);
    case SQL_UNBIND:
        desc_truncate(s->ard, 0);
        s->ard->count = 0;
        return SQL_SUCCESS;
    case SQL_RESET_PARAMS:
        desc_truncate(s->apd, 0);
        s->apd->count = 0;
        return SQL_SUCCESS;
    default:
        return diag_post(&s->h.diag, "HY092", "Unknown SQLFreeStmt option %u", option);
    }
}

SQLRETURN stmt_row_count(stmt *s, SQLLEN *count)
{
    if (s->dae)
        return stmt_seq_error(s);
    if (s->state != STMT_EXECUTED && s->state != STMT_CURSOR)
        return diag_post(&s->h.diag, "HY010", "The statement has not been executed");
    if (count)
        *count = s->state == STMT_CURSOR ? -1 : s->row_count;
    return SQL_SUCCESS;
}

SQLRETURN stmt_more_results(stmt *s)
{
    if (s->dae)
        return stmt_seq_error(s);
    /* one result per statement: closing the current one leaves none */
    if (s->state == STMT_CURSOR) {
        SQLRETURN rc = stmt_close_cursor(s, 0);
        if (rc == SQL_ERROR)
            return rc;
    }
    return SQL_NO_DATA;
}

int stmt_cancelled(stmt *s)
{
    if (!atomic_exchange(&s->cancel_requested, 0))
        return 0;
    diag_post(&s->h.diag, "HY008", "Operation cancelled");
    return 1;
}

SQLRETURN stmt_cancel(stmt *s)
{
    /* a function running asynchronously: stop its worker; the next poll says HY008 */
    if (stmt_async_cancel(s))
        return SQL_SUCCESS;
    /* called without the connection lock (see api_exec.c): if no other call holds it,
     * nothing is running: cancel ends a data-at-execution dialogue, or closes the cursor
     * (SQLFreeStmt(SQL_CLOSE)) as the driver manager's state tables do for every version */
    if (plat_mutex_trylock(&s->dbc->lock)) {
        diag_clear(&s->h.diag);
        if (s->dae) {
            stmt_dae_cancel(s);
            dbc_unlock(s->dbc);
            return SQL_SUCCESS;
        }
        SQLRETURN rc = stmt_close_cursor(s, 0);
        dbc_unlock(s->dbc);
        return rc;
    }
    /* a call is running; if it is still preparing there is no Java statement to cancel yet:
     * the flag makes the call stop as soon as it has one (stmt_cancelled) */
    atomic_store(&s->cancel_requested, 1);
    int64_t id = atomic_load(&s->java_id);
    if (!id)
        return SQL_SUCCESS;
    /* the handle's diagnostics belong to the running call: keep ours apart */
    diag_list scratch = {0};
    SQLRETURN rc = jb_cancel(&scratch, id);
    diag_free(&scratch);
    return rc == SQL_SUCCESS ? SQL_SUCCESS : SQL_ERROR;
}

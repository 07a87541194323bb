/*
 * Asynchronous execution, the ODBC polling method (SQL_ATTR_ASYNC_ENABLE).
 * https://learn.microsoft.com/sql/odbc/reference/develop-app/asynchronous-execution-polling-method
 *
 * With the attribute on, the first call of an asynchronous function copies its arguments,
 * starts a worker thread and returns SQL_STILL_EXECUTING. The worker takes the connection
 * lock like any call, runs the internal function a synchronous call runs, records the return
 * code and marks itself done. Later calls of the same function on the statement are polls:
 * SQL_STILL_EXECUTING until the worker is done, then the poll joins it and returns its code,
 * with its diagnostics on the statement. Any other function meanwhile gets HY010, except
 * SQLCancel (stops the worker: the next poll says HY008) and SQLGetDiagRec/Field.
 *
 * Locks. The worker holds the connection lock while it works, so a poll never takes it before
 * the worker is done. s->async and the call's done flag are guarded by s->async_lock, a small
 * lock never held across work; s->async changes only with the connection lock held too. While
 * a call is in flight the statement's own diagnostic list belongs to the worker and the
 * application is shown the call's front list (empty, or the HY010 of a refused call), under
 * async_lock. The poll that finds the worker done takes the connection lock (free by then),
 * joins the worker and clears s->async; freeing the statement cancels the worker, waits for it
 * without the connection lock, and does the same. Whoever clears s->async joins the thread:
 * exactly once. The connection lists its statements with a call in flight under its own
 * small lock (dbc.async_lock), so SQLDisconnect can cancel them before it waits for the
 * connection lock. Lock order: connection, dbc.async_lock, stmt.async_lock.
 *
 * Fetches that the rows in memory can answer complete at once (the specification allows any
 * function to complete synchronously); an asynchronous execute also reads the first batch of
 * its result, so a lazy engine's work happens while the application polls, and the first
 * fetches need no worker. SQLMoreResults always completes at once: with one result per
 * statement it only closes the cursor.
 */
#include "driver.h"

#include <stdlib.h>
#include <string.h>

#include "../jni/bridge.h"

typedef struct stmt_async {
    stmt *s;
    stmt_call call;           /* call.str point into copy */
    char *copy[STMT_CALL_STRS];
    plat_thread thread;
    int done;                 /* under s->async_lock */
    int settled;              /* the worker has decided its result (under s->async_lock) */
    atomic_int cancel;        /* SQLCancel came before the worker settled (set under the lock) */
    SQLRETURN rc;             /* the worker's return code, read once done */
    diag_list front;          /* what SQLGetDiagRec shows meanwhile (under s->async_lock) */
} stmt_async;

void stmt_async_init(stmt *s)
{
    plat_mutex_init(&s->async_lock);
    plat_cond_init(&s->async_done);
}

void stmt_async_destroy(stmt *s)
{
    plat_cond_destroy(&s->async_done);
    plat_mutex_destroy(&s->async_lock);
}

static void job_free(stmt_async *a)
{
    for (int i = 0; i < STMT_CALL_STRS; i++) {
        if (a->copy[i]) {
            memset(a->copy[i], 0, strlen(a->copy[i]));   /* SQL text may hold a secret */
            free(a->copy[i]);
        }
    }
    diag_free(&a->front);
    free(a);
}

static SQLRETURN post_hy010(diag_list *d)
{
    diag_clear(d);
    d->retcode = diag_post(d, "HY010", "Function sequence error: a function is still executing "
                                       "asynchronously on this statement");
    return d->retcode;
}

/* After the work. An execute reads its result's first batch (a cancel can still stop that).
 * Then the result is settled: a cancel that came before wins even if the work finished, so
 * the poll says HY008 as the application that saw SQL_STILL_EXECUTING expects, and no engine
 * cancel is left to hit the next call: the new result is thrown away (a fetch closes the
 * cursor, as a cancelled synchronous fetch does). A cancel after this comes too late. */
static SQLRETURN settle(stmt *s, stmt_async *a, SQLRETURN rc)
{
    if (a->call.kind == CALL_EXECUTE && SQL_SUCCEEDED(rc) && !atomic_load(&a->cancel)) {
        SQLRETURN p = stmt_prefetch(s);
        if (p == SQL_ERROR)
            stmt_close_cursor(s, 0);
        rc = diag_merge_rc(rc, p);
    }
    plat_mutex_lock(&s->async_lock);
    a->settled = 1;
    int cancelled = atomic_load(&a->cancel);
    plat_mutex_unlock(&s->async_lock);
    if (!cancelled || rc == SQL_ERROR)
        return rc;
    if (a->call.kind == CALL_FETCH)
        stmt_close_cursor(s, 0);
    else
        stmt_discard_result(s, a->call.kind == CALL_PREPARE);
    return diag_post(&s->h.diag, "HY008", "Operation cancelled");
}

static void worker(void *arg)
{
    stmt_async *a = arg;
    stmt *s = a->s;
    dbc_lock(s->dbc);
    diag_clear(&s->h.diag);
    SQLRETURN rc = atomic_load(&a->cancel) ? diag_post(&s->h.diag, "HY008", "Operation cancelled")
                                           : a->call.run(s, &a->call);
    rc = settle(s, a, rc);
    atomic_store(&s->cancel_requested, 0);   /* this call's cancel is spent */
    s->h.diag.retcode = rc;
    a->rc = rc;
    dbc_unlock(s->dbc);
    plat_mutex_lock(&s->async_lock);
    a->done = 1;
    plat_cond_broadcast(&s->async_done);
    plat_mutex_unlock(&s->async_lock);
    /* a and s may be gone from here on: whoever joins this thread frees them */
}

/* The connection's list of statements with a call in flight (in: 1 adds s, 0 removes it). */
static void registry(stmt *s, int in)
{
    dbc *c = s->dbc;
    plat_mutex_lock(&c->async_lock);
    stmt **p = &c->async_stmts;
    while (*p && *p != s)
        p = &(*p)->async_next;
    if (in && !*p) {
        s->async_next = c->async_stmts;
        c->async_stmts = s;
    } else if (!in && *p) {
        *p = s->async_next;
        s->async_next = NULL;
    }
    plat_mutex_unlock(&c->async_lock);
}

/* Sets or clears the call in flight (the connection locked). */
static void set_async(stmt *s, stmt_async *a)
{
    plat_mutex_lock(&s->async_lock);
    s->async = a;
    plat_mutex_unlock(&s->async_lock);
    registry(s, a != NULL);
}

/* With the connection locked, a done and still s->async: joins the worker, hands over its
 * result (its diagnostics are on the statement already) and forgets the call. */
static SQLRETURN collect(stmt *s, stmt_async *a)
{
    plat_thread_join(a->thread);
    set_async(s, NULL);
    SQLRETURN rc = a->rc;
    job_free(a);
    s->h.diag.retcode = rc;
    return rc;
}

/* 1 when this call is answered by the call in flight: a poll, or HY010 for another function.
 * 0 when nothing is in flight (or another thread just collected it): a new call. */
static int poll_call(stmt *s, int function, SQLRETURN *rc)
{
    plat_mutex_lock(&s->async_lock);
    stmt_async *a = s->async;
    if (!a) {
        plat_mutex_unlock(&s->async_lock);
        return 0;
    }
    int answered = 1;
    if (a->call.function != function) {
        *rc = post_hy010(&a->front);
    } else if (!a->done) {
        diag_clear(&a->front);
        *rc = a->front.retcode = SQL_STILL_EXECUTING;
    } else {
        answered = 0;   /* done: collect it below */
    }
    plat_mutex_unlock(&s->async_lock);
    if (answered)
        return 1;
    /* done: the worker has let go of the connection lock */
    dbc_lock(s->dbc);
    int mine = s->async == a;   /* s->async only changes under the connection lock */
    if (mine)
        *rc = collect(s, a);
    dbc_unlock(s->dbc);
    return mine;
}

int stmt_enter_async(SQLHSTMT h, int function, stmt **out, SQLRETURN *rc)
{
    if (handle_check(h, SQL_HANDLE_STMT) != SQL_SUCCESS) {
        *rc = SQL_INVALID_HANDLE;
        return 0;
    }
    if (poll_call(h, function, rc))
        return 0;
    *out = stmt_enter(h);
    if (!*out) {
        *rc = stmt_refused(h);
        return 0;
    }
    return 1;
}

static int runs_at_once(stmt *s, const stmt_call *c)
{
    if (s->async_enable != SQL_ASYNC_ENABLE_ON)
        return 1;
    if (c->kind != CALL_FETCH)
        return 0;
    SQLULEN size = c->function == SQL_API_SQLEXTENDEDFETCH ? s->rowset_size : s->ard->array_size;
    return stmt_fetch_is_local(s, (SQLSMALLINT)c->num[0], c->num[1], size ? size : 1);
}

SQLRETURN stmt_call_run(stmt *s, const stmt_call *c)
{
    if (runs_at_once(s, c))
        return c->run(s, c);
    stmt_async *a = calloc(1, sizeof *a);
    if (!a)
        return diag_oom(&s->h.diag);
    a->s = s;
    a->call = *c;
    for (int i = 0; i < STMT_CALL_STRS; i++) {
        if (!c->str[i])
            continue;
        if (!(a->copy[i] = strdup(c->str[i]))) {
            job_free(a);
            return diag_oom(&s->h.diag);
        }
        a->call.str[i] = a->copy[i];
    }
    atomic_store(&s->cancel_requested, 0);   /* a cancel aimed at an earlier call */
    a->front.retcode = SQL_STILL_EXECUTING;
    set_async(s, a);
    /* the worker waits for the connection lock this call holds until it returns */
    if (plat_thread_start(&a->thread, worker, a) != 0) {
        set_async(s, NULL);
        job_free(a);
        return diag_post(&s->h.diag, "HY000", "Cannot start a thread for asynchronous execution");
    }
    return SQL_STILL_EXECUTING;
}

int stmt_async_refuse(stmt *s)
{
    plat_mutex_lock(&s->async_lock);
    stmt_async *a = s->async;
    if (a)
        post_hy010(&a->front);
    plat_mutex_unlock(&s->async_lock);
    return a != NULL;
}

int stmt_async_cancel(stmt *s)
{
    plat_mutex_lock(&s->async_lock);
    stmt_async *a = s->async;
    int running = a && !a->settled;
    if (a) {
        if (running)
            atomic_store(&a->cancel, 1);
        diag_clear(&a->front);
        a->front.retcode = SQL_SUCCESS;
    }
    plat_mutex_unlock(&s->async_lock);
    if (!running)
        return a != NULL;   /* settled already: the result stands */
    /* as for a synchronous call running on another thread (stmt_cancel): the flag stops a
     * prepare that has no Java statement yet, the engine's cancel stops the HTTP call */
    atomic_store(&s->cancel_requested, 1);
    int64_t id = atomic_load(&s->java_id);
    if (id) {
        diag_list scratch = {0};   /* the statement's diagnostics belong to the worker */
        jb_cancel(&scratch, id);
        diag_free(&scratch);
    }
    return 1;
}

void stmt_async_abandon(stmt *s)
{
    stmt_async *a = s->async;   /* read under the connection lock */
    if (!a)
        return;
    stmt_async_cancel(s);
    dbc_unlock(s->dbc);   /* the worker needs it to finish */
    plat_mutex_lock(&s->async_lock);
    while (s->async == a && !a->done)
        plat_cond_wait(&s->async_done, &s->async_lock);
    plat_mutex_unlock(&s->async_lock);
    dbc_lock(s->dbc);
    if (s->async == a)
        collect(s, a);
}

int dbc_async_running(const dbc *c)
{
    return c->async_stmts != NULL;   /* changes only with the connection locked */
}

void dbc_async_cancel_all(dbc *c)
{
    /* a statement stays listed, so alive, until its call is collected under this lock */
    plat_mutex_lock(&c->async_lock);
    for (stmt *s = c->async_stmts; s; s = s->async_next)
        stmt_async_cancel(s);
    plat_mutex_unlock(&c->async_lock);
}

const diag_list *stmt_diag_enter(stmt *s, int *busy)
{
    plat_mutex_lock(&s->async_lock);
    if (s->async) {
        *busy = 1;
        return &s->async->front;
    }
    plat_mutex_unlock(&s->async_lock);
    /* a call started meanwhile cannot run before this lock is let go: the list is stable */
    dbc_lock(s->dbc);
    *busy = 0;
    return &s->h.diag;
}

void stmt_diag_leave(stmt *s, int busy)
{
    if (busy)
        plat_mutex_unlock(&s->async_lock);
    else
        dbc_unlock(s->dbc);
}

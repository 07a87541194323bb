/*
 * Running a prepared statement with its parameters: one execute() per parameter set
 * (SQL_ATTR_PARAMSET_SIZE), and the data-at-execution dialogue: SQLExecute returns
 * SQL_NEED_DATA, SQLParamData names each SQL_DATA_AT_EXEC parameter in turn, SQLPutData
 * appends its pieces, and the last SQLParamData runs the statement. SQLCancel or a failed
 * SQLPutData ends the dialogue (stmt_dae_cancel).
 */
#include "driver.h"
#include "stmt_param.h"

#include <stdlib.h>
#include <string.h>

#include "../jni/bridge.h"
#include "../util/utf.h"

static void dae_free(stmt *s)
{
    struct dae_state *d = s->dae;
    if (!d)
        return;
    for (size_t i = 0; i < d->rows * (size_t)d->nparams; i++)
        free(d->v[i].p);
    free(d->v);
    free(d);
    s->dae = NULL;
}

/* Leaves the dialogue: back to prepared, or to nothing for SQLExecDirect. */
static void dae_end(stmt *s)
{
    int direct = s->dae && s->dae->direct;
    dae_free(s);
    s->state = STMT_PREPARED;
    if (direct)
        s->prepared = 0;
}

void stmt_dae_cancel(stmt *s)
{
    if (s->dae)
        dae_end(s);
}

static int ignored(stmt *s, SQLULEN row)
{
    return s->apd->array_status_ptr && s->apd->array_status_ptr[row] == SQL_PARAM_IGNORE;
}

/* Executes every parameter set; the result of the last one stands. */
static SQLRETURN run_sets(stmt *s)
{
    SQLULEN rows = s->dae ? s->dae->rows : s->apd->array_size;
    SQLUSMALLINT *status = s->ipd->array_status_ptr;
    SQLULEN processed = 0, failed = 0;
    SQLLEN total = 0;
    int64_t last = 0;
    SQLRETURN rc_last = SQL_ERROR;
    for (SQLULEN r = 0; r < rows; r++) {
        if (ignored(s, r)) {
            if (status)
                status[r] = SQL_PARAM_UNUSED;
            continue;
        }
        processed++;
        pe_buf b = {0};
        const dae_value *dv = s->dae ? &s->dae->v[r * (size_t)s->dae->nparams] : NULL;
        SQLRETURN rc = s->param_count > 0 ? stmt_param_block(s, r, dv, &b) : SQL_SUCCESS;
        int64_t n = 0;
        if (rc == SQL_SUCCESS && stmt_cancelled(s))
            rc = SQL_ERROR;
        if (rc == SQL_SUCCESS) {
            rc = jb_execute(&s->h.diag, atomic_load(&s->java_id), s->param_count > 0 ? b.p : NULL,
                            b.len, s->query_timeout, &n);
            if (rc != SQL_SUCCESS) {
                dbc_note_failure(s->dbc, &s->h.diag);
                if (rows > 1)
                    diag_set_position(&s->h.diag, (SQLLEN)r + 1, SQL_NO_COLUMN_NUMBER);
            }
        }
        pe_free(&b);
        if (status)
            status[r] = rc == SQL_SUCCESS ? SQL_PARAM_SUCCESS : SQL_PARAM_ERROR;
        rc_last = rc;
        if (rc != SQL_SUCCESS) {
            failed++;
            continue;
        }
        last = n;
        if (n > 0)
            total += (SQLLEN)n;
    }
    if (s->ipd->rows_processed_ptr)
        *s->ipd->rows_processed_ptr = processed;
    int direct = s->dae && s->dae->direct;
    dae_free(s);
    s->state = STMT_PREPARED;
    if (direct)
        s->prepared = 0;
    if (processed == 0) {   /* every set was SQL_PARAM_IGNORE */
        s->state = STMT_EXECUTED;
        s->row_count = 0;
        return SQL_SUCCESS;
    }
    if (rows == 1 || processed == 1) {
        if (rc_last != SQL_SUCCESS)
            return rc_last;
        return stmt_exec_result(s, last);
    }
    if (failed == processed)
        return SQL_ERROR;
    s->state = STMT_EXECUTED;
    s->row_count = total;
    return failed ? SQL_SUCCESS_WITH_INFO : SQL_SUCCESS;
}

SQLRETURN stmt_exec_params(stmt *s, int direct)
{
    SQLRETURN rc = stmt_load_param_meta(s);
    if (rc != SQL_SUCCESS)
        return rc;
    SQLULEN rows = s->apd->array_size ? s->apd->array_size : 1;
    if (rows > 1 && s->ird->count > 0)
        return diag_post(&s->h.diag, "HYC00", "Arrays of parameters are not supported for "
                         "statements that return rows (SQL_PARAM_ARRAY_SELECTS is SQL_PAS_NO_SELECT)");
    int any_dae = 0;
    for (SQLULEN r = 0; r < rows && !any_dae; r++) {
        for (int i = 1; i <= s->param_count && !ignored(s, r); i++) {
            param_ref p;
            if (stmt_param_locate(s, i, r, &p) == 0 && p.dae)
                any_dae = 1;
        }
    }
    if (!any_dae)
        return run_sets(s);
    struct dae_state *d = calloc(1, sizeof *d);
    if (!d || !(d->v = calloc(rows * (size_t)s->param_count, sizeof *d->v))) {
        free(d);
        return diag_oom(&s->h.diag);
    }
    d->rows = rows;
    d->nparams = s->param_count;
    d->cur = -1;
    d->direct = direct;
    s->dae = d;
    s->state = STMT_NEED_DATA;
    return SQL_NEED_DATA;
}

SQLRETURN stmt_param_data(stmt *s, SQLPOINTER *token)
{
    struct dae_state *d = s->dae;
    if (!d)
        return diag_post(&s->h.diag, "HY010", "No data-at-execution parameter is expected");
    long total = (long)(d->rows * (size_t)d->nparams);
    for (long k = d->cur + 1; k < total; k++) {
        SQLULEN row = (SQLULEN)(k / d->nparams);
        int i = (int)(k % d->nparams) + 1;
        param_ref r;
        if (ignored(s, row) || stmt_param_locate(s, i, row, &r) != 0 || !r.dae)
            continue;
        d->cur = k;
        if (token)
            *token = r.data;
        return SQL_NEED_DATA;
    }
    /* every value is in: run the statement */
    for (long k = 0; k < total; k++) {
        dae_value *v = &d->v[k];
        param_ref r;
        if (stmt_param_locate(s, (int)(k % d->nparams) + 1, (SQLULEN)(k / d->nparams), &r) == 0 &&
            r.dae && !v->put && cv_c_type_size(r.c_type) > 0)
            v->is_null = 1;   /* a fixed-size value never sent is NULL; text/binary are empty */
    }
    return run_sets(s);
}

/* Appends one piece; see stmt_put_data. */
static SQLRETURN put_piece(stmt *s, SQLPOINTER data, SQLLEN len)
{
    diag_list *dg = &s->h.diag;
    struct dae_state *d = s->dae;
    if (!d || d->cur < 0)
        return diag_post(dg, "HY010", "SQLPutData needs SQLParamData to name a parameter first");
    dae_value *v = &d->v[d->cur];
    param_ref r;
    stmt_param_locate(s, (int)(d->cur % d->nparams) + 1, (SQLULEN)(d->cur / d->nparams), &r);
    if (len == SQL_DEFAULT_PARAM)
        return diag_post(dg, "07S01", "SQL_DEFAULT_PARAM needs a procedure");
    if (len == SQL_NULL_DATA) {
        if (v->put && !v->is_null)
            return diag_post(dg, "HY020", "A NULL cannot follow data already sent");
        v->put = v->is_null = 1;
        return SQL_SUCCESS;
    }
    if (v->is_null)
        return diag_post(dg, "HY020", "Data cannot follow a NULL already sent");
    size_t fixed = (size_t)cv_c_type_size(r.c_type), n;
    int variable = r.c_type == SQL_C_CHAR || r.c_type == SQL_C_WCHAR || r.c_type == SQL_C_BINARY;
    if (!variable) {
        if (v->put)
            return diag_post(dg, "HY019", "Only character and binary data can be sent in pieces");
        n = fixed;
    } else if (len == SQL_NTS && r.c_type != SQL_C_BINARY) {
        n = !data ? 0 : r.c_type == SQL_C_CHAR ? strlen(data)
                                              : utf16_strlen(data) * sizeof(SQLWCHAR);
    } else if (len < 0) {
        return diag_post(dg, "HY090", "Invalid length %ld", (long)len);
    } else {
        n = (size_t)len;
    }
    if (n > 0 && !data)
        return diag_post(dg, "HY009", NULL);
    if (v->len + n > v->cap) {
        size_t cap = v->cap ? v->cap : 256;
        while (cap < v->len + n)
            cap *= 2;
        char *p = realloc(v->p, cap);
        if (!p)
            return diag_oom(dg);
        v->p = p;
        v->cap = cap;
    }
    if (n)
        memcpy(v->p + v->len, data, n);
    v->len += n;
    v->put = 1;
    return SQL_SUCCESS;
}

SQLRETURN stmt_put_data(stmt *s, SQLPOINTER data, SQLLEN len)
{
    if (!s->dae || s->dae->cur < 0)
        return put_piece(s, data, len);   /* HY010, the dialogue (if any) goes on */
    SQLRETURN rc = put_piece(s, data, len);
    /* a failed SQLPutData ends the dialogue (the statement state tables: back to S1-S3) */
    if (rc == SQL_ERROR)
        dae_end(s);
    return rc;
}

/*
 * Input parameters: SQLBindParameter fills an APD record (the application's buffer) and an
 * IPD record (the SQL type); SQLNumParams and SQLDescribeParam answer from the engine's
 * describeParams(); stmt_param_block() turns one parameter set into the execute() block.
 * Output parameters need procedures, which the source does not have: HYC00 (input/output
 * ones, which SQLSetParam becomes, act as input).
 */
#include "driver.h"
#include "sqltype.h"
#include "stmt_param.h"

#include <stdlib.h>
#include <string.h>

#include "../jni/bridge.h"
#include "../jni/describe.h"
#include "../util/utf.h"

SQLRETURN stmt_seq_error(stmt *s)
{
    return diag_post(&s->h.diag, "HY010", "Data-at-execution parameters are still expected: "
                                          "finish them with SQLParamData/SQLPutData or SQLCancel");
}

SQLRETURN stmt_bind_parameter(stmt *s, SQLUSMALLINT n, SQLSMALLINT io, SQLSMALLINT c_type,
                              SQLSMALLINT sql_type, SQLULEN size, SQLSMALLINT digits,
                              SQLPOINTER value, SQLLEN buflen, SQLLEN *ind)
{
    diag_list *d = &s->h.diag;
    if (s->dae)
        return stmt_seq_error(s);
    if (n == 0)
        return diag_post(d, "07009", "Parameters are numbered from 1");
    switch (io) {
    case SQL_PARAM_INPUT:
    /* the driver manager maps ODBC 1 SQLSetParam to INPUT_OUTPUT: with no procedures there is
     * never a value to return, so such a parameter is an input parameter */
    case SQL_PARAM_INPUT_OUTPUT:
        break;
    case SQL_PARAM_OUTPUT:
    case SQL_PARAM_OUTPUT_STREAM: case SQL_PARAM_INPUT_OUTPUT_STREAM:
        return diag_post(d, "HYC00", "Only input parameters are supported (the data source has "
                                     "no procedures to return values)");
    default:
        return diag_post(d, "HY105", "Unknown InputOutputType %d", io);
    }
    if (!sqltype_is_c_type(c_type))
        return diag_post(d, "HY003", "Unknown C data type %d", c_type);
    if (!sqltype_is_sql_type(sql_type))
        return diag_post(d, "HY004", "Unknown SQL data type %d", sql_type);
    if (buflen == SQL_SETPARAM_VALUE_MAX)   /* SQLSetParam through the driver manager */
        buflen = 0;
    if (buflen < 0)
        return diag_post(d, "HY090", NULL);
    if (!value && !ind)
        return diag_post(d, "HY009", "Both ParameterValuePtr and StrLen_or_IndPtr are NULL");
    desc_rec *a = desc_rec_at(s->apd, n), *p = desc_rec_at(s->ipd, n);
    if (!a || !p)
        return diag_oom(d);
    a->concise_type = c_type;
    a->type = sqltype_verbose(c_type);
    a->datetime_code = sqltype_datetime_code(c_type);
    a->octet_length = buflen;
    a->data_ptr = value;
    a->indicator_ptr = ind;
    a->octet_length_ptr = ind;
    if (c_type == SQL_C_NUMERIC) {
        a->precision = (SQLSMALLINT)size;
        a->scale = digits;
    }
    p->concise_type = sql_type;
    p->type = sqltype_verbose(sql_type);
    p->datetime_code = sqltype_datetime_code(sql_type);
    p->param_type = io;
    p->length = size;
    p->column_size = (SQLLEN)size;
    p->decimal_digits = digits;
    p->octet_length = sqltype_octet_length(sql_type, (SQLLEN)size);
    p->precision = sqltype_precision(sql_type, (SQLLEN)size, digits);
    p->scale = sqltype_scale(sql_type, digits);
    p->nullable = SQL_NULLABLE;
    if (n > s->apd->count)
        s->apd->count = (SQLSMALLINT)n;
    if (n > s->ipd->count)
        s->ipd->count = (SQLSMALLINT)n;
    return SQL_SUCCESS;
}

SQLRETURN stmt_load_param_meta(stmt *s)
{
    if (s->param_count >= 0)
        return SQL_SUCCESS;
    jb_parammeta *m = NULL;
    int n = 0;
    SQLRETURN rc = jb_describe_params(&s->h.diag, atomic_load(&s->java_id), &m, &n);
    if (rc != SQL_SUCCESS)
        return rc;
    free(s->param_meta);
    s->param_meta = m;
    s->param_count = n;
    return SQL_SUCCESS;
}

static SQLRETURN need_prepared(stmt *s)
{
    if (s->dae)
        return stmt_seq_error(s);
    if (!atomic_load(&s->java_id) || s->state == STMT_ALLOCATED)
        return diag_post(&s->h.diag, "HY010", "No statement has been prepared");
    return stmt_load_param_meta(s);
}

SQLRETURN stmt_num_params(stmt *s, SQLSMALLINT *count)
{
    SQLRETURN rc = need_prepared(s);
    if (rc != SQL_SUCCESS)
        return rc;
    if (count)
        *count = (SQLSMALLINT)s->param_count;
    return SQL_SUCCESS;
}

SQLRETURN stmt_describe_param(stmt *s, SQLUSMALLINT n, SQLSMALLINT *type, SQLULEN *size,
                              SQLSMALLINT *digits, SQLSMALLINT *nullable)
{
    SQLRETURN rc = need_prepared(s);
    if (rc != SQL_SUCCESS)
        return rc;
    if (n == 0 || n > s->param_count)
        return diag_post(&s->h.diag, "07009", "Parameter %u does not exist (the statement has %d)",
                         n, s->param_count);
    const struct jb_parammeta *m = &s->param_meta[n - 1];
    if (type)
        *type = (SQLSMALLINT)m->sql_type;
    if (size)
        *size = (SQLULEN)(m->column_size > 0 ? m->column_size : 0);
    if (digits)
        *digits = (SQLSMALLINT)m->decimal_digits;
    if (nullable)
        *nullable = (SQLSMALLINT)m->nullable;
    return SQL_SUCCESS;
}

/* Finds parameter i (1-based) of parameter set row in the application's buffers. */
int stmt_param_locate(stmt *s, int i, SQLULEN row, param_ref *r)
{
    desc *apd = s->apd;
    memset(r, 0, sizeof *r);
    if (i > apd->count || i > s->ipd->count)
        return -1;
    desc_rec *a = &apd->recs[i];
    if (!a->data_ptr && !a->indicator_ptr)
        return -1;
    r->sql_type = s->ipd->recs[i].concise_type;
    r->c_type = a->concise_type == SQL_C_DEFAULT ? cv_default_c_type(r->sql_type) : a->concise_type;
    SQLLEN off = apd->bind_offset_ptr ? *apd->bind_offset_ptr : 0;
    size_t fixed = (size_t)cv_c_type_size(r->c_type);
    size_t data_step = apd->bind_type != SQL_PARAM_BIND_BY_COLUMN ? apd->bind_type
                       : fixed ? fixed : (size_t)a->octet_length;
    size_t len_step = apd->bind_type != SQL_PARAM_BIND_BY_COLUMN ? apd->bind_type : sizeof(SQLLEN);
    r->data = a->data_ptr ? (char *)a->data_ptr + off + row * data_step : NULL;
    r->ind = a->indicator_ptr ? (SQLLEN *)((char *)a->indicator_ptr + off + row * len_step) : NULL;
    r->octlen = a->octet_length_ptr ? (SQLLEN *)((char *)a->octet_length_ptr + off + row * len_step)
                                    : NULL;
    r->buflen = a->octet_length;
    r->dae = r->ind && (*r->ind == SQL_DATA_AT_EXEC || *r->ind <= SQL_LEN_DATA_AT_EXEC_OFFSET);
    return 0;
}

/* Byte length of a bound variable-length value; -1 with HY090 posted when invalid. */
static SQLLEN value_length(stmt *s, const param_ref *r)
{
    SQLLEN n = r->octlen ? *r->octlen : SQL_NTS;
    if (r->c_type == SQL_C_CHAR || r->c_type == SQL_C_WCHAR) {
        if (n == SQL_NTS)
            return r->c_type == SQL_C_CHAR ? (SQLLEN)strlen(r->data)
                                           : (SQLLEN)(utf16_strlen((const SQLWCHAR *)r->data) * sizeof(SQLWCHAR));
    } else if (r->c_type == SQL_C_BINARY) {
        if (!r->octlen)
            return r->buflen;
    } else {
        return 0;
    }
    if (n < 0) {
        diag_post(&s->h.diag, "HY090", "Invalid length %ld for a parameter", (long)n);
        return -1;
    }
    return n;
}

SQLRETURN stmt_param_put(stmt *s, pe_buf *b, int i, const param_ref *r, const void *data,
                         SQLLEN len, int is_null, SQLULEN row)
{
    if (is_null) {
        pe_put_null(b, r->sql_type);
        return SQL_SUCCESS;
    }
    pe_value v = {r->c_type, r->sql_type, data, len};
    cv_status st;
    SQLRETURN rc = pe_put_value(b, &v, &st);
    if (rc == SQL_ERROR) {
        diag_post(&s->h.diag, st.sqlstate[0] ? st.sqlstate : "HY000", "%s (parameter %d)",
                  st.message, i);
        diag_set_position(&s->h.diag, (SQLLEN)row + 1, i);
    }
    return rc;
}

SQLRETURN stmt_param_block(stmt *s, SQLULEN row, const dae_value *dae, pe_buf *b)
{
    int n = s->param_count;
    pe_init(b, n);
    for (int i = 1; i <= n; i++) {
        param_ref r;
        if (stmt_param_locate(s, i, row, &r) != 0)
            return diag_post(&s->h.diag, "07002", "Parameter %d is not bound (the statement has %d)", i, n);
        SQLRETURN rc;
        if (r.dae) {
            const dae_value *v = &dae[i - 1];
            rc = stmt_param_put(s, b, i, &r, v->p ? v->p : "", (SQLLEN)v->len, v->is_null, row);
        } else if (r.ind && *r.ind == SQL_NULL_DATA) {
            rc = stmt_param_put(s, b, i, &r, NULL, 0, 1, row);
        } else if (r.ind && *r.ind == SQL_DEFAULT_PARAM) {
            rc = diag_post(&s->h.diag, "07S01", "SQL_DEFAULT_PARAM needs a procedure (parameter %d)", i);
        } else {
            SQLLEN len = r.data ? value_length(s, &r) : 0;
            rc = len < 0 ? SQL_ERROR : stmt_param_put(s, b, i, &r, r.data, len, 0, row);
        }
        if (rc == SQL_ERROR)
            return rc;
    }
    return b->oom ? diag_oom(&s->h.diag) : SQL_SUCCESS;
}

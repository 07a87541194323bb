/*
 * Whole-record operations on descriptors: SQLGetDescRec, SQLSetDescRec, SQLCopyDesc, and the
 * record-field setter SQLSetDescField shares with them.
 */
#include "driver.h"
#include "desc_internal.h"
#include "sqltype.h"

#include <stdlib.h>
#include <string.h>

static int is_app(const desc *d) { return d->kind == DESC_ARD || d->kind == DESC_APD; }

/* Defaults a new type gives its record (SQLSetDescField, SQL_DESC_TYPE). */
static void type_defaults(desc *d, desc_rec *r)
{
    SQLSMALLINT t = r->concise_type;
    if (sqltype_is_char(t) || t == SQL_C_CHAR || t == SQL_C_WCHAR) {
        r->length = 1;
        r->precision = 0;
    } else if (t == SQL_DECIMAL || t == SQL_NUMERIC || t == SQL_C_NUMERIC) {
        r->scale = 0;
        r->precision = 38;
    } else if (t == SQL_FLOAT || t == SQL_DOUBLE) {
        r->precision = 15;
    } else if (r->datetime_code == SQL_CODE_TIMESTAMP) {
        r->precision = 6;
    } else if (r->datetime_code) {
        r->precision = 0;
    }
    if (!is_app(d))
        r->num_prec_radix = sqltype_num_prec_radix(t, r->precision);
}

/* The concise type of SQL_DATETIME with an interval code. */
static SQLSMALLINT datetime_concise(SQLSMALLINT code)
{
    switch (code) {
    case SQL_CODE_DATE: return SQL_TYPE_DATE;
    case SQL_CODE_TIME: return SQL_TYPE_TIME;
    case SQL_CODE_TIMESTAMP: return SQL_TYPE_TIMESTAMP;
    default: return 0;
    }
}

static int type_ok(const desc *d, SQLSMALLINT t)
{
    if (is_app(d))
        return sqltype_is_c_type(t) || t == SQL_DATETIME;
    return sqltype_is_sql_type(t) || t == SQL_DATETIME;
}

SQLRETURN desc_rec_set(desc *d, desc_rec *r, SQLSMALLINT field, SQLPOINTER value)
{
    diag_list *dg = &d->h.diag;
    SQLLEN v = (SQLLEN)value;
    switch (field) {
    case SQL_DESC_TYPE:
        if (!type_ok(d, (SQLSMALLINT)v))
            return diag_post(dg, "HY021", "Type %ld is not valid for this descriptor", (long)v);
        r->type = (SQLSMALLINT)v;
        if (v == SQL_DATETIME) {
            r->concise_type = datetime_concise(r->datetime_code);
        } else {
            r->concise_type = (SQLSMALLINT)v;
            r->datetime_code = 0;
        }
        type_defaults(d, r);
        break;
    case SQL_DESC_CONCISE_TYPE:
        if (!type_ok(d, (SQLSMALLINT)v) || v == SQL_DATETIME)
            return diag_post(dg, "HY021", "Type %ld is not valid for this descriptor", (long)v);
        r->concise_type = (SQLSMALLINT)v;
        r->type = sqltype_verbose((SQLSMALLINT)v);
        r->datetime_code = sqltype_datetime_code((SQLSMALLINT)v);
        type_defaults(d, r);
        break;
    case SQL_DESC_DATETIME_INTERVAL_CODE:
        if (r->type == SQL_DATETIME && !datetime_concise((SQLSMALLINT)v))
            return diag_post(dg, "HY021", "Interval types are not supported");
        r->datetime_code = (SQLSMALLINT)v;
        if (r->type == SQL_DATETIME)
            r->concise_type = datetime_concise((SQLSMALLINT)v);
        break;
    case SQL_DESC_DATETIME_INTERVAL_PRECISION: r->dt_precision = (SQLINTEGER)v; break;
    case SQL_DESC_OCTET_LENGTH: r->octet_length = v; break;
    case SQL_DESC_LENGTH: r->length = (SQLULEN)v; break;
    case SQL_DESC_PRECISION: r->precision = (SQLSMALLINT)v; break;
    case SQL_DESC_SCALE: r->scale = (SQLSMALLINT)v; break;
    case SQL_DESC_NUM_PREC_RADIX: r->num_prec_radix = (SQLINTEGER)v; break;
    case SQL_DESC_PARAMETER_TYPE:
        if (v == SQL_PARAM_OUTPUT || v == SQL_PARAM_OUTPUT_STREAM || v == SQL_PARAM_INPUT_OUTPUT_STREAM)
            return diag_post(dg, "HYC00", "Only input parameters are supported");
        if (v != SQL_PARAM_INPUT && v != SQL_PARAM_INPUT_OUTPUT)
            return diag_post(dg, "HY105", "Unknown parameter type %ld", (long)v);
        r->param_type = (SQLSMALLINT)v;   /* input/output acts as input: nothing to return */
        break;
    case SQL_DESC_UNNAMED:
        if (v != SQL_UNNAMED)
            return diag_post(dg, "HY091", "SQL_DESC_UNNAMED can only be set to SQL_UNNAMED");
        r->unnamed = SQL_UNNAMED;
        free(r->name);
        r->name = NULL;
        break;
    case SQL_DESC_DATA_PTR:
        if (value && !sqltype_is_c_type(r->concise_type))
            return diag_post(dg, "HY021", "The record's type %d is not a C type", r->concise_type);
        r->data_ptr = value;
        return SQL_SUCCESS;
    case SQL_DESC_INDICATOR_PTR: r->indicator_ptr = value; return SQL_SUCCESS;
    case SQL_DESC_OCTET_LENGTH_PTR: r->octet_length_ptr = value; return SQL_SUCCESS;
    default:
        return diag_post(dg, "HY091", "Field %d cannot be set", field);
    }
    if (is_app(d))
        r->data_ptr = NULL;   /* any other field unbinds the record */
    return SQL_SUCCESS;
}

SQLRETURN desc_get_rec(desc *d, SQLSMALLINT rec, const text_out *name, SQLSMALLINT *name_len,
                       SQLSMALLINT *type, SQLSMALLINT *subtype, SQLLEN *length,
                       SQLSMALLINT *precision, SQLSMALLINT *scale, SQLSMALLINT *nullable)
{
    if (d->kind == DESC_IRD && d->owner && !d->owner->has_meta)
        return diag_post(&d->h.diag, "HY007", NULL);
    if (rec < 0)
        return diag_post(&d->h.diag, "07009", NULL);
    if (rec == 0)
        return diag_post(&d->h.diag, "07009", "Bookmarks are not supported (record 0)");
    if (rec > d->count)
        return SQL_NO_DATA;
    desc_rec *r = &d->recs[rec];
    SQLRETURN rc = SQL_SUCCESS;
    size_t units = 0;
    if (text_put(name, r->name, (size_t)-1, &units))
        rc = diag_post(&d->h.diag, "01004", NULL);
    if (name_len)
        *name_len = (SQLSMALLINT)units;
    if (type) *type = r->type;
    if (subtype) *subtype = r->datetime_code;
    if (length) *length = r->octet_length;
    if (precision) *precision = r->precision;
    if (scale) *scale = r->scale;
    if (nullable) *nullable = r->nullable;
    return rc;
}

SQLRETURN desc_set_rec(desc *d, SQLSMALLINT rec, SQLSMALLINT type, SQLSMALLINT subtype,
                       SQLLEN length, SQLSMALLINT precision, SQLSMALLINT scale, SQLPOINTER data,
                       SQLLEN *octlen_ptr, SQLLEN *ind_ptr)
{
    diag_list *dg = &d->h.diag;
    if (d->kind == DESC_IRD)
        return diag_post(dg, "HY016", NULL);
    if (rec <= 0)
        return diag_post(dg, "07009", rec == 0 ? "Bookmarks are not supported (record 0)" : NULL);
    desc_rec *r = desc_rec_at(d, rec);
    if (!r)
        return diag_oom(dg);
    /* the order SQLSetDescRec documents: type first, pointers last */
    if (type == SQL_DATETIME) {
        r->datetime_code = subtype;
        if (!datetime_concise(subtype))
            return diag_post(dg, "HY021", "Unknown datetime subtype %d", subtype);
    }
    SQLRETURN rc = desc_rec_set(d, r, SQL_DESC_TYPE, (SQLPOINTER)(SQLLEN)type);
    if (rc != SQL_SUCCESS)
        return rc;
    r->octet_length = length;
    r->precision = precision;
    r->scale = scale;
    if (is_app(d)) {
        rc = desc_rec_set(d, r, SQL_DESC_DATA_PTR, data);
        if (rc != SQL_SUCCESS)
            return rc;
        r->octet_length_ptr = octlen_ptr;
        r->indicator_ptr = ind_ptr;
    }
    if (rec > d->count)
        d->count = rec;
    return SQL_SUCCESS;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

SQLRETURN desc_copy(desc *src, desc *dst)
{
    diag_list *dg = &dst->h.diag;
    if (dst->kind == DESC_IRD)
        return diag_post(dg, "HY016", NULL);
    if (src->kind == DESC_IRD && src->owner && !src->owner->has_meta)
        return diag_post(dg, "HY007", NULL);
    if (src == dst)
        return SQL_SUCCESS;
    desc_truncate(dst, 0);
    if (src->count > 0 && !desc_rec_at(dst, src->count))
        return diag_oom(dg);
    for (int i = 1; i <= src->count; i++) {
        desc_rec *a = &src->recs[i], *b = &dst->recs[i];
        desc_rec_clear(b);
        *b = *a;
        b->name = dup_or_null(a->name);
        b->label = dup_or_null(a->label);
        b->table_name = dup_or_null(a->table_name);
        b->schema_name = dup_or_null(a->schema_name);
        b->catalog_name = dup_or_null(a->catalog_name);
        b->type_name = dup_or_null(a->type_name);
    }
    /* every header field but SQL_DESC_ALLOC_TYPE */
    dst->count = src->count;
    dst->array_size = src->array_size;
    dst->array_status_ptr = src->array_status_ptr;
    dst->bind_offset_ptr = src->bind_offset_ptr;
    dst->bind_type = src->bind_type;
    dst->rows_processed_ptr = src->rows_processed_ptr;
    return SQL_SUCCESS;
}

/*
 * SQLGetDescField / SQLSetDescField: every header and record field of the table in
 * https://learn.microsoft.com/sql/odbc/reference/syntax/sqlsetdescfield-function with its
 * read/write rule per descriptor kind (ARD, APD, IRD, IPD). Unused fields give HY091, writes
 * to an IRD HY016 (but ARRAY_STATUS_PTR and ROWS_PROCESSED_PTR). IRD records answer through
 * ird_field (the column attributes); IPD read-only fields derive from the SQL type.
 */
#include "driver.h"
#include "desc_internal.h"
#include "sqltype.h"

#include <stdlib.h>
#include <string.h>

#include "../util/utf.h"

/* Access per kind, in the order ARD APD IRD IPD: 'w' read/write, 'r' read, '-' unused. */
static const desc_field_def fields[] = {
    /* header */
    {SQL_DESC_ALLOC_TYPE, 1, V_SMALL, "rrrr"},
    {SQL_DESC_ARRAY_SIZE, 1, V_ULEN, "ww--"},
    {SQL_DESC_ARRAY_STATUS_PTR, 1, V_PTR, "wwww"},
    {SQL_DESC_BIND_OFFSET_PTR, 1, V_PTR, "ww--"},
    {SQL_DESC_BIND_TYPE, 1, V_INT, "ww--"},
    {SQL_DESC_COUNT, 1, V_SMALL, "wwrw"},
    {SQL_DESC_ROWS_PROCESSED_PTR, 1, V_PTR, "--ww"},
    /* records */
    {SQL_DESC_AUTO_UNIQUE_VALUE, 0, V_INT, "--r-"},
    {SQL_DESC_BASE_COLUMN_NAME, 0, V_STR, "--r-"},
    {SQL_DESC_BASE_TABLE_NAME, 0, V_STR, "--r-"},
    {SQL_DESC_CASE_SENSITIVE, 0, V_INT, "--rr"},
    {SQL_DESC_CATALOG_NAME, 0, V_STR, "--r-"},
    {SQL_DESC_CONCISE_TYPE, 0, V_SMALL, "wwrw"},
    {SQL_DESC_DATA_PTR, 0, V_PTR, "ww--"},
    {SQL_DESC_DATETIME_INTERVAL_CODE, 0, V_SMALL, "wwrw"},
    {SQL_DESC_DATETIME_INTERVAL_PRECISION, 0, V_INT, "wwrw"},
    {SQL_DESC_DISPLAY_SIZE, 0, V_LEN, "--r-"},
    {SQL_DESC_FIXED_PREC_SCALE, 0, V_SMALL, "--rr"},
    {SQL_DESC_INDICATOR_PTR, 0, V_PTR, "ww--"},
    {SQL_DESC_LABEL, 0, V_STR, "--r-"},
    {SQL_DESC_LENGTH, 0, V_ULEN, "wwrw"},
    {SQL_DESC_LITERAL_PREFIX, 0, V_STR, "--r-"},
    {SQL_DESC_LITERAL_SUFFIX, 0, V_STR, "--r-"},
    {SQL_DESC_LOCAL_TYPE_NAME, 0, V_STR, "--rr"},
    {SQL_DESC_NAME, 0, V_STR, "--rw"},
    {SQL_DESC_NULLABLE, 0, V_SMALL, "--rr"},
    {SQL_DESC_NUM_PREC_RADIX, 0, V_INT, "wwrw"},
    {SQL_DESC_OCTET_LENGTH, 0, V_LEN, "wwrw"},
    {SQL_DESC_OCTET_LENGTH_PTR, 0, V_PTR, "ww--"},
    {SQL_DESC_PARAMETER_TYPE, 0, V_SMALL, "---w"},
    {SQL_DESC_PRECISION, 0, V_SMALL, "wwrw"},
    {SQL_DESC_ROWVER, 0, V_SMALL, "--rr"},
    {SQL_DESC_SCALE, 0, V_SMALL, "wwrw"},
    {SQL_DESC_SCHEMA_NAME, 0, V_STR, "--r-"},
    {SQL_DESC_SEARCHABLE, 0, V_SMALL, "--r-"},
    {SQL_DESC_TABLE_NAME, 0, V_STR, "--r-"},
    {SQL_DESC_TYPE, 0, V_SMALL, "wwrw"},
    {SQL_DESC_TYPE_NAME, 0, V_STR, "--rr"},
    {SQL_DESC_UNNAMED, 0, V_SMALL, "--rw"},
    {SQL_DESC_UNSIGNED, 0, V_SMALL, "--rr"},
    {SQL_DESC_UPDATABLE, 0, V_SMALL, "--r-"},
};

const desc_field_def *desc_field_find(SQLSMALLINT id)
{
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i].id == id)
            return &fields[i];
    return NULL;
}

static void put_num(SQLPOINTER value, SQLINTEGER *len, int vt, SQLLEN n)
{
    size_t sz;
    switch (vt) {
    case V_SMALL: if (value) *(SQLSMALLINT *)value = (SQLSMALLINT)n; sz = sizeof(SQLSMALLINT); break;
    case V_INT: if (value) *(SQLINTEGER *)value = (SQLINTEGER)n; sz = sizeof(SQLINTEGER); break;
    case V_ULEN: if (value) *(SQLULEN *)value = (SQLULEN)n; sz = sizeof(SQLULEN); break;
    default: if (value) *(SQLLEN *)value = n; sz = sizeof(SQLLEN); break;
    }
    if (len)
        *len = (SQLINTEGER)sz;
}

/* Header value as a number or pointer. */
static void header_value(const desc *d, SQLSMALLINT f, SQLLEN *num, const void **ptr)
{
    switch (f) {
    case SQL_DESC_ALLOC_TYPE: *num = d->alloc_type; break;
    case SQL_DESC_ARRAY_SIZE: *num = (SQLLEN)d->array_size; break;
    case SQL_DESC_BIND_TYPE: *num = (SQLLEN)d->bind_type; break;
    case SQL_DESC_COUNT: *num = d->count; break;
    case SQL_DESC_ARRAY_STATUS_PTR: *ptr = d->array_status_ptr; break;
    case SQL_DESC_BIND_OFFSET_PTR: *ptr = d->bind_offset_ptr; break;
    case SQL_DESC_ROWS_PROCESSED_PTR: *ptr = d->rows_processed_ptr; break;
    }
}

/* A record field of an ARD, APD or IPD (IRD: ird_field). 1 = string, 0 = number/pointer. */
static int rec_value(const desc *d, const desc_rec *r, SQLSMALLINT f, SQLLEN *num,
                     const void **ptr, const char **str)
{
    SQLSMALLINT t = r->concise_type;
    switch (f) {
    case SQL_DESC_TYPE: *num = r->type; return 0;
    case SQL_DESC_CONCISE_TYPE: *num = t; return 0;
    case SQL_DESC_DATETIME_INTERVAL_CODE: *num = r->datetime_code; return 0;
    case SQL_DESC_DATETIME_INTERVAL_PRECISION: *num = r->dt_precision; return 0;
    case SQL_DESC_OCTET_LENGTH: *num = r->octet_length; return 0;
    case SQL_DESC_LENGTH: *num = (SQLLEN)r->length; return 0;
    case SQL_DESC_PRECISION: *num = r->precision; return 0;
    case SQL_DESC_SCALE: *num = r->scale; return 0;
    case SQL_DESC_NUM_PREC_RADIX: *num = r->num_prec_radix; return 0;
    case SQL_DESC_DATA_PTR: *ptr = r->data_ptr; return 0;
    case SQL_DESC_INDICATOR_PTR: *ptr = r->indicator_ptr; return 0;
    case SQL_DESC_OCTET_LENGTH_PTR: *ptr = r->octet_length_ptr; return 0;
    /* IPD only */
    case SQL_DESC_NAME: *str = r->name ? r->name : ""; return 1;
    case SQL_DESC_UNNAMED: *num = r->unnamed; return 0;
    case SQL_DESC_PARAMETER_TYPE: *num = r->param_type ? r->param_type : SQL_PARAM_INPUT; return 0;
    case SQL_DESC_NULLABLE: *num = r->nullable; return 0;
    case SQL_DESC_CASE_SENSITIVE: *num = sqltype_is_char(t) ? SQL_TRUE : SQL_FALSE; return 0;
    case SQL_DESC_FIXED_PREC_SCALE: *num = SQL_FALSE; return 0;
    case SQL_DESC_ROWVER: *num = SQL_FALSE; return 0;
    case SQL_DESC_UNSIGNED: *num = sqltype_is_numeric(t) ? SQL_FALSE : SQL_TRUE; return 0;
    case SQL_DESC_TYPE_NAME: case SQL_DESC_LOCAL_TYPE_NAME: *str = sqltype_name(t); return 1;
    default: (void)d; return -1;
    }
}

SQLRETURN desc_get_field(desc *d, SQLSMALLINT rec, SQLSMALLINT field, SQLPOINTER value,
                         SQLINTEGER buflen, SQLINTEGER *len, int wide)
{
    diag_list *dg = &d->h.diag;
    const desc_field_def *fd = desc_field_find(field);
    int kind = desc_access_kind(d);
    if (!fd || fd->access[kind] == '-')
        return diag_post(dg, "HY091", "Field %d is not defined for this descriptor", field);
    if (d->kind == DESC_IRD && d->owner && !d->owner->has_meta)
        return diag_post(dg, "HY007", NULL);
    SQLLEN num = 0;
    const void *ptr = NULL;
    const char *str = NULL;
    if (fd->header) {
        header_value(d, field, &num, &ptr);
    } else {
        if (rec < 0)
            return diag_post(dg, "07009", NULL);
        if (rec == 0)
            return diag_post(dg, "07009", "Bookmarks are not supported (record 0)");
        if (rec > d->count)
            return SQL_NO_DATA;
        desc_rec *r = &d->recs[rec];
        if (d->kind == DESC_IRD) {
            if (ird_field(r, (SQLUSMALLINT)field, &str, &num) < 0)
                return diag_post(dg, "HY091", "Field %d is not defined for an IRD", field);
        } else {
            rec_value(d, r, field, &num, &ptr, &str);
        }
    }
    if (fd->vtype == V_PTR) {
        if (value)
            *(const void **)value = ptr;
        if (len)
            *len = sizeof(SQLPOINTER);
        return SQL_SUCCESS;
    }
    if (fd->vtype != V_STR) {
        put_num(value, len, fd->vtype, num);
        return SQL_SUCCESS;
    }
    text_out o = text_out_bytes(value, buflen, wide);
    size_t units = 0;
    SQLRETURN rc = SQL_SUCCESS;
    if (text_put(&o, str, (size_t)-1, &units))
        rc = diag_post(dg, "01004", NULL);
    if (len)
        *len = (SQLINTEGER)(units * text_unit(&o));
    return rc;
}

static SQLRETURN set_header(desc *d, SQLSMALLINT field, SQLPOINTER value)
{
    SQLULEN v = (SQLULEN)value;
    switch (field) {
    case SQL_DESC_COUNT:
        if ((SQLLEN)v < 0 || v > 32767)
            return diag_post(&d->h.diag, "07009", NULL);
        if (v > (SQLULEN)d->count && !desc_rec_at(d, (int)v))
            return diag_oom(&d->h.diag);
        desc_truncate(d, (int)v);
        d->count = (SQLSMALLINT)v;
        return SQL_SUCCESS;
    case SQL_DESC_ARRAY_SIZE:
        if (v == 0)
            return diag_post(&d->h.diag, "HY024", NULL);
        d->array_size = v;
        return SQL_SUCCESS;
    case SQL_DESC_BIND_TYPE: d->bind_type = v; return SQL_SUCCESS;
    case SQL_DESC_ARRAY_STATUS_PTR: d->array_status_ptr = value; return SQL_SUCCESS;
    case SQL_DESC_BIND_OFFSET_PTR: d->bind_offset_ptr = value; return SQL_SUCCESS;
    case SQL_DESC_ROWS_PROCESSED_PTR: d->rows_processed_ptr = value; return SQL_SUCCESS;
    default:
        return diag_post(&d->h.diag, "HY091", "Field %d cannot be set", field);
    }
}

SQLRETURN desc_set_field(desc *d, SQLSMALLINT rec, SQLSMALLINT field, SQLPOINTER value,
                         SQLINTEGER len, int wide)
{
    diag_list *dg = &d->h.diag;
    const desc_field_def *fd = desc_field_find(field);
    int kind = desc_access_kind(d);
    if (d->kind == DESC_IRD && field != SQL_DESC_ARRAY_STATUS_PTR &&
        field != SQL_DESC_ROWS_PROCESSED_PTR)
        return diag_post(dg, "HY016", NULL);
    if (!fd || fd->access[kind] != 'w')
        return diag_post(dg, "HY091", "Field %d cannot be set on this descriptor", field);
    if (fd->header)
        return set_header(d, field, value);
    if (rec < 0)
        return diag_post(dg, "07009", NULL);
    if (rec == 0)
        return diag_post(dg, "07009", "Bookmarks are not supported (record 0)");
    if (fd->vtype == V_STR && len < 0 && len != SQL_NTS)
        return diag_post(dg, "HY090", NULL);
    desc_rec *r = desc_rec_at(d, rec);
    if (!r)
        return diag_oom(dg);
    SQLRETURN rc;
    if (field == SQL_DESC_NAME) {
        char *s = attr_to_utf8_dup(value, len, wide);
        if (value && !s)
            return diag_oom(dg);
        free(r->name);
        r->name = s;
        r->unnamed = s && *s ? SQL_NAMED : SQL_UNNAMED;
        rc = SQL_SUCCESS;
    } else {
        rc = desc_rec_set(d, r, field, value);
    }
    if (rc == SQL_SUCCESS && rec > d->count)
        d->count = rec;
    return rc;
}

/* SQLGetDescField / SQLSetDescField / SQLGetDescRec for the common header and record
 * fields. IRD records answer every column attribute (through ird_field). */
#include "driver.h"
#include "sqltype.h"

#include <stdlib.h>
#include <string.h>

#include "../util/utf.h"

enum vtype { V_SMALL, V_INT, V_LEN, V_ULEN, V_PTR, V_STR };

static int header_field(SQLSMALLINT f)
{
    switch (f) {
    case SQL_DESC_COUNT: case SQL_DESC_ARRAY_SIZE: case SQL_DESC_ARRAY_STATUS_PTR:
    case SQL_DESC_BIND_OFFSET_PTR: case SQL_DESC_BIND_TYPE: case SQL_DESC_ROWS_PROCESSED_PTR:
    case SQL_DESC_ALLOC_TYPE:
        return 1;
    default:
        return 0;
    }
}

/* The C type of a record field's value. */
static int field_type(SQLSMALLINT f)
{
    switch (f) {
    case SQL_DESC_OCTET_LENGTH: case SQL_DESC_DISPLAY_SIZE: return V_LEN;
    case SQL_DESC_LENGTH: return V_ULEN;
    case SQL_DESC_DATA_PTR: case SQL_DESC_INDICATOR_PTR: case SQL_DESC_OCTET_LENGTH_PTR:
        return V_PTR;
    case SQL_DESC_AUTO_UNIQUE_VALUE: case SQL_DESC_CASE_SENSITIVE: case SQL_DESC_NUM_PREC_RADIX:
        return V_INT;
    case SQL_DESC_NAME: case SQL_DESC_LABEL: case SQL_DESC_BASE_COLUMN_NAME:
    case SQL_DESC_BASE_TABLE_NAME: case SQL_DESC_TABLE_NAME: case SQL_DESC_SCHEMA_NAME:
    case SQL_DESC_CATALOG_NAME: case SQL_DESC_TYPE_NAME: case SQL_DESC_LOCAL_TYPE_NAME:
    case SQL_DESC_LITERAL_PREFIX: case SQL_DESC_LITERAL_SUFFIX:
        return V_STR;
    default:
        return V_SMALL;
    }
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

static void put_ptr(SQLPOINTER value, SQLINTEGER *len, const void *p)
{
    if (value)
        *(const void **)value = p;
    if (len)
        *len = sizeof(SQLPOINTER);
}

static SQLRETURN get_header(desc *d, SQLSMALLINT field, SQLPOINTER value, SQLINTEGER *len)
{
    switch (field) {
    case SQL_DESC_COUNT: put_num(value, len, V_SMALL, d->count); break;
    case SQL_DESC_ALLOC_TYPE: put_num(value, len, V_SMALL, d->alloc_type); break;
    case SQL_DESC_ARRAY_SIZE: put_num(value, len, V_ULEN, (SQLLEN)d->array_size); break;
    case SQL_DESC_BIND_TYPE: put_num(value, len, V_INT, (SQLLEN)d->bind_type); break;
    case SQL_DESC_ARRAY_STATUS_PTR: put_ptr(value, len, d->array_status_ptr); break;
    case SQL_DESC_BIND_OFFSET_PTR: put_ptr(value, len, d->bind_offset_ptr); break;
    case SQL_DESC_ROWS_PROCESSED_PTR: put_ptr(value, len, d->rows_processed_ptr); break;
    }
    return SQL_SUCCESS;
}

SQLRETURN desc_get_field(desc *d, SQLSMALLINT rec, SQLSMALLINT field, SQLPOINTER value,
                         SQLINTEGER buflen, SQLINTEGER *len, int wide)
{
    diag_list *dg = &d->h.diag;
    if (header_field(field))
        return get_header(d, field, value, len);
    if (rec < 0)
        return diag_post(dg, "07009", NULL);
    if (rec == 0)
        return diag_post(dg, "07009", "Bookmarks are not supported (record 0)");
    if (rec > d->count)
        return SQL_NO_DATA;
    desc_rec *r = &d->recs[rec];
    const char *str = NULL;
    SQLLEN num = 0;
    int vt = field_type(field);
    switch (field) {
    case SQL_DESC_DATA_PTR: put_ptr(value, len, r->data_ptr); return SQL_SUCCESS;
    case SQL_DESC_INDICATOR_PTR: put_ptr(value, len, r->indicator_ptr); return SQL_SUCCESS;
    case SQL_DESC_OCTET_LENGTH_PTR: put_ptr(value, len, r->octet_length_ptr); return SQL_SUCCESS;
    default:
        break;
    }
    if (d->kind == DESC_IRD) {
        int kind = ird_field(r, (SQLUSMALLINT)field, &str, &num);
        if (kind < 0)
            return diag_post(dg, "HY091", "Unknown descriptor field %d", field);
    } else {
        switch (field) {
        case SQL_DESC_TYPE: num = r->type; break;
        case SQL_DESC_CONCISE_TYPE: num = r->concise_type; break;
        case SQL_DESC_DATETIME_INTERVAL_CODE: num = r->datetime_code; break;
        case SQL_DESC_OCTET_LENGTH: num = r->octet_length; break;
        case SQL_DESC_LENGTH: num = (SQLLEN)r->length; break;
        case SQL_DESC_PRECISION: num = r->precision; break;
        case SQL_DESC_SCALE: num = r->scale; break;
        case SQL_DESC_NULLABLE: num = r->nullable; break;
        case SQL_DESC_UNNAMED: num = r->unnamed; break;
        case SQL_DESC_NAME: str = r->name ? r->name : ""; break;
        default:
            return diag_post(dg, "HY091", "Field %d is not defined for this descriptor", field);
        }
    }
    if (vt != V_STR) {
        put_num(value, len, vt, num);
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
    if (d->kind == DESC_IRD && field != SQL_DESC_ARRAY_STATUS_PTR &&
        field != SQL_DESC_ROWS_PROCESSED_PTR)
        return diag_post(dg, "HY016", NULL);
    if (header_field(field))
        return set_header(d, field, value);
    if (rec <= 0)
        return diag_post(dg, "07009", rec == 0 ? "Bookmarks are not supported (record 0)" : NULL);
    desc_rec *r = desc_rec_at(d, rec);
    if (!r)
        return diag_oom(dg);
    SQLLEN v = (SQLLEN)value;
    switch (field) {
    case SQL_DESC_TYPE:
    case SQL_DESC_CONCISE_TYPE:
        /* the two are kept consistent, as SQLSetDescField requires */
        r->concise_type = (SQLSMALLINT)v;
        r->type = sqltype_verbose((SQLSMALLINT)v);
        r->datetime_code = sqltype_datetime_code((SQLSMALLINT)v);
        break;
    case SQL_DESC_DATETIME_INTERVAL_CODE: r->datetime_code = (SQLSMALLINT)v; break;
    case SQL_DESC_OCTET_LENGTH: r->octet_length = v; break;
    case SQL_DESC_LENGTH: r->length = (SQLULEN)v; break;
    case SQL_DESC_PRECISION: r->precision = (SQLSMALLINT)v; break;
    case SQL_DESC_SCALE: r->scale = (SQLSMALLINT)v; break;
    case SQL_DESC_DATA_PTR: r->data_ptr = value; break;
    case SQL_DESC_INDICATOR_PTR: r->indicator_ptr = value; break;
    case SQL_DESC_OCTET_LENGTH_PTR: r->octet_length_ptr = value; break;
    case SQL_DESC_UNNAMED:
        if (v != SQL_UNNAMED)
            return diag_post(dg, "HY091", "SQL_DESC_UNNAMED can only be set to SQL_UNNAMED");
        r->unnamed = SQL_UNNAMED;
        break;
    case SQL_DESC_NAME: {
        char *s = NULL;
        if (value) {
            if (wide) {
                s = utf16_to_utf8_dup(value, len == SQL_NTS ? SQL_NTS : len / (SQLINTEGER)sizeof(SQLWCHAR));
            } else {
                size_t n = len == SQL_NTS ? strlen(value) : (size_t)len;
                s = malloc(n + 1);
                if (s) {
                    memcpy(s, value, n);
                    s[n] = '\0';
                }
            }
            if (!s)
                return diag_oom(dg);
        }
        free(r->name);
        r->name = s;
        r->unnamed = s && *s ? SQL_NAMED : SQL_UNNAMED;
        break;
    }
    default:
        return diag_post(dg, "HY091", "Field %d cannot be set", field);
    }
    if (rec > d->count)
        d->count = rec;
    return SQL_SUCCESS;
}

SQLRETURN desc_get_rec(desc *d, SQLSMALLINT rec, const text_out *name, SQLSMALLINT *name_len,
                       SQLSMALLINT *type, SQLSMALLINT *subtype, SQLLEN *length,
                       SQLSMALLINT *precision, SQLSMALLINT *scale, SQLSMALLINT *nullable)
{
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

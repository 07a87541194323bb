/* SQLColAttribute: every SQL_DESC_* field and the ODBC 2 SQL_COLUMN_* ones, computed from
 * the IRD record that describe() filled. */
#include "driver.h"
#include "sqltype.h"

static const char *nz(const char *s) { return s ? s : ""; }

int ird_field(const desc_rec *r, SQLUSMALLINT field, const char **str, SQLLEN *num)
{
    SQLSMALLINT t = r->concise_type;
    *str = NULL;
    *num = 0;
    switch (field) {
    /* strings */
    case SQL_DESC_LABEL: *str = nz(r->label && *r->label ? r->label : r->name); return 1;
    case SQL_DESC_NAME: case SQL_COLUMN_NAME: *str = nz(r->name); return 1;
    case SQL_DESC_BASE_COLUMN_NAME: *str = nz(r->name); return 1;
    case SQL_DESC_TABLE_NAME: case SQL_DESC_BASE_TABLE_NAME: *str = nz(r->table_name); return 1;
    case SQL_DESC_SCHEMA_NAME: *str = nz(r->schema_name); return 1;
    case SQL_DESC_CATALOG_NAME: *str = nz(r->catalog_name); return 1;
    case SQL_DESC_TYPE_NAME: case SQL_DESC_LOCAL_TYPE_NAME: *str = nz(r->type_name); return 1;
    case SQL_DESC_LITERAL_PREFIX: *str = sqltype_literal_prefix(t); return 1;
    case SQL_DESC_LITERAL_SUFFIX: *str = sqltype_literal_suffix(t); return 1;
    /* numbers */
    case SQL_DESC_CONCISE_TYPE: *num = t; return 0;   /* == SQL_COLUMN_TYPE */
    case SQL_DESC_TYPE: *num = r->type; return 0;
    case SQL_DESC_DATETIME_INTERVAL_CODE: *num = r->datetime_code; return 0;
    case SQL_DESC_DISPLAY_SIZE:
        *num = sqltype_display_size(t, r->column_size, r->decimal_digits);
        return 0;
    case SQL_DESC_LENGTH: *num = (SQLLEN)r->length; return 0;
    case SQL_DESC_OCTET_LENGTH: *num = r->octet_length; return 0;
    case SQL_DESC_PRECISION: *num = r->precision; return 0;
    case SQL_DESC_SCALE: *num = r->scale; return 0;
    case SQL_COLUMN_LENGTH: *num = sqltype_octet_length(t, r->column_size); return 0;
    case SQL_COLUMN_PRECISION: *num = r->column_size; return 0;
    case SQL_COLUMN_SCALE: *num = r->decimal_digits; return 0;
    case SQL_DESC_NULLABLE: case SQL_COLUMN_NULLABLE: *num = r->nullable; return 0;
    case SQL_DESC_UNSIGNED: *num = sqltype_is_numeric(t) ? SQL_FALSE : SQL_TRUE; return 0;
    case SQL_DESC_FIXED_PREC_SCALE: *num = SQL_FALSE; return 0;
    case SQL_DESC_AUTO_UNIQUE_VALUE: *num = SQL_FALSE; return 0;
    case SQL_DESC_CASE_SENSITIVE: *num = sqltype_is_char(t) ? SQL_TRUE : SQL_FALSE; return 0;
    case SQL_DESC_SEARCHABLE: *num = sqltype_searchable(t); return 0;
    case SQL_DESC_UPDATABLE: *num = SQL_ATTR_READONLY; return 0;
    case SQL_DESC_NUM_PREC_RADIX: *num = sqltype_num_prec_radix(t, r->column_size); return 0;
    case SQL_DESC_UNNAMED: *num = r->unnamed; return 0;
    case SQL_DESC_ROWVER: *num = SQL_FALSE; return 0;
    case SQL_DESC_DATETIME_INTERVAL_PRECISION: *num = 0; return 0;
    default: return -1;
    }
}

SQLRETURN stmt_col_attribute(stmt *s, SQLUSMALLINT col, SQLUSMALLINT field, const text_out *str,
                             SQLSMALLINT *str_len, SQLLEN *num)
{
    diag_list *d = &s->h.diag;
    if (s->dae)
        return stmt_seq_error(s);
    if (s->state == STMT_ALLOCATED || !s->has_meta)
        return diag_post(d, "HY010", "No statement has been prepared or executed");
    if (field == SQL_DESC_COUNT || field == SQL_COLUMN_COUNT) {
        if (num)
            *num = s->ird->count;
        return SQL_SUCCESS;
    }
    if (col == 0 || col > s->ird->count)
        return diag_post(d, "07009", "Column %u does not exist (the result has %d)", col,
                         s->ird->count);
    const char *text;
    SQLLEN n;
    int kind = ird_field(&s->ird->recs[col], field, &text, &n);
    if (kind < 0)
        return diag_post(d, "HY091", "Unknown column attribute %u", field);
    if (kind == 0) {
        if (num)
            *num = n;
        return SQL_SUCCESS;
    }
    size_t units = 0;
    SQLRETURN rc = SQL_SUCCESS;
    if (text_put(str, text, (size_t)-1, &units))
        rc = diag_post(d, "01004", NULL);
    if (str_len)   /* bytes, for SQLColAttributeW too */
        *str_len = (SQLSMALLINT)(units * text_unit(str));
    return rc;
}

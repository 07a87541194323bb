/* Result-set metadata: describe() into the IRD, SQLNumResultCols, SQLDescribeCol. */
#include "driver.h"
#include "sqltype.h"

#include <stdlib.h>
#include <string.h>

#include "../jni/describe.h"

static char *take(char **p)
{
    char *s = *p;
    *p = NULL;
    return s;
}

SQLRETURN stmt_load_meta(stmt *s)
{
    jb_colmeta *cols = NULL;
    int n = 0;
    SQLRETURN rc = jb_describe_columns(&s->h.diag, atomic_load(&s->java_id), &cols, &n);
    if (rc != SQL_SUCCESS)
        return rc;
    desc *ird = s->ird;
    desc_truncate(ird, 0);
    if (n > 0 && !desc_rec_at(ird, n)) {
        jb_colmeta_free(cols, n);
        return diag_oom(&s->h.diag);
    }
    for (int i = 0; i < n; i++) {
        desc_rec *r = &ird->recs[i + 1];
        jb_colmeta *m = &cols[i];
        desc_rec_clear(r);
        SQLSMALLINT t = (SQLSMALLINT)m->sql_type;
        SQLSMALLINT dd = (SQLSMALLINT)m->decimal_digits;
        r->concise_type = t;
        r->type = sqltype_verbose(t);
        r->datetime_code = sqltype_datetime_code(t);
        r->wire_kind = m->wire_kind;
        r->column_size = (SQLLEN)m->column_size;
        r->decimal_digits = dd;
        r->length = (SQLULEN)(m->column_size > 0 ? m->column_size : 0);
        r->octet_length = sqltype_octet_length(t, r->column_size);
        r->precision = sqltype_precision(t, r->column_size, dd);
        r->scale = sqltype_scale(t, dd);
        r->nullable = (SQLSMALLINT)m->nullable;
        r->name = take(&m->name);
        r->label = take(&m->label);
        r->table_name = take(&m->table_name);
        r->schema_name = take(&m->schema_name);
        r->catalog_name = take(&m->catalog_name);
        r->type_name = take(&m->type_name);
        r->unnamed = (r->name && *r->name) ? SQL_NAMED : SQL_UNNAMED;
    }
    ird->count = (SQLSMALLINT)n;
    jb_colmeta_free(cols, n);

    cv_cursor *gd = realloc(s->gd, (size_t)(n ? n : 1) * sizeof *gd);
    if (!gd)
        return diag_oom(&s->h.diag);
    memset(gd, 0, (size_t)(n ? n : 1) * sizeof *gd);
    s->gd = gd;
    s->gd_count = n;
    s->has_meta = 1;
    return SQL_SUCCESS;
}

/* Metadata is there once a statement is prepared or executed. */
static SQLRETURN need_meta(stmt *s)
{
    if (s->dae)
        return stmt_seq_error(s);
    if (s->state == STMT_ALLOCATED || !s->has_meta)
        return diag_post(&s->h.diag, "HY010", "No statement has been prepared or executed");
    return SQL_SUCCESS;
}

SQLRETURN stmt_num_result_cols(stmt *s, SQLSMALLINT *count)
{
    SQLRETURN rc = need_meta(s);
    if (rc != SQL_SUCCESS)
        return rc;
    if (count)
        *count = s->ird->count;
    return SQL_SUCCESS;
}

SQLRETURN stmt_describe_col(stmt *s, SQLUSMALLINT col, const text_out *name, SQLSMALLINT *name_len,
                            SQLSMALLINT *type, SQLULEN *size, SQLSMALLINT *digits,
                            SQLSMALLINT *nullable)
{
    SQLRETURN rc = need_meta(s);
    if (rc != SQL_SUCCESS)
        return rc;
    if (col == 0 || col > s->ird->count)
        return diag_post(&s->h.diag, "07009", "Column %u does not exist (the result has %d)",
                         col, s->ird->count);
    desc_rec *r = &s->ird->recs[col];
    size_t units = 0;
    if (text_put(name, r->name, (size_t)-1, &units))
        rc = diag_post(&s->h.diag, "01004", NULL);
    if (name_len)
        *name_len = (SQLSMALLINT)(units > 32767 ? 32767 : units);
    if (type)
        *type = r->concise_type;
    if (size)
        *size = (SQLULEN)(r->column_size > 0 ? r->column_size : 0);
    if (digits)
        *digits = r->decimal_digits;
    if (nullable)
        *nullable = r->nullable;
    return rc;
}

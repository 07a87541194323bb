/* Decoding describe() (docs/bridge.md), with bounds checks. */
#include "describe.h"

#include <stdlib.h>
#include <string.h>

typedef struct reader {
    const unsigned char *p;
    size_t len, pos;
    int bad;
} reader;

static int64_t rd(reader *r, size_t n)
{
    if (r->bad || r->pos + n > r->len) {
        r->bad = 1;
        return 0;
    }
    int64_t v = 0;
    if (n == 4) {
        int32_t x;
        memcpy(&x, r->p + r->pos, 4);
        v = x;
    } else {
        memcpy(&v, r->p + r->pos, 8);
    }
    r->pos += n;
    return v;
}

static char *rd_str(reader *r)
{
    int64_t n = rd(r, 4);
    if (r->bad || n < 0 || r->pos + (size_t)n > r->len) {
        r->bad = 1;
        return NULL;
    }
    char *s = malloc((size_t)n + 1);
    if (!s) {
        r->bad = 1;
        return NULL;
    }
    memcpy(s, r->p + r->pos, (size_t)n);
    s[n] = '\0';
    r->pos += (size_t)n;
    return s;
}

void jb_colmeta_free(jb_colmeta *cols, int ncols)
{
    for (int i = 0; cols && i < ncols; i++) {
        free(cols[i].name);
        free(cols[i].label);
        free(cols[i].table_name);
        free(cols[i].schema_name);
        free(cols[i].catalog_name);
        free(cols[i].type_name);
    }
    free(cols);
}

SQLRETURN jb_describe_columns(diag_list *d, int64_t stmt_id, jb_colmeta **cols, int *ncols)
{
    jb_bytes b;
    *cols = NULL;
    *ncols = 0;
    SQLRETURN rc = jb_describe(d, stmt_id, &b);
    if (rc != SQL_SUCCESS)
        return rc;
    reader r = {(const unsigned char *)b.data, b.len, 0, b.data == NULL};
    int64_t n = rd(&r, 4);
    if (r.bad || n < 0 || n > 32767) {
        free(b.data);
        return diag_post(d, "HY000", "Malformed column description from the engine");
    }
    jb_colmeta *c = calloc((size_t)(n ? n : 1), sizeof *c);
    if (!c) {
        free(b.data);
        return diag_oom(d);
    }
    for (int i = 0; i < n && !r.bad; i++) {
        c[i].sql_type = (int32_t)rd(&r, 4);
        c[i].wire_kind = (int32_t)rd(&r, 4);
        c[i].column_size = rd(&r, 8);
        c[i].decimal_digits = (int32_t)rd(&r, 4);
        c[i].nullable = (int32_t)rd(&r, 4);
        c[i].name = rd_str(&r);
        c[i].label = rd_str(&r);
        c[i].table_name = rd_str(&r);
        c[i].schema_name = rd_str(&r);
        c[i].catalog_name = rd_str(&r);
        c[i].type_name = rd_str(&r);
    }
    free(b.data);
    if (r.bad) {
        jb_colmeta_free(c, (int)n);
        return diag_post(d, "HY000", "Malformed column description from the engine");
    }
    *cols = c;
    *ncols = (int)n;
    return SQL_SUCCESS;
}

SQLRETURN jb_describe_params(diag_list *d, int64_t stmt_id, jb_parammeta **params, int *nparams)
{
    jb_bytes b;
    *params = NULL;
    *nparams = 0;
    SQLRETURN rc = jb_describe_params_raw(d, stmt_id, &b);
    if (rc != SQL_SUCCESS)
        return rc;
    reader r = {(const unsigned char *)b.data, b.len, 0, b.data == NULL};
    int64_t n = rd(&r, 4);
    if (r.bad || n < 0 || n > 32767) {
        free(b.data);
        return diag_post(d, "HY000", "Malformed parameter description from the engine");
    }
    jb_parammeta *p = n ? calloc((size_t)n, sizeof *p) : NULL;
    if (n && !p) {
        free(b.data);
        return diag_oom(d);
    }
    for (int i = 0; i < n && !r.bad; i++) {
        p[i].sql_type = (int32_t)rd(&r, 4);
        p[i].column_size = rd(&r, 8);
        p[i].decimal_digits = (int32_t)rd(&r, 4);
        p[i].nullable = (int32_t)rd(&r, 4);
    }
    free(b.data);
    if (r.bad) {
        free(p);
        return diag_post(d, "HY000", "Malformed parameter description from the engine");
    }
    *params = p;
    *nparams = (int)n;
    return SQL_SUCCESS;
}

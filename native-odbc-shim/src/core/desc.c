/*
 * Descriptor objects. Every statement owns four implicit ones (ARD, APD, IRD, IPD) that
 * the application can see through SQLGetStmtAttr; the ARD holds SQLBindCol bindings and
 * the IRD describes the result columns. Explicit descriptors (SQL_DESC_ALLOC_USER) belong
 * to a connection and serve as ARD or APD of any of its statements.
 */
#include "driver.h"

#include <stdlib.h>
#include <string.h>

desc *desc_new(dbc *c, int kind, SQLSMALLINT alloc_type)
{
    desc *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->h.magic = MAGIC_DESC;
    d->h.type = SQL_HANDLE_DESC;
    d->dbc = c;
    d->kind = kind;
    d->alloc_type = alloc_type;
    d->array_size = 1;
    d->bind_type = SQL_BIND_BY_COLUMN;
    return d;
}

void desc_rec_clear(desc_rec *r)
{
    free(r->name);
    free(r->label);
    free(r->table_name);
    free(r->schema_name);
    free(r->catalog_name);
    free(r->type_name);
    memset(r, 0, sizeof *r);
}

/* The defaults a new record gets (SQLSetDescField, "Initialization of descriptor fields"). */
static void rec_init(desc *d, desc_rec *r)
{
    memset(r, 0, sizeof *r);
    if (d->kind == DESC_ARD || d->kind == DESC_APD) {
        r->type = SQL_C_DEFAULT;
        r->concise_type = SQL_C_DEFAULT;
    }
    r->nullable = SQL_NULLABLE_UNKNOWN;
    r->unnamed = SQL_UNNAMED;
}

desc_rec *desc_rec_at(desc *d, int n)
{
    if (n < 0 || n > 32767)
        return NULL;
    if (n >= d->cap) {
        int cap = d->cap ? d->cap : 8;
        while (cap <= n)
            cap *= 2;
        desc_rec *r = realloc(d->recs, (size_t)cap * sizeof *r);
        if (!r)
            return NULL;
        for (int i = d->cap; i < cap; i++)
            rec_init(d, &r[i]);
        d->recs = r;
        d->cap = cap;
    }
    return &d->recs[n];
}

void desc_truncate(desc *d, int count)
{
    for (int i = count + 1; i < d->cap; i++) {
        desc_rec_clear(&d->recs[i]);
        rec_init(d, &d->recs[i]);
    }
    if (d->count > count)
        d->count = (SQLSMALLINT)count;
}

void desc_destroy(desc *d)
{
    if (!d)
        return;
    for (int i = 0; i < d->cap; i++)
        desc_rec_clear(&d->recs[i]);
    free(d->recs);
    diag_free(&d->h.diag);
    d->h.magic = MAGIC_FREED;
    free(d);
}

SQLRETURN desc_alloc_explicit(dbc *c, desc **out)
{
    if (!c->conn_id)
        return diag_post(&c->h.diag, "08003", NULL);
    desc *d = desc_new(c, DESC_ARD, SQL_DESC_ALLOC_USER);
    if (!d)
        return diag_oom(&c->h.diag);
    d->next = c->descs;
    c->descs = d;
    *out = d;
    return SQL_SUCCESS;
}

SQLRETURN desc_free_explicit(desc *d)
{
    if (d->alloc_type != SQL_DESC_ALLOC_USER)
        return diag_post(&d->h.diag, "HY017", NULL);
    dbc *c = d->dbc;
    /* statements using it go back to their implicit descriptors */
    for (stmt *s = c->stmts; s; s = s->next) {
        if (s->ard == d)
            s->ard = s->imp_ard;
        if (s->apd == d)
            s->apd = s->imp_apd;
    }
    for (desc **p = &c->descs; *p; p = &(*p)->next) {
        if (*p == d) {
            *p = d->next;
            break;
        }
    }
    desc_destroy(d);
    return SQL_SUCCESS;
}

/* Handle validation and the enter/leave pair every exported function uses. */
#include "driver.h"

static uint32_t magic_for(SQLSMALLINT type)
{
    switch (type) {
    case SQL_HANDLE_ENV: return MAGIC_ENV;
    case SQL_HANDLE_DBC: return MAGIC_DBC;
    case SQL_HANDLE_STMT: return MAGIC_STMT;
    case SQL_HANDLE_DESC: return MAGIC_DESC;
    default: return 0;
    }
}

SQLRETURN handle_check(SQLHANDLE h, SQLSMALLINT type)
{
    if (!h)
        return SQL_INVALID_HANDLE;
    const handle_hdr *hdr = h;
    uint32_t m = magic_for(type);
    if (m == 0 || hdr->magic != m || hdr->type != type)
        return SQL_INVALID_HANDLE;
    return SQL_SUCCESS;
}

void dbc_lock(dbc *c) { plat_mutex_lock(&c->lock); }
void dbc_unlock(dbc *c) { plat_mutex_unlock(&c->lock); }

env *env_enter(SQLHENV h)
{
    if (handle_check(h, SQL_HANDLE_ENV) != SQL_SUCCESS)
        return NULL;
    env *e = h;
    plat_mutex_lock(&e->lock);
    diag_clear(&e->h.diag);
    return e;
}

SQLRETURN env_leave(env *e, SQLRETURN rc)
{
    e->h.diag.retcode = rc;
    plat_mutex_unlock(&e->lock);
    return rc;
}

dbc *dbc_enter(SQLHDBC h)
{
    if (handle_check(h, SQL_HANDLE_DBC) != SQL_SUCCESS)
        return NULL;
    dbc *c = h;
    dbc_lock(c);
    diag_clear(&c->h.diag);
    return c;
}

SQLRETURN dbc_leave(dbc *c, SQLRETURN rc)
{
    c->h.diag.retcode = rc;
    dbc_unlock(c);
    return rc;
}

stmt *stmt_enter(SQLHSTMT h)
{
    if (handle_check(h, SQL_HANDLE_STMT) != SQL_SUCCESS)
        return NULL;
    stmt *s = h;
    /* a function in flight: HY010 at once (its worker may hold the lock for long) */
    if (stmt_async_refuse(s))
        return NULL;
    dbc_lock(s->dbc);
    if (stmt_async_refuse(s)) {   /* another thread started one while we waited */
        dbc_unlock(s->dbc);
        return NULL;
    }
    diag_clear(&s->h.diag);
    return s;
}

SQLRETURN stmt_refused(SQLHSTMT h)
{
    return handle_check(h, SQL_HANDLE_STMT) != SQL_SUCCESS ? SQL_INVALID_HANDLE : SQL_ERROR;
}

SQLRETURN stmt_leave(stmt *s, SQLRETURN rc)
{
    dbc *c = s->dbc;
    s->h.diag.retcode = rc;
    dbc_unlock(c);
    return rc;
}

desc *desc_enter(SQLHDESC h)
{
    if (handle_check(h, SQL_HANDLE_DESC) != SQL_SUCCESS)
        return NULL;
    desc *d = h;
    dbc_lock(d->dbc);
    diag_clear(&d->h.diag);
    return d;
}

SQLRETURN desc_leave(desc *d, SQLRETURN rc)
{
    dbc *c = d->dbc;
    d->h.diag.retcode = rc;
    dbc_unlock(c);
    return rc;
}

SQLINTEGER handle_odbc_version(const handle_hdr *h)
{
    switch (h->type) {
    case SQL_HANDLE_ENV: return ((const env *)h)->odbc_version;
    case SQL_HANDLE_DBC: return ((const dbc *)h)->env->odbc_version;
    case SQL_HANDLE_STMT: return ((const stmt *)h)->dbc->env->odbc_version;
    case SQL_HANDLE_DESC: return ((const desc *)h)->dbc->env->odbc_version;
    default: return SQL_OV_ODBC3;
    }
}

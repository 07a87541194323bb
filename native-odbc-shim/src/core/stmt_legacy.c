/*
 * ODBC 2 era statement functions: SQLExtendedFetch (a rowset of SQL_ROWSET_SIZE rows, with
 * its own row count and status array) and cursor names (SQLSetCursorName,
 * SQLGetCursorName; positioned UPDATE/DELETE ... WHERE CURRENT OF never applies to a
 * read-only source, but applications read and set the names).
 */
#include "driver.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

SQLRETURN stmt_extended_fetch(stmt *s, SQLUSMALLINT orientation, SQLLEN offset,
                              SQLULEN *row_count, SQLUSMALLINT *row_status)
{
    if (s->dae)
        return stmt_seq_error(s);
    /* SQLExtendedFetch uses SQL_ROWSET_SIZE and its own arguments, not the ARD/IRD fields */
    desc *ard = s->ard, *ird = s->ird;
    SQLULEN size = ard->array_size;
    SQLULEN *processed = ird->rows_processed_ptr;
    SQLUSMALLINT *status = ird->array_status_ptr;
    ard->array_size = s->rowset_size ? s->rowset_size : 1;
    ird->rows_processed_ptr = row_count;
    ird->array_status_ptr = row_status;
    SQLRETURN rc = stmt_fetch_scroll(s, (SQLSMALLINT)orientation, offset);
    ard->array_size = size;
    ird->rows_processed_ptr = processed;
    ird->array_status_ptr = status;
    if (rc == SQL_NO_DATA && row_count)
        *row_count = 0;
    return rc;
}

static atomic_uint cursor_counter;

static const char *cursor_name(stmt *s)
{
    if (!s->cursor_name) {
        char buf[32];
        snprintf(buf, sizeof buf, "SQL_CUR%u", atomic_fetch_add(&cursor_counter, 1) + 1);
        s->cursor_name = strdup(buf);
    }
    return s->cursor_name;
}

SQLRETURN stmt_set_cursor_name(stmt *s, const char *name)
{
    diag_list *d = &s->h.diag;
    if (s->dae)
        return stmt_seq_error(s);
    if (!name)
        return diag_post(d, "HY009", NULL);
    if (s->state == STMT_CURSOR)
        return diag_post(d, "24000", "A cursor is open on this statement");
    if (!*name || strncasecmp(name, "SQLCUR", 6) == 0 || strncasecmp(name, "SQL_CUR", 7) == 0)
        return diag_post(d, "34000", "Invalid cursor name '%s' (empty, or SQLCUR/SQL_CUR are "
                                     "reserved prefixes)", name);
    for (stmt *o = s->dbc->stmts; o; o = o->next)
        if (o != s && o->cursor_name && strcasecmp(o->cursor_name, name) == 0)
            return diag_post(d, "3C000", "The cursor name '%s' is in use", name);
    char *copy = strdup(name);
    if (!copy)
        return diag_oom(d);
    free(s->cursor_name);
    s->cursor_name = copy;
    return SQL_SUCCESS;
}

SQLRETURN stmt_get_cursor_name(stmt *s, const text_out *out, SQLSMALLINT *out_len)
{
    if (s->dae)
        return stmt_seq_error(s);
    const char *name = cursor_name(s);
    if (!name)
        return diag_oom(&s->h.diag);
    size_t units = 0;
    SQLRETURN rc = SQL_SUCCESS;
    if (text_put(out, name, (size_t)-1, &units))
        rc = diag_post(&s->h.diag, "01004", NULL);
    if (out_len)
        *out_len = (SQLSMALLINT)units;
    return rc;
}

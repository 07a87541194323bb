/* The per-handle list of diagnostic records. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag_clear(diag_list *d)
{
    for (int i = 0; i < d->count; i++)
        free(d->recs[i].message);
    d->count = 0;
    d->retcode = SQL_SUCCESS;
}

void diag_free(diag_list *d)
{
    diag_clear(d);
    free(d->recs);
    d->recs = NULL;
    d->cap = 0;
}

static SQLRETURN rc_for_state(const char *state)
{
    return (state[0] == '0' && state[1] == '1') ? SQL_SUCCESS_WITH_INFO : SQL_ERROR;
}

static diag_rec *diag_add(diag_list *d, const char *state, SQLINTEGER native, char *message)
{
    if (d->count == d->cap) {
        int cap = d->cap ? d->cap * 2 : 4;
        diag_rec *r = realloc(d->recs, (size_t)cap * sizeof *r);
        if (!r) {
            free(message);
            return NULL;
        }
        d->recs = r;
        d->cap = cap;
    }
    diag_rec *r = &d->recs[d->count++];
    memset(r, 0, sizeof *r);
    snprintf(r->state, sizeof r->state, "%s", state);
    r->native = native;
    r->message = message;
    r->row_number = SQL_NO_ROW_NUMBER;
    r->column_number = SQL_NO_COLUMN_NUMBER;
    return r;
}

static char *with_prefix(const char *msg, size_t len)
{
    size_t plen = strlen(QUIRE_MSG_PREFIX);
    char *m = malloc(plen + len + 1);
    if (!m)
        return NULL;
    memcpy(m, QUIRE_MSG_PREFIX, plen);
    memcpy(m + plen, msg, len);
    m[plen + len] = '\0';
    return m;
}

SQLRETURN diag_post(diag_list *d, const char *state, const char *fmt, ...)
{
    char buf[1024];
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
    } else {
        const diag_state *st = diag_state_find(state);
        snprintf(buf, sizeof buf, "%s", st ? st->text : "General error");
    }
    diag_add(d, state, 0, with_prefix(buf, strlen(buf)));
    return rc_for_state(state);
}

SQLRETURN diag_post_native(diag_list *d, const char *state, SQLINTEGER native,
                           const char *msg, size_t msg_len)
{
    if (!msg || msg_len == 0) {
        const diag_state *st = diag_state_find(state);
        msg = st ? st->text : "General error";
        msg_len = strlen(msg);
    }
    diag_add(d, state, native, with_prefix(msg, msg_len));
    return rc_for_state(state);
}

void diag_set_position(diag_list *d, SQLLEN row, SQLINTEGER column)
{
    if (d->count > 0) {
        d->recs[d->count - 1].row_number = row;
        d->recs[d->count - 1].column_number = column;
    }
}

void diag_copy(diag_list *dst, const diag_list *src)
{
    for (int i = 0; i < src->count; i++) {
        const diag_rec *s = &src->recs[i];
        char *m = s->message ? strdup(s->message) : NULL;
        diag_rec *r = diag_add(dst, s->state, s->native, m);
        if (r) {
            r->row_number = s->row_number;
            r->column_number = s->column_number;
        }
    }
}

SQLRETURN diag_oom(diag_list *d)
{
    return diag_post(d, "HY001", NULL);
}

SQLRETURN diag_merge_rc(SQLRETURN a, SQLRETURN b)
{
    if (a == SQL_ERROR || b == SQL_ERROR)
        return SQL_ERROR;
    if (a == SQL_INVALID_HANDLE || b == SQL_INVALID_HANDLE)
        return SQL_INVALID_HANDLE;
    if (a == SQL_SUCCESS_WITH_INFO || b == SQL_SUCCESS_WITH_INFO)
        return SQL_SUCCESS_WITH_INFO;
    if (a == SQL_NO_DATA && b == SQL_NO_DATA)
        return SQL_NO_DATA;
    return SQL_SUCCESS;
}

/*
 * The static cursor (SQL_ATTR_CURSOR_TYPE = SQL_CURSOR_STATIC, or SQL_ATTR_CURSOR_SCROLLABLE):
 * the engine still streams forward, and every batch it sends is kept in stmt.held, so any
 * rowset can be served again. Rows are read from the engine only as far as the requested
 * rowset needs (SQL_FETCH_LAST and negative absolute positions read to the end).
 * Positioning follows the rules of SQLFetchScroll's "Cursor positioning rules" tables.
 * https://learn.microsoft.com/sql/odbc/reference/syntax/sqlfetchscroll-function
 */
#include "driver.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SCROLL_BATCH_ROWS 1000
#define AFTER_END (-1)

/* The result's row count so far, capped by SQL_ATTR_MAX_ROWS. */
static SQLULEN known_rows(const stmt *s)
{
    return s->max_rows && s->sc_loaded > s->max_rows ? s->max_rows : s->sc_loaded;
}

static int complete(const stmt *s)
{
    return s->exhausted || (s->max_rows && s->sc_loaded >= s->max_rows);
}

/* Keeps the batch just fetched; its rows are numbered from sc_loaded + 1. */
static SQLRETURN keep_batch(stmt *s)
{
    if (s->nheld == s->held_cap) {
        int cap = s->held_cap ? s->held_cap * 2 : 8;
        jb_batch *h = realloc(s->held, (size_t)cap * sizeof *h);
        if (!h)
            return diag_oom(&s->h.diag);
        s->held = h;
        SQLULEN *f = realloc(s->sc_first, (size_t)cap * sizeof *f);
        if (!f)
            return diag_oom(&s->h.diag);
        s->sc_first = f;
        s->held_cap = cap;
    }
    s->sc_first[s->nheld] = s->sc_loaded + 1;
    s->held[s->nheld++] = s->batch;
    s->sc_loaded += (SQLULEN)s->batch.rows;
    memset(&s->batch, 0, sizeof s->batch);   /* the next fetch makes a new buffer */
    return SQL_SUCCESS;
}

/* Reads from the engine until row `need` is held or the result ends. */
static SQLRETURN load_until(stmt *s, SQLULEN need)
{
    while (s->sc_loaded < need && !complete(s)) {
        SQLULEN want = s->ard->array_size > SCROLL_BATCH_ROWS ? s->ard->array_size
                                                              : SCROLL_BATCH_ROWS;
        if (want > 1000000)
            want = 1000000;
        SQLRETURN rc = jb_batch_fetch(&s->h.diag, atomic_load(&s->java_id), (int)want, &s->batch);
        if (rc != SQL_SUCCESS) {
            dbc_note_failure(s->dbc, &s->h.diag);
            return rc;
        }
        if (s->batch.end || s->batch.rows == 0)
            s->exhausted = 1;   /* a batch without rows ends the result: never spin */
        if (s->batch.rows > 0 && s->batch.ncols != s->ird->count)
            return diag_post(&s->h.diag, "HY000", "The engine sent %d columns, %d were described",
                             s->batch.ncols, s->ird->count);
        if (s->batch.rows > 0 && (rc = keep_batch(s)) != SQL_SUCCESS)
            return rc;
    }
    return SQL_SUCCESS;
}

SQLRETURN stmt_scroll_prefetch(stmt *s)
{
    return load_until(s, 1);
}

int stmt_scroll_is_local(const stmt *s, SQLSMALLINT orientation, SQLLEN off, SQLULEN size)
{
    SQLLEN cur = s->sc_start;
    SQLLEN last;   /* the last row the fetch needs */
    if (complete(s) || cur == AFTER_END)
        return 1;
    switch (orientation) {
    case SQL_FETCH_NEXT: last = (cur == 0 ? 1 : cur + (SQLLEN)size) + (SQLLEN)size - 1; break;
    case SQL_FETCH_FIRST: last = (SQLLEN)size; break;
    case SQL_FETCH_PRIOR: return 1;   /* rows before the current rowset are held */
    case SQL_FETCH_RELATIVE:
        if (off <= 0)
            return 1;
        last = (cur == 0 ? off : cur + off) + (SQLLEN)size - 1;
        break;
    case SQL_FETCH_ABSOLUTE:
        if (off < 0)
            return 0;   /* counted from the end: reads to the end */
        last = off == 0 ? 0 : off + (SQLLEN)size - 1;
        break;
    case SQL_FETCH_LAST: return 0;
    default: return 1;   /* an error at once */
    }
    return last <= (SQLLEN)s->sc_loaded;
}

/* The held batch and row of result row n (1 <= n <= sc_loaded). */
static void locate(const stmt *s, SQLULEN n, int *batch, int *row)
{
    int lo = 0, hi = s->nheld - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (s->sc_first[mid] <= n)
            lo = mid;
        else
            hi = mid - 1;
    }
    *batch = lo;
    *row = (int)(n - s->sc_first[lo]);
}

typedef struct target {
    SQLLEN start;        /* first row of the new rowset, 0 = before start, AFTER_END */
    int warn_01s06;      /* the request reached before row 1 and was moved to row 1 */
} target;

/* The rowset start for SQL_FETCH_ABSOLUTE off (negative: counted from the end). */
static SQLRETURN absolute(stmt *s, SQLLEN off, SQLULEN size, target *t)
{
    SQLRETURN rc;
    if (off == 0) {
        t->start = 0;
        return SQL_SUCCESS;
    }
    if (off > 0) {
        if ((rc = load_until(s, (SQLULEN)off)) != SQL_SUCCESS)
            return rc;
        t->start = (SQLULEN)off <= known_rows(s) ? off : AFTER_END;
        return SQL_SUCCESS;
    }
    if ((rc = load_until(s, SIZE_MAX)) != SQL_SUCCESS)
        return rc;
    SQLULEN n = known_rows(s), mag = (SQLULEN)(-(off + 1)) + 1;
    if (mag <= n)
        t->start = (SQLLEN)(n - mag + 1);
    else if (mag > size)
        t->start = 0;
    else {
        t->start = 1;
        t->warn_01s06 = 1;
    }
    return SQL_SUCCESS;
}

static SQLRETURN position(stmt *s, SQLSMALLINT orientation, SQLLEN off, SQLULEN size, target *t)
{
    SQLLEN cur = s->sc_start;
    SQLRETURN rc;
    memset(t, 0, sizeof *t);
    switch (orientation) {
    case SQL_FETCH_NEXT:
        if (cur == AFTER_END) {
            t->start = AFTER_END;
            return SQL_SUCCESS;
        }
        return absolute(s, cur == 0 ? 1 : cur + (SQLLEN)size, size, t);
    case SQL_FETCH_FIRST:
        return absolute(s, 1, size, t);
    case SQL_FETCH_LAST:
        if ((rc = load_until(s, SIZE_MAX)) != SQL_SUCCESS)
            return rc;
        t->start = known_rows(s) == 0 ? 0
                   : known_rows(s) <= size ? 1 : (SQLLEN)(known_rows(s) - size + 1);
        return SQL_SUCCESS;
    case SQL_FETCH_ABSOLUTE:
        return absolute(s, off, size, t);
    case SQL_FETCH_PRIOR:
        off = -(SQLLEN)size;   /* PRIOR is RELATIVE by minus one rowset */
        /* fall through */
    case SQL_FETCH_RELATIVE:
        if (cur == 0)
            return off > 0 ? absolute(s, off, size, t) : SQL_SUCCESS;
        if (cur == AFTER_END) {
            if (off >= 0) {
                t->start = AFTER_END;
                return SQL_SUCCESS;
            }
            if ((rc = load_until(s, SIZE_MAX)) != SQL_SUCCESS)
                return rc;
            if (orientation == SQL_FETCH_PRIOR && known_rows(s) < size) {
                t->start = known_rows(s) ? 1 : 0;
                t->warn_01s06 = t->start == 1;
                return SQL_SUCCESS;
            }
            return absolute(s, off, size, t);
        }
        if (cur + off < 1) {
            if (cur > 1 && (SQLULEN)(-off) <= size) {
                t->start = 1;
                t->warn_01s06 = 1;
            }
            return SQL_SUCCESS;   /* else before start */
        }
        return absolute(s, cur + off, size, t);
    case SQL_FETCH_BOOKMARK:
        return diag_post(&s->h.diag, "HYC00", "Bookmarks are not supported");
    default:
        return diag_post(&s->h.diag, "HY106", "Unknown fetch orientation %d", orientation);
    }
}

SQLRETURN stmt_scroll_fetch(stmt *s, SQLSMALLINT orientation, SQLLEN offset)
{
    SQLULEN size = s->ard->array_size ? s->ard->array_size : 1;
    target t;
    SQLRETURN rc = position(s, orientation, offset, size, &t);
    if (rc != SQL_SUCCESS) {
        if (atomic_exchange(&s->cancel_requested, 0))
            stmt_close_cursor(s, 0);   /* a cancelled read closes the cursor (see stmt_fetch) */
        return rc;
    }
    if (stmt_rowset_reserve(s, size) != SQL_SUCCESS)
        return SQL_ERROR;
    if (t.start > 0 && (rc = load_until(s, (SQLULEN)t.start + size - 1)) != SQL_SUCCESS)
        return rc;
    s->sc_start = t.start;
    s->rs_count = 0;
    s->pos_row = 1;
    s->have_row = 0;
    if (s->gd)
        memset(s->gd, 0, (size_t)s->gd_count * sizeof *s->gd);
    rowset_fill f = {0, 0, SQL_SUCCESS};
    for (SQLULEN i = 0; t.start > 0 && i < size && (SQLULEN)t.start + i <= known_rows(s); i++) {
        int b, r;
        locate(s, (SQLULEN)t.start + i, &b, &r);
        stmt_rowset_put(s, &f, b, &s->held[b], r);
    }
    if (f.fetched > 0 && t.warn_01s06)
        f.rc = diag_merge_rc(f.rc, diag_post(&s->h.diag, "01S06", NULL));
    return stmt_rowset_done(s, &f, size);
}

SQLULEN stmt_scroll_row_number(const stmt *s, SQLULEN pos)
{
    return s->sc_start > 0 ? (SQLULEN)s->sc_start + pos - 1 : 0;
}

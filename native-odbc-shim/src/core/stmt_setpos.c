/*
 * SQLSetPos on the forward-only, read-only cursor: SQL_POSITION picks the rowset row that
 * SQLGetData reads (SQL_GD_BLOCK), SQL_REFRESH converts rows of the current rowset into the
 * bound buffers again. Both need every row of the rowset in memory, so when a rowset spans
 * two or more fetch batches the earlier ones are held (not reused) until the next fetch.
 * Updates, deletes and inserts: HYC00, the source is read-only.
 */
#include "driver.h"

#include <stdlib.h>
#include <string.h>

void stmt_rowset_release(stmt *s)
{
    for (int i = 0; i < s->nheld; i++)
        jb_batch_free(&s->held[i]);
    s->nheld = 0;
    for (SQLULEN i = 0; i < s->rs_count; i++)
        if (s->rs_rows[i].batch >= 0)
            s->rs_rows[i].batch = -2;   /* gone: rowset_cell falls back to the current batch */
}

SQLRETURN stmt_rowset_hold(stmt *s)
{
    if (s->nheld == s->held_cap) {
        int cap = s->held_cap ? s->held_cap * 2 : 2;
        jb_batch *h = realloc(s->held, (size_t)cap * sizeof *h);
        if (!h)
            return diag_oom(&s->h.diag);
        s->held = h;
        s->held_cap = cap;
    }
    int idx = s->nheld++;
    s->held[idx] = s->batch;
    memset(&s->batch, 0, sizeof s->batch);   /* the next fetch makes a new buffer */
    for (SQLULEN i = 0; i < s->rs_count; i++)
        if (s->rs_rows[i].batch == -1)
            s->rs_rows[i].batch = idx;
    return SQL_SUCCESS;
}

void stmt_rowset_cell(stmt *s, SQLULEN pos, const jb_batch **b, int *row)
{
    if (pos >= 1 && pos <= s->rs_count && s->rs_rows[pos - 1].batch >= -1) {
        const rowset_row *r = &s->rs_rows[pos - 1];
        *b = r->batch >= 0 ? &s->held[r->batch] : &s->batch;
        *row = r->row;
        return;
    }
    *b = &s->batch;
    *row = s->batch_row;
}

SQLRETURN stmt_set_pos(stmt *s, SQLSETPOSIROW row, SQLUSMALLINT op, SQLUSMALLINT lock)
{
    diag_list *d = &s->h.diag;
    if (s->dae)
        return stmt_seq_error(s);
    if (s->state == STMT_ALLOCATED || s->state == STMT_PREPARED)
        return diag_post(d, "HY010", "The statement has not been executed");
    switch (op) {
    case SQL_POSITION: case SQL_REFRESH:
        break;
    case SQL_UPDATE: case SQL_DELETE: case SQL_ADD:
        return diag_post(d, "HYC00", "The data source is read-only: SQLSetPos can only position "
                                     "and refresh");
    default:
        return diag_post(d, "HY092", "Unknown SQLSetPos operation %u", op);
    }
    if (lock == SQL_LOCK_EXCLUSIVE || lock == SQL_LOCK_UNLOCK)
        return diag_post(d, "HYC00", "Row locks are not supported (SQL_LOCK_NO_CHANGE only)");
    if (lock != SQL_LOCK_NO_CHANGE)
        return diag_post(d, "HY092", "Unknown lock type %u", lock);
    if (s->state != STMT_CURSOR || s->rs_count == 0 || !s->have_row)
        return diag_post(d, "24000", "The cursor is not positioned on a rowset");
    if (row > s->rs_count)
        return diag_post(d, "HY107", "Row %lu is outside the rowset of %lu rows",
                         (unsigned long)row, (unsigned long)s->rs_count);
    if (op == SQL_POSITION) {
        if (row == 0)
            return diag_post(d, "HY109", "SQL_POSITION needs a row number from 1");
        s->pos_row = row;
        memset(s->gd, 0, (size_t)(s->gd_count ? s->gd_count : 1) * sizeof *s->gd);
        return SQL_SUCCESS;
    }
    /* SQL_REFRESH: the cursor is insensitive, so the rows are converted again as fetched */
    SQLRETURN rc = SQL_SUCCESS;
    SQLULEN first = row ? row : 1, last = row ? row : s->rs_count;
    for (SQLULEN p = first; p <= last; p++) {
        const jb_batch *b;
        int r;
        stmt_rowset_cell(s, p, &b, &r);
        SQLRETURN one = stmt_bind_row(s, p - 1, b, r);
        if (s->ird->array_status_ptr)
            s->ird->array_status_ptr[p - 1] = one == SQL_SUCCESS ? SQL_ROW_SUCCESS
                                              : one == SQL_SUCCESS_WITH_INFO ? SQL_ROW_SUCCESS_WITH_INFO
                                                                             : SQL_ROW_ERROR;
        rc = diag_merge_rc(rc, one);
    }
    s->pos_row = first;
    memset(s->gd, 0, (size_t)(s->gd_count ? s->gd_count : 1) * sizeof *s->gd);
    return rc;
}

/*
 * SQLBindCol, SQLFetch, SQLFetchScroll: a forward-only cursor over the columnar batches.
 * Rows are served from the batch in memory; the next batch is asked for when the current
 * one is used up. Bound columns are converted row by row into the application's arrays,
 * column-wise or row-wise, honouring the bind offset, row status and rows-fetched fields.
 */
#include "driver.h"
#include "sqltype.h"

#include <stdlib.h>
#include <string.h>

#define MIN_BATCH_ROWS 500

void stmt_cursor_reset(stmt *s)
{
    jb_batch_reset(&s->batch);
    s->batch_row = -1;
    s->have_row = 0;
    s->exhausted = 0;
    s->delivered = 0;
    stmt_rowset_release(s);
    s->rs_count = 0;
    s->pos_row = 1;
    if (s->gd)
        memset(s->gd, 0, (size_t)(s->gd_count ? s->gd_count : 1) * sizeof *s->gd);
    s->scroll = s->cursor_type == SQL_CURSOR_STATIC;
    s->sc_start = 0;
    s->sc_loaded = 0;
}

/* Asks the engine for the next batch (the current one is used up). */
static SQLRETURN load_batch(stmt *s)
{
    SQLULEN want = s->ard->array_size > MIN_BATCH_ROWS ? s->ard->array_size : MIN_BATCH_ROWS;
    if (want > 1000000)
        want = 1000000;
    /* rows of the rowset being fetched live in this batch: keep it for SQLSetPos */
    if (s->rs_count > 0 && s->batch.rows > 0 && stmt_rowset_hold(s) != SQL_SUCCESS)
        return SQL_ERROR;
    SQLRETURN rc = jb_batch_fetch(&s->h.diag, atomic_load(&s->java_id), (int)want, &s->batch);
    if (rc != SQL_SUCCESS) {
        dbc_note_failure(s->dbc, &s->h.diag);
        return rc;
    }
    /* a batch without rows ends the result even if END is missing: never spin */
    if (s->batch.end || s->batch.rows == 0)
        s->exhausted = 1;
    if (s->batch.rows > 0 && s->batch.ncols != s->ird->count)
        return diag_post(&s->h.diag, "HY000", "The engine sent %d columns, %d were described",
                         s->batch.ncols, s->ird->count);
    return SQL_SUCCESS;
}

static int max_rows_reached(const stmt *s)
{
    return s->max_rows && s->delivered >= s->max_rows;
}

/* Moves to the next row. SQL_SUCCESS: s->batch_row is valid; SQL_NO_DATA: no more rows. */
static SQLRETURN cursor_next(stmt *s)
{
    s->have_row = 0;
    if (max_rows_reached(s))
        return SQL_NO_DATA;
    s->batch_row++;
    while (s->batch_row >= s->batch.rows) {
        if (s->exhausted)
            return SQL_NO_DATA;
        SQLRETURN rc = load_batch(s);
        if (rc != SQL_SUCCESS)
            return rc;
        s->batch_row = 0;
    }
    s->have_row = 1;
    s->delivered++;
    if (s->gd)
        memset(s->gd, 0, (size_t)s->gd_count * sizeof *s->gd);
    return SQL_SUCCESS;
}

SQLRETURN stmt_prefetch(stmt *s)
{
    if (s->state != STMT_CURSOR)
        return SQL_SUCCESS;
    if (s->scroll)
        return stmt_scroll_prefetch(s);
    if (s->exhausted || max_rows_reached(s) || s->batch_row + 1 < s->batch.rows)
        return SQL_SUCCESS;
    SQLRETURN rc = load_batch(s);
    if (rc == SQL_SUCCESS)
        s->batch_row = -1;   /* the next fetch starts at its first row */
    return rc;
}

int stmt_fetch_is_local(const stmt *s, SQLSMALLINT orientation, SQLLEN offset, SQLULEN size)
{
    if (s->dae || s->state != STMT_CURSOR)
        return 1;   /* a sequence or cursor state error */
    if (s->scroll)
        return stmt_scroll_is_local(s, orientation, offset, size);
    if (orientation != SQL_FETCH_NEXT || s->exhausted || max_rows_reached(s))
        return 1;
    return s->batch.rows - 1 - s->batch_row >= (SQLLEN)size;
}

/* Reports a conversion outcome as a diagnostic for row/column. */
static void post_status(stmt *s, SQLRETURN rc, const cv_status *st, SQLLEN row, int col)
{
    if (rc != SQL_SUCCESS_WITH_INFO && rc != SQL_ERROR)
        return;
    const char *state = st->sqlstate[0] ? st->sqlstate : (rc == SQL_ERROR ? "HY000" : "01000");
    if (st->message[0])
        diag_post(&s->h.diag, state, "%s (column %d)", st->message, col);
    else
        diag_post(&s->h.diag, state, NULL);
    diag_set_position(&s->h.diag, row, col);
}

static SQLSMALLINT resolve_c_type(SQLSMALLINT c_type, const desc_rec *ird)
{
    return c_type == SQL_C_DEFAULT ? cv_default_c_type(ird->concise_type) : c_type;
}

SQLRETURN stmt_bind_row(stmt *s, SQLULEN i, const jb_batch *batch, int row)
{
    desc *ard = s->ard;
    SQLRETURN row_rc = SQL_SUCCESS;
    SQLLEN offset = ard->bind_offset_ptr ? *ard->bind_offset_ptr : 0;
    for (int c = 1; c <= ard->count && c <= s->ird->count; c++) {
        desc_rec *b = &ard->recs[c];
        if (!b->data_ptr && !b->indicator_ptr && !b->octet_length_ptr)
            continue;
        desc_rec *col = &s->ird->recs[c];
        SQLSMALLINT ct = resolve_c_type(b->concise_type, col);
        size_t elem = ard->bind_type != SQL_BIND_BY_COLUMN ? ard->bind_type : 0;
        size_t data_step = elem ? elem : (cv_c_type_size(ct) ? (size_t)cv_c_type_size(ct) : (size_t)b->octet_length);
        size_t len_step = elem ? elem : sizeof(SQLLEN);
        char *data = b->data_ptr ? (char *)b->data_ptr + offset + i * data_step : NULL;
        SQLLEN *ind = b->indicator_ptr ? (SQLLEN *)((char *)b->indicator_ptr + offset + i * len_step) : NULL;
        SQLLEN *olen = b->octet_length_ptr ? (SQLLEN *)((char *)b->octet_length_ptr + offset + i * len_step) : NULL;

        cv_status st;
        memset(&st, 0, sizeof st);
        SQLRETURN rc;
        int col0 = c - 1;
        if (jb_batch_is_null(batch, col0, row)) {
            rc = cv_null(ind, &st);
        } else {
            cv_value v;
            jb_batch_value(batch, col0, row, col->concise_type, &v);
            SQLLEN len = 0;
            rc = data ? cv_convert(&v, ct, data, b->octet_length, &len, NULL, &st) : SQL_SUCCESS;
            if (!data)
                len = (SQLLEN)v.len;
            if (rc != SQL_ERROR) {
                if (olen)
                    *olen = len;
                if (ind && ind != olen)
                    *ind = 0;
            }
        }
        post_status(s, rc, &st, (SQLLEN)i + 1, c);
        row_rc = diag_merge_rc(row_rc, rc);
    }
    return row_rc;
}

SQLRETURN stmt_rowset_reserve(stmt *s, SQLULEN size)
{
    if (size > s->rs_cap) {
        rowset_row *rr = realloc(s->rs_rows, size * sizeof *rr);
        if (!rr)
            return diag_oom(&s->h.diag);
        s->rs_rows = rr;
        s->rs_cap = size;
    }
    return SQL_SUCCESS;
}

void stmt_rowset_put(stmt *s, rowset_fill *f, int batch, const jb_batch *b, int row)
{
    SQLULEN i = f->fetched++;
    s->rs_rows[i].batch = batch;
    s->rs_rows[i].row = row;
    s->rs_count = i + 1;
    SQLRETURN r = s->retrieve_data == SQL_RD_OFF ? SQL_SUCCESS : stmt_bind_row(s, i, b, row);
    if (s->ird->array_status_ptr)
        s->ird->array_status_ptr[i] = r == SQL_SUCCESS ? SQL_ROW_SUCCESS
                                      : r == SQL_SUCCESS_WITH_INFO ? SQL_ROW_SUCCESS_WITH_INFO
                                                                  : SQL_ROW_ERROR;
    if (r == SQL_ERROR)
        f->errors++;
    else
        f->rc = diag_merge_rc(f->rc, r);
}

SQLRETURN stmt_rowset_done(stmt *s, const rowset_fill *f, SQLULEN size)
{
    desc *ird = s->ird;
    if (ird->rows_processed_ptr)
        *ird->rows_processed_ptr = f->fetched;
    if (ird->array_status_ptr)
        for (SQLULEN i = f->fetched; i < size; i++)
            ird->array_status_ptr[i] = SQL_ROW_NOROW;
    if (f->fetched == 0)
        return SQL_NO_DATA;
    /* looking past a short last rowset cleared the position: the rowset's rows stand */
    s->have_row = 1;
    if (f->errors)
        return (size == 1 || f->errors == (int)f->fetched) ? SQL_ERROR : SQL_SUCCESS_WITH_INFO;
    return f->rc;
}

SQLRETURN stmt_fetch(stmt *s)
{
    if (s->dae)
        return stmt_seq_error(s);
    if (s->state == STMT_ALLOCATED || s->state == STMT_PREPARED)
        return diag_post(&s->h.diag, "HY010", "The statement has not been executed");
    if (s->state != STMT_CURSOR)
        return diag_post(&s->h.diag, "24000", "The statement has no result set");
    if (s->scroll)
        return stmt_scroll_fetch(s, SQL_FETCH_NEXT, 0);
    SQLULEN size = s->ard->array_size ? s->ard->array_size : 1;
    rowset_fill f = {0, 0, SQL_SUCCESS};
    stmt_rowset_release(s);
    s->rs_count = 0;
    s->pos_row = 1;
    if (stmt_rowset_reserve(s, size) != SQL_SUCCESS)
        return SQL_ERROR;
    while (f.fetched < size) {
        SQLRETURN m = cursor_next(s);
        if (m == SQL_NO_DATA)
            break;
        if (m == SQL_ERROR) {
            /* cancelled from another thread: the driver manager now counts the cursor as
             * closed (its SQLCancel state table), so close it here too */
            if (atomic_exchange(&s->cancel_requested, 0)) {
                stmt_close_cursor(s, 0);
                return SQL_ERROR;
            }
            if (f.fetched == 0)
                return SQL_ERROR;
            f.rc = SQL_SUCCESS_WITH_INFO;   /* the rows before the failure stand */
            break;
        }
        stmt_rowset_put(s, &f, -1, &s->batch, s->batch_row);
    }
    return stmt_rowset_done(s, &f, size);
}

SQLRETURN stmt_fetch_scroll(stmt *s, SQLSMALLINT orientation, SQLLEN offset)
{
    if (orientation == SQL_FETCH_NEXT || s->state != STMT_CURSOR || s->dae)
        return stmt_fetch(s);   /* also gives the sequence and no-cursor errors */
    if (!s->scroll)
        return diag_post(&s->h.diag, "HY106", "The cursor is forward-only: only SQL_FETCH_NEXT "
                                             "is supported (set SQL_ATTR_CURSOR_TYPE to "
                                             "SQL_CURSOR_STATIC to scroll)");
    return stmt_scroll_fetch(s, orientation, offset);
}

SQLRETURN stmt_bind_col(stmt *s, SQLUSMALLINT col, SQLSMALLINT c_type, SQLPOINTER target,
                        SQLLEN buflen, SQLLEN *ind)
{
    diag_list *d = &s->h.diag;
    if (col == 0)
        return diag_post(d, "07009", "Bookmarks are not supported (column 0)");
    if (s->has_meta && col > s->ird->count && s->state == STMT_CURSOR)
        return diag_post(d, "07009", "Column %u does not exist (the result has %d)", col,
                         s->ird->count);
    if (buflen < 0)
        return diag_post(d, "HY090", NULL);
    if (s->dae)
        return stmt_seq_error(s);
    desc *ard = s->ard;
    if (!target && !ind) {   /* unbind one column */
        if (col <= ard->count) {
            desc_rec_clear(&ard->recs[col]);
            ard->recs[col].type = ard->recs[col].concise_type = SQL_C_DEFAULT;
            while (ard->count > 0 && !ard->recs[ard->count].data_ptr &&
                   !ard->recs[ard->count].indicator_ptr)
                ard->count--;
        }
        return SQL_SUCCESS;
    }
    if (!sqltype_is_c_type(c_type))
        return diag_post(d, "HY003", "Unknown C data type %d", c_type);
    desc_rec *r = desc_rec_at(ard, col);
    if (!r)
        return diag_oom(d);
    r->concise_type = c_type;
    r->type = sqltype_verbose(c_type);
    r->datetime_code = sqltype_datetime_code(c_type);
    r->octet_length = buflen;
    r->data_ptr = target;
    r->indicator_ptr = ind;
    r->octet_length_ptr = ind;
    if (col > ard->count)
        ard->count = (SQLSMALLINT)col;
    return SQL_SUCCESS;
}

/*
 * SQLGetData: any column, in any order, bound or not, of the current row (the whole
 * batch is in memory), in pieces for character and binary targets via a per-column
 * cv_cursor. With a block cursor it reads the rowset row SQLSetPos(SQL_POSITION) chose
 * (the first one after a fetch): SQL_GD_BLOCK.
 */
#include "driver.h"

#include <string.h>

SQLRETURN stmt_get_data(stmt *s, SQLUSMALLINT col, SQLSMALLINT c_type, SQLPOINTER target,
                        SQLLEN buflen, SQLLEN *ind)
{
    diag_list *d = &s->h.diag;
    if (s->dae)
        return stmt_seq_error(s);
    if (s->state == STMT_ALLOCATED || s->state == STMT_PREPARED)
        return diag_post(d, "HY010", "The statement has not been executed");
    if (s->state != STMT_CURSOR || !s->have_row)
        return diag_post(d, "24000", "The cursor is not positioned on a row");
    if (col == 0)
        return diag_post(d, "07009", "Bookmarks are not supported (column 0)");
    if (col > s->ird->count)
        return diag_post(d, "07009", "Column %u does not exist (the result has %d)", col,
                         s->ird->count);
    if (buflen < 0)
        return diag_post(d, "HY090", NULL);
    desc_rec *ird = &s->ird->recs[col];
    if (c_type == SQL_ARD_TYPE) {
        if (col > s->ard->count)
            return diag_post(d, "07009", "SQL_ARD_TYPE for a column with no ARD record");
        c_type = s->ard->recs[col].concise_type;
    }
    if (c_type == SQL_C_DEFAULT)
        c_type = cv_default_c_type(ird->concise_type);

    const jb_batch *b;
    int row;
    stmt_rowset_cell(s, s->pos_row, &b, &row);   /* the row SQLSetPos chose (SQL_GD_BLOCK) */
    cv_cursor *cur = &s->gd[col - 1];
    cv_status st;
    memset(&st, 0, sizeof st);
    SQLRETURN rc;
    if (jb_batch_is_null(b, col - 1, row)) {
        if (cur->done)
            return SQL_NO_DATA;
        rc = cv_null(ind, &st);
        if (rc != SQL_ERROR)
            cur->done = 1;
    } else {
        cv_value v;
        jb_batch_value(b, col - 1, row, ird->concise_type, &v);
        rc = cv_convert(&v, c_type, target, buflen, ind, cur, &st);
    }
    if (rc == SQL_SUCCESS_WITH_INFO || rc == SQL_ERROR) {
        const char *state = st.sqlstate[0] ? st.sqlstate : (rc == SQL_ERROR ? "HY000" : "01000");
        if (st.message[0])
            diag_post(d, state, "%s (column %u)", st.message, col);
        else
            diag_post(d, state, NULL);
        diag_set_position(d, SQL_ROW_NUMBER_UNKNOWN, col);
    }
    return rc;
}

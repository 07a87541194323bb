/*
 * The internal functions behind the exported SQLxxx entry points (src/api/). Each exported
 * function validates, locks, clears diagnostics and calls exactly one of these. Strings
 * come in as UTF-8; strings go out through a text_out, which knows whether the caller
 * wants char or SQLWCHAR, so each piece of logic exists once.
 */
#ifndef QUIRE_DRIVER_H
#define QUIRE_DRIVER_H

#include "handles.h"
#include "../util/outstr.h"

/* env.c */
SQLRETURN env_alloc(env **out);
SQLRETURN env_free(env *e);
SQLRETURN env_set_attr(env *e, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len);
SQLRETURN env_get_attr(env *e, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER buflen,
                       SQLINTEGER *len);
SQLRETURN env_end_tran(env *e, SQLSMALLINT completion);

/* dbc.c, dbc_connect.c */
SQLRETURN dbc_alloc(env *e, dbc **out);
SQLRETURN dbc_free(dbc *c);
SQLRETURN dbc_connect(dbc *c, const char *dsn, const char *uid, const char *pwd);
SQLRETURN dbc_driver_connect(dbc *c, const char *in, const text_out *out, SQLSMALLINT *out_len,
                             SQLUSMALLINT completion);
SQLRETURN dbc_disconnect(dbc *c);
SQLRETURN dbc_end_tran(dbc *c, SQLSMALLINT completion);
SQLRETURN dbc_browse_connect(dbc *c, const char *in, const text_out *out, SQLSMALLINT *out_len);
SQLRETURN dbc_native_sql(dbc *c, const char *sql, const text_out *out, SQLINTEGER *out_len);
/* Records a connection failure seen on any handle of c (SQL_ATTR_CONNECTION_DEAD). */
void dbc_note_failure(dbc *c, const diag_list *d);

/* dbc_attr.c */
SQLRETURN dbc_set_attr(dbc *c, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len, int wide);
SQLRETURN dbc_get_attr(dbc *c, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER buflen,
                       SQLINTEGER *len, int wide);

/* info.c, functions.c */
SQLRETURN dbc_get_info(dbc *c, SQLUSMALLINT type, SQLPOINTER value, SQLSMALLINT buflen,
                       SQLSMALLINT *len, int wide);
SQLRETURN dbc_get_functions(dbc *c, SQLUSMALLINT id, SQLUSMALLINT *supported);

/* stmt.c */
SQLRETURN stmt_alloc(dbc *c, stmt **out);
SQLRETURN stmt_free(stmt *s);
SQLRETURN stmt_prepare(stmt *s, const char *sql, SQLINTEGER len);
SQLRETURN stmt_execute(stmt *s);
SQLRETURN stmt_exec_direct(stmt *s, const char *sql, SQLINTEGER len);
SQLRETURN stmt_row_count(stmt *s, SQLLEN *count);
SQLRETURN stmt_more_results(stmt *s);
SQLRETURN stmt_free_stmt(stmt *s, SQLUSMALLINT option);
SQLRETURN stmt_close_cursor(stmt *s, int strict);
SQLRETURN stmt_cancel(stmt *s);
/* 1 (with HY008 posted) when SQLCancel arrived during the running call before Java had a
 * statement to cancel; clears the request. */
int stmt_cancelled(stmt *s);
/* After an execute that returned n (-1 = a result set): open the cursor or keep the count. */
SQLRETURN stmt_exec_result(stmt *s, int64_t n);
SQLRETURN stmt_open_cursor(stmt *s);
/* Runs a catalog function (Bridge.catalog) and opens its result set. */
SQLRETURN stmt_catalog(stmt *s, int function, const char *const *args, int nargs);

/* Forgets the result (or the preparation) of a call that SQLCancel came too late to stop:
 * unprepare drops the prepared statement too (SQLPrepare), else a prepared statement stays
 * prepared (SQLExecute) and any other is freed. */
void stmt_discard_result(stmt *s, int unprepare);

/* stmt_async.c: asynchronous execution, the polling method (SQL_ATTR_ASYNC_ENABLE). */
enum stmt_call_kind {
    CALL_PREPARE,             /* SQLPrepare */
    CALL_EXECUTE,             /* SQLExecute, SQLExecDirect, catalog functions: a new result */
    CALL_FETCH                /* SQLFetch, SQLFetchScroll, SQLExtendedFetch */
};
#define STMT_CALL_STRS 6
/* One call of a function that may run on a worker thread: the internal function to run and
 * its arguments. The strings are borrowed; an asynchronous run copies them first, so the
 * application's buffers are not read after the first call returns. */
typedef struct stmt_call {
    int function;             /* SQL_API_ id: later calls of it poll this one */
    int kind;                 /* enum stmt_call_kind */
    SQLRETURN (*run)(stmt *s, const struct stmt_call *c);
    const char *str[STMT_CALL_STRS];  /* UTF-8 arguments, NULL for a NULL pointer */
    SQLLEN num[3];            /* other arguments; fetches: orientation, offset */
    void *out[2];             /* deferred output buffers (SQLExtendedFetch's count, status) */
} stmt_call;
/* Entry of a function that may run asynchronously. 0 when the call is answered here, with
 * *rc: an invalid handle, a poll of the same function in flight (SQL_STILL_EXECUTING, or its
 * result once done), HY010 while another one is in flight. 1 with *out entered (locked,
 * diagnostics cleared) as stmt_enter does. */
int stmt_enter_async(SQLHSTMT h, int function, stmt **out, SQLRETURN *rc);
/* Runs c now, or starts it on a worker thread (SQL_STILL_EXECUTING) when the statement's
 * SQL_ATTR_ASYNC_ENABLE is on and the call needs the engine. */
SQLRETURN stmt_call_run(stmt *s, const stmt_call *c);
/* 1 (HY010 posted on the front list) when a call is in flight on s. Any lock or none. */
int stmt_async_refuse(stmt *s);
/* SQLCancel of a call in flight (no lock held): 1 when there was one. */
int stmt_async_cancel(stmt *s);
/* Before freeing s, with its connection locked exactly once by the caller: cancels a call in
 * flight, waits for its worker (releasing the connection lock meanwhile) and joins it. */
void stmt_async_abandon(stmt *s);
void stmt_async_init(stmt *s);
void stmt_async_destroy(stmt *s);
/* 1 when a statement of c has a call in flight (c locked). */
int dbc_async_running(const dbc *c);
/* SQLCancel of every call in flight on c's statements (no lock held): SQLDisconnect. */
void dbc_async_cancel_all(dbc *c);
/* SQLGetDiagRec/Field on a statement: locks what guards the records the application sees
 * (the front list of a call in flight, else the statement's own under the connection lock)
 * and returns them; *busy says which, for stmt_diag_leave. */
const diag_list *stmt_diag_enter(stmt *s, int *busy);
void stmt_diag_leave(stmt *s, int busy);

/* stmt_param.c, stmt_dae.c */
SQLRETURN stmt_bind_parameter(stmt *s, SQLUSMALLINT n, SQLSMALLINT io, SQLSMALLINT c_type,
                              SQLSMALLINT sql_type, SQLULEN size, SQLSMALLINT digits,
                              SQLPOINTER value, SQLLEN buflen, SQLLEN *ind);
SQLRETURN stmt_num_params(stmt *s, SQLSMALLINT *count);
SQLRETURN stmt_describe_param(stmt *s, SQLUSMALLINT n, SQLSMALLINT *type, SQLULEN *size,
                              SQLSMALLINT *digits, SQLSMALLINT *nullable);
/* Runs the prepared statement with its parameter sets, or starts data-at-execution
 * (SQL_NEED_DATA). direct: SQLExecDirect (the statement is not re-executable after). */
SQLRETURN stmt_exec_params(stmt *s, int direct);
SQLRETURN stmt_param_data(stmt *s, SQLPOINTER *token);
SQLRETURN stmt_put_data(stmt *s, SQLPOINTER data, SQLLEN len);
void stmt_dae_cancel(stmt *s);
/* HY010 for a call made while data-at-execution parameters are expected. */
SQLRETURN stmt_seq_error(stmt *s);

/* stmt_attr.c */
SQLRETURN stmt_set_attr(stmt *s, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len);
SQLRETURN stmt_get_attr(stmt *s, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER buflen,
                        SQLINTEGER *len);

/* stmt_describe.c, stmt_colattr.c */
SQLRETURN stmt_load_meta(stmt *s);
SQLRETURN stmt_num_result_cols(stmt *s, SQLSMALLINT *count);
SQLRETURN stmt_describe_col(stmt *s, SQLUSMALLINT col, const text_out *name, SQLSMALLINT *name_len,
                            SQLSMALLINT *type, SQLULEN *size, SQLSMALLINT *digits,
                            SQLSMALLINT *nullable);
/* One SQL_DESC_* / SQL_COLUMN_* field of an IRD record: 1 = string in *str, 0 = number in
 * *num, -1 = not a column attribute. */
int ird_field(const desc_rec *r, SQLUSMALLINT field, const char **str, SQLLEN *num);
SQLRETURN stmt_col_attribute(stmt *s, SQLUSMALLINT col, SQLUSMALLINT field, const text_out *str,
                             SQLSMALLINT *str_len, SQLLEN *num);

/* stmt_fetch.c, stmt_getdata.c */
SQLRETURN stmt_bind_col(stmt *s, SQLUSMALLINT col, SQLSMALLINT c_type, SQLPOINTER target,
                        SQLLEN buflen, SQLLEN *ind);
SQLRETURN stmt_fetch(stmt *s);
SQLRETURN stmt_fetch_scroll(stmt *s, SQLSMALLINT orientation, SQLLEN offset);
SQLRETURN stmt_get_data(stmt *s, SQLUSMALLINT col, SQLSMALLINT c_type, SQLPOINTER target,
                        SQLLEN buflen, SQLLEN *ind);
/* Forgets the current result set's rows (cursor close). */
void stmt_cursor_reset(stmt *s);
/* Reads the open result's first batch now (an asynchronous execute, so a lazy engine works
 * while the application polls); SQL_SUCCESS when there is nothing to read. */
SQLRETURN stmt_prefetch(stmt *s);
/* 1 when a fetch of `size` rows in that direction needs no engine call (the rows are in
 * memory, the result is known to be exhausted, or the call fails at once). */
int stmt_fetch_is_local(const stmt *s, SQLSMALLINT orientation, SQLLEN offset, SQLULEN size);
/* Filling a rowset row by row (stmt_fetch.c), for the forward-only and the static cursor. */
typedef struct rowset_fill {
    SQLULEN fetched;          /* rows put so far */
    int errors;               /* rows whose conversion failed */
    SQLRETURN rc;             /* merged outcome of the other rows */
} rowset_fill;
/* Room for size rows in stmt.rs_rows. */
SQLRETURN stmt_rowset_reserve(stmt *s, SQLULEN size);
/* The next rowset row: where it lives (batch index in held, -1 = current), its bound columns
 * converted, its row status. */
void stmt_rowset_put(stmt *s, rowset_fill *f, int batch, const jb_batch *b, int row);
/* Rows fetched and SQL_ROW_NOROW for the rest; SQL_NO_DATA for none, else the fetch's outcome. */
SQLRETURN stmt_rowset_done(stmt *s, const rowset_fill *f, SQLULEN size);
/* stmt_scroll.c: SQLFetch/SQLFetchScroll/SQLExtendedFetch on a static cursor. */
SQLRETURN stmt_scroll_fetch(stmt *s, SQLSMALLINT orientation, SQLLEN offset);
SQLRETURN stmt_scroll_prefetch(stmt *s);
int stmt_scroll_is_local(const stmt *s, SQLSMALLINT orientation, SQLLEN offset, SQLULEN size);
/* The 1-based result row of rowset row pos on a static cursor. */
SQLULEN stmt_scroll_row_number(const stmt *s, SQLULEN pos);

/* stmt_setpos.c, stmt_legacy.c */
/* Frees the batches the previous rowset spanned. */
void stmt_rowset_release(stmt *s);
/* Moves the current batch to the held ones (the rowset spans it). */
SQLRETURN stmt_rowset_hold(stmt *s);
/* The batch and row of rowset row pos (1-based), or of the current row. */
void stmt_rowset_cell(stmt *s, SQLULEN pos, const jb_batch **b, int *row);
/* Converts a row into the bound columns at rowset position i (stmt_fetch.c). */
SQLRETURN stmt_bind_row(stmt *s, SQLULEN i, const jb_batch *batch, int row);
SQLRETURN stmt_set_pos(stmt *s, SQLSETPOSIROW row, SQLUSMALLINT op, SQLUSMALLINT lock);
SQLRETURN stmt_extended_fetch(stmt *s, SQLUSMALLINT orientation, SQLLEN offset,
                              SQLULEN *row_count, SQLUSMALLINT *row_status);
SQLRETURN stmt_set_cursor_name(stmt *s, const char *name);
SQLRETURN stmt_get_cursor_name(stmt *s, const text_out *out, SQLSMALLINT *out_len);

/* desc.c, desc_field.c */
desc *desc_new(dbc *c, int kind, SQLSMALLINT alloc_type);
void desc_destroy(desc *d);
/* Record n (1-based; 0 = bookmark), growing the array; NULL when out of memory. */
desc_rec *desc_rec_at(desc *d, int n);
void desc_rec_clear(desc_rec *r);
/* Drops records above count (and their strings). */
void desc_truncate(desc *d, int count);
SQLRETURN desc_get_field(desc *d, SQLSMALLINT rec, SQLSMALLINT field, SQLPOINTER value,
                         SQLINTEGER buflen, SQLINTEGER *len, int wide);
SQLRETURN desc_set_field(desc *d, SQLSMALLINT rec, SQLSMALLINT field, SQLPOINTER value,
                         SQLINTEGER len, int wide);
SQLRETURN desc_set_rec(desc *d, SQLSMALLINT rec, SQLSMALLINT type, SQLSMALLINT subtype,
                       SQLLEN length, SQLSMALLINT precision, SQLSMALLINT scale, SQLPOINTER data,
                       SQLLEN *octlen_ptr, SQLLEN *ind_ptr);
/* SQLCopyDesc; both descriptors' connections are locked by the caller. */
SQLRETURN desc_copy(desc *src, desc *dst);
/* SQLAllocHandle(SQL_HANDLE_DESC) / SQLFreeHandle of an explicit descriptor. */
SQLRETURN desc_alloc_explicit(dbc *c, desc **out);
SQLRETURN desc_free_explicit(desc *d);
SQLRETURN desc_get_rec(desc *d, SQLSMALLINT rec, const text_out *name, SQLSMALLINT *name_len,
                       SQLSMALLINT *type, SQLSMALLINT *subtype, SQLLEN *length,
                       SQLSMALLINT *precision, SQLSMALLINT *scale, SQLSMALLINT *nullable);

/* diag_get.c (take no lock of their own: called with what guards d held). d: the records
 * to read, h's own or the front list of a statement call in flight (busy: the statement's
 * fields belong to its worker and are not read). */
SQLRETURN diag_get_rec(handle_hdr *h, const diag_list *d, SQLSMALLINT rec, SQLPOINTER state,
                       SQLINTEGER *native, const text_out *msg, SQLSMALLINT *msg_len, int wide);
SQLRETURN diag_get_field(handle_hdr *h, const diag_list *d, int busy, SQLSMALLINT rec,
                         SQLSMALLINT field, SQLPOINTER value, SQLSMALLINT buflen,
                         SQLSMALLINT *len, int wide);

#endif

/*
 * Statement attributes. The rowset attributes are views of descriptor header fields
 * (ROW_ARRAY_SIZE = ARD.ARRAY_SIZE, ROWS_FETCHED_PTR = IRD.ROWS_PROCESSED_PTR, ...), so
 * SQLFetch reads them in one place. The cursor is read-only: asking for more gives 01S02
 * (option value changed) or HYC00, never a silent pretence.
 */
#include "driver.h"

/* An application descriptor: this statement's implicit one (or SQL_NULL_HDESC for it), or
 * one the application allocated on the same connection. */
static SQLRETURN set_app_desc(stmt *s, desc **slot, desc *implicit, SQLPOINTER value)
{
    if (!value || value == implicit) {
        *slot = implicit;
        return SQL_SUCCESS;
    }
    if (handle_check(value, SQL_HANDLE_DESC) != SQL_SUCCESS)
        return diag_post(&s->h.diag, "HY024", "Not a descriptor handle");
    desc *d = value;
    if (d->alloc_type != SQL_DESC_ALLOC_USER)
        return diag_post(&s->h.diag, "HY017", "An implicitly allocated descriptor of another "
                                              "statement cannot be used");
    if (d->dbc != s->dbc)
        return diag_post(&s->h.diag, "HY024", "The descriptor belongs to another connection");
    *slot = d;
    return SQL_SUCCESS;
}

/* Forward-only or static; keyset-driven and dynamic become static (01S02). The type of an
 * open cursor cannot change. */
static SQLRETURN set_cursor_type(stmt *s, SQLULEN v)
{
    diag_list *d = &s->h.diag;
    SQLULEN want = v;
    if (v == SQL_CURSOR_KEYSET_DRIVEN || v == SQL_CURSOR_DYNAMIC)
        want = SQL_CURSOR_STATIC;
    else if (v != SQL_CURSOR_FORWARD_ONLY && v != SQL_CURSOR_STATIC)
        return diag_post(d, "HY024", "Unknown cursor type %lu", (unsigned long)v);
    if (want != s->cursor_type && s->state == STMT_CURSOR)
        return diag_post(d, "24000", "A cursor is open on this statement: close it before "
                                     "changing the cursor type");
    s->cursor_type = want;
    if (want != v)
        return diag_post(d, "01S02", "Keyset-driven and dynamic cursors are not supported; the "
                                     "cursor type is SQL_CURSOR_STATIC");
    return SQL_SUCCESS;
}

SQLRETURN stmt_set_attr(stmt *s, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER len)
{
    (void)len;
    diag_list *d = &s->h.diag;
    SQLULEN v = (SQLULEN)value;
    if (s->dae)
        return stmt_seq_error(s);
    switch (attr) {
    case SQL_ATTR_APP_ROW_DESC: return set_app_desc(s, &s->ard, s->imp_ard, value);
    case SQL_ATTR_APP_PARAM_DESC: return set_app_desc(s, &s->apd, s->imp_apd, value);
    case SQL_ATTR_IMP_ROW_DESC:
    case SQL_ATTR_IMP_PARAM_DESC:
        return diag_post(d, "HY017", "The implementation descriptors cannot be replaced");
    case SQL_ATTR_ROW_ARRAY_SIZE:
        if (v == 0)
            return diag_post(d, "HY024", "The rowset size must be at least 1");
        s->ard->array_size = v;
        return SQL_SUCCESS;
    case SQL_ROWSET_SIZE:   /* ODBC 2: the rowset of SQLExtendedFetch only */
        if (v == 0)
            return diag_post(d, "HY024", "The rowset size must be at least 1");
        s->rowset_size = v;
        return SQL_SUCCESS;
    case SQL_ATTR_ROWS_FETCHED_PTR: s->ird->rows_processed_ptr = value; return SQL_SUCCESS;
    case SQL_ATTR_ROW_STATUS_PTR: s->ird->array_status_ptr = value; return SQL_SUCCESS;
    case SQL_ATTR_ROW_BIND_TYPE: s->ard->bind_type = v; return SQL_SUCCESS;
    case SQL_ATTR_ROW_BIND_OFFSET_PTR: s->ard->bind_offset_ptr = value; return SQL_SUCCESS;
    case SQL_ATTR_ROW_OPERATION_PTR: s->ard->array_status_ptr = value; return SQL_SUCCESS;
    case SQL_ATTR_PARAM_BIND_TYPE: s->apd->bind_type = v; return SQL_SUCCESS;
    case SQL_ATTR_PARAM_BIND_OFFSET_PTR: s->apd->bind_offset_ptr = value; return SQL_SUCCESS;
    case SQL_ATTR_PARAM_OPERATION_PTR: s->apd->array_status_ptr = value; return SQL_SUCCESS;
    case SQL_ATTR_PARAM_STATUS_PTR: s->ipd->array_status_ptr = value; return SQL_SUCCESS;
    case SQL_ATTR_PARAMS_PROCESSED_PTR: s->ipd->rows_processed_ptr = value; return SQL_SUCCESS;
    case SQL_ATTR_PARAMSET_SIZE:
        if (v == 0)
            return diag_post(d, "HY024", "The parameter set size must be at least 1");
        s->apd->array_size = v;
        return SQL_SUCCESS;
    case SQL_ATTR_CURSOR_TYPE:
        return set_cursor_type(s, v);
    case SQL_ATTR_CONCURRENCY:
        if (v == SQL_CONCUR_READ_ONLY)
            return SQL_SUCCESS;
        return diag_post(d, "01S02", "The data source is read-only; concurrency stays "
                                     "SQL_CONCUR_READ_ONLY");
    case SQL_ATTR_CURSOR_SCROLLABLE:
        if (v != SQL_NONSCROLLABLE && v != SQL_SCROLLABLE)
            return diag_post(d, "HY024", NULL);
        /* scrollable means the static cursor; non-scrollable means forward-only */
        return set_cursor_type(s, v == SQL_SCROLLABLE ? SQL_CURSOR_STATIC
                                                      : SQL_CURSOR_FORWARD_ONLY);
    case SQL_ATTR_CURSOR_SENSITIVITY:
        if (v == SQL_UNSPECIFIED || v == SQL_INSENSITIVE) {
            s->cursor_sensitivity = v;
            return SQL_SUCCESS;
        }
        return diag_post(d, "HYC00", "Sensitive cursors are not supported (the static cursor "
                                     "is insensitive)");
    case SQL_ATTR_MAX_ROWS: s->max_rows = v; return SQL_SUCCESS;
    case SQL_ATTR_QUERY_TIMEOUT: s->query_timeout = v; return SQL_SUCCESS;
    case SQL_ATTR_NOSCAN:
        if (v != SQL_NOSCAN_ON && v != SQL_NOSCAN_OFF)
            return diag_post(d, "HY024", NULL);
        s->noscan = v;
        return SQL_SUCCESS;
    case SQL_ATTR_RETRIEVE_DATA:
        if (v != SQL_RD_ON && v != SQL_RD_OFF)
            return diag_post(d, "HY024", NULL);
        s->retrieve_data = v;
        return SQL_SUCCESS;
    case SQL_ATTR_MAX_LENGTH:
        if (v == 0)
            return SQL_SUCCESS;
        return diag_post(d, "01S02", "Long values are not cut short; SQL_ATTR_MAX_LENGTH stays 0");
    case SQL_ATTR_USE_BOOKMARKS:
        if (v == SQL_UB_OFF)
            return SQL_SUCCESS;
        return diag_post(d, "HYC00", "Bookmarks are not supported");
    case SQL_ATTR_ASYNC_ENABLE:   /* the polling method (stmt_async.c) */
        if (v != SQL_ASYNC_ENABLE_OFF && v != SQL_ASYNC_ENABLE_ON)
            return diag_post(d, "HY024", NULL);
        s->async_enable = v;
        return SQL_SUCCESS;
    case SQL_ATTR_ASYNC_STMT_EVENT:
    case SQL_ATTR_ASYNC_STMT_PCALLBACK:
    case SQL_ATTR_ASYNC_STMT_PCONTEXT:
        return diag_post(d, "HYC00", "Asynchronous notification (the ODBC 3.8 event method) is "
                                     "not supported: poll with SQL_ATTR_ASYNC_ENABLE instead");
    case SQL_ATTR_METADATA_ID:
        if (v == SQL_FALSE)
            return SQL_SUCCESS;
        return diag_post(d, "HYC00", "SQL_ATTR_METADATA_ID = SQL_TRUE is not supported");
    case SQL_ATTR_ENABLE_AUTO_IPD:
        if (v == SQL_FALSE)
            return SQL_SUCCESS;
        return diag_post(d, "HYC00", "Automatic IPD population is not supported");
    case SQL_ATTR_KEYSET_SIZE:
        if (v == 0)
            return SQL_SUCCESS;
        return diag_post(d, "HYC00", "Keyset cursors are not supported");
    case SQL_ATTR_SIMULATE_CURSOR:
    case SQL_ATTR_FETCH_BOOKMARK_PTR:
        return diag_post(d, "HYC00", "Attribute %d is not supported", (int)attr);
    case SQL_ATTR_ROW_NUMBER:
        return diag_post(d, "HY092", "SQL_ATTR_ROW_NUMBER is read-only");
    default:
        return diag_post(d, "HY092", "Unknown statement attribute %d", (int)attr);
    }
}

SQLRETURN stmt_get_attr(stmt *s, SQLINTEGER attr, SQLPOINTER value, SQLINTEGER buflen,
                        SQLINTEGER *len)
{
    (void)buflen;
    SQLULEN v;
    SQLPOINTER p;
    if (s->dae)
        return stmt_seq_error(s);
    switch (attr) {
    case SQL_ATTR_APP_ROW_DESC: p = s->ard; goto ptr;
    case SQL_ATTR_APP_PARAM_DESC: p = s->apd; goto ptr;
    case SQL_ATTR_IMP_ROW_DESC: p = s->ird; goto ptr;
    case SQL_ATTR_IMP_PARAM_DESC: p = s->ipd; goto ptr;
    case SQL_ATTR_ROWS_FETCHED_PTR: p = s->ird->rows_processed_ptr; goto ptr;
    case SQL_ATTR_ROW_STATUS_PTR: p = s->ird->array_status_ptr; goto ptr;
    case SQL_ATTR_ROW_BIND_OFFSET_PTR: p = s->ard->bind_offset_ptr; goto ptr;
    case SQL_ATTR_ROW_OPERATION_PTR: p = s->ard->array_status_ptr; goto ptr;
    case SQL_ATTR_PARAM_BIND_OFFSET_PTR: p = s->apd->bind_offset_ptr; goto ptr;
    case SQL_ATTR_PARAM_OPERATION_PTR: p = s->apd->array_status_ptr; goto ptr;
    case SQL_ATTR_PARAM_STATUS_PTR: p = s->ipd->array_status_ptr; goto ptr;
    case SQL_ATTR_PARAMS_PROCESSED_PTR: p = s->ipd->rows_processed_ptr; goto ptr;
    case SQL_ATTR_FETCH_BOOKMARK_PTR: p = NULL; goto ptr;
    case SQL_ATTR_ROW_ARRAY_SIZE: v = s->ard->array_size; break;
    case SQL_ROWSET_SIZE: v = s->rowset_size; break;
    case SQL_ATTR_ROW_BIND_TYPE: v = s->ard->bind_type; break;
    case SQL_ATTR_PARAM_BIND_TYPE: v = s->apd->bind_type; break;
    case SQL_ATTR_PARAMSET_SIZE: v = s->apd->array_size; break;
    case SQL_ATTR_CURSOR_TYPE: v = s->cursor_type; break;
    case SQL_ATTR_CONCURRENCY: v = SQL_CONCUR_READ_ONLY; break;
    case SQL_ATTR_CURSOR_SCROLLABLE:
        v = s->cursor_type == SQL_CURSOR_STATIC ? SQL_SCROLLABLE : SQL_NONSCROLLABLE;
        break;
    case SQL_ATTR_CURSOR_SENSITIVITY: v = s->cursor_sensitivity; break;
    case SQL_ATTR_MAX_ROWS: v = s->max_rows; break;
    case SQL_ATTR_QUERY_TIMEOUT: v = s->query_timeout; break;
    case SQL_ATTR_NOSCAN: v = s->noscan; break;
    case SQL_ATTR_RETRIEVE_DATA: v = s->retrieve_data; break;
    case SQL_ATTR_MAX_LENGTH: v = 0; break;
    case SQL_ATTR_USE_BOOKMARKS: v = SQL_UB_OFF; break;
    case SQL_ATTR_ASYNC_ENABLE: v = s->async_enable; break;
    case SQL_ATTR_METADATA_ID: v = SQL_FALSE; break;
    case SQL_ATTR_ENABLE_AUTO_IPD: v = SQL_FALSE; break;
    case SQL_ATTR_KEYSET_SIZE: v = 0; break;
    case SQL_ATTR_SIMULATE_CURSOR:
        return diag_post(&s->h.diag, "HYC00", "Positioned updates are not supported");
    case SQL_ATTR_ROW_NUMBER:
        if (s->state != STMT_CURSOR || !s->have_row)
            return diag_post(&s->h.diag, "24000", "The cursor is not positioned on a row");
        /* the row SQLSetPos chose within the current rowset */
        if (s->scroll)
            v = stmt_scroll_row_number(s, s->pos_row);
        else
            v = s->rs_count > 0 ? s->delivered - s->rs_count + s->pos_row : s->delivered;
        break;
    default:
        return diag_post(&s->h.diag, "HY092", "Unknown statement attribute %d", (int)attr);
    }
    if (value)
        *(SQLULEN *)value = v;
    if (len)
        *len = sizeof(SQLULEN);
    return SQL_SUCCESS;
ptr:
    if (value)
        *(SQLPOINTER *)value = p;
    if (len)
        *len = sizeof(SQLPOINTER);
    return SQL_SUCCESS;
}

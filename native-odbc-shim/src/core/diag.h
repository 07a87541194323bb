/*
 * Diagnostic records: every handle owns a diag_list, cleared at the start of each ODBC
 * call (except the diagnostic functions themselves). Records keep the ODBC 3 SQLSTATE;
 * the ODBC 2 code is chosen when the application reads them (diag_get.c).
 */
#ifndef QUIRE_DIAG_H
#define QUIRE_DIAG_H

#include <stddef.h>

#include "quire_odbc.h"

typedef struct diag_rec {
    char state[6];          /* ODBC 3 SQLSTATE */
    SQLINTEGER native;
    char *message;          /* UTF-8, already prefixed */
    SQLLEN row_number;      /* SQL_NO_ROW_NUMBER unless a row caused it */
    SQLINTEGER column_number; /* SQL_NO_COLUMN_NUMBER unless a column caused it */
} diag_rec;

typedef struct diag_list {
    diag_rec *recs;
    int count;
    int cap;
    SQLRETURN retcode;      /* return code of the last call (SQL_DIAG_RETURNCODE) */
} diag_list;

/* One entry of the SQLSTATE table (diag_states.c). */
typedef struct diag_state {
    const char *odbc3;
    const char *odbc2;
    const char *text;       /* standard text, used when the caller gives no message */
    int odbc_subclass;      /* 1: SUBCLASS_ORIGIN is "ODBC 3.0", 0: "ISO 9075" */
} diag_state;

const diag_state *diag_state_find(const char *odbc3);
/* The code to show an application that asked for odbc_version (SQL_OV_ODBC2/3/3_80). */
const char *diag_state_code(const char *odbc3, SQLINTEGER odbc_version);
/* "ISO 9075" or "ODBC 3.0" */
const char *diag_class_origin(const char *odbc3);
const char *diag_subclass_origin(const char *odbc3);

void diag_clear(diag_list *d);
void diag_free(diag_list *d);

/* Adds a record; message is printf-style and may be NULL (then the standard text).
 * Returns SQL_SUCCESS_WITH_INFO for class 01 states, SQL_ERROR otherwise, so callers
 * can write `return diag_post(...)`. */
SQLRETURN diag_post(diag_list *d, const char *state, const char *fmt, ...)
#if defined(__GNUC__)
    QUIRE_PRINTF(3, 4)
#endif
    ;
/* Same with a native code and a message taken verbatim (from Java). */
SQLRETURN diag_post_native(diag_list *d, const char *state, SQLINTEGER native,
                           const char *msg, size_t msg_len);
/* Sets row and column of the last record (fetch and conversion errors). */
void diag_set_position(diag_list *d, SQLLEN row, SQLINTEGER column);
/* Copies every record of src to the end of dst (errors found on a child handle). */
void diag_copy(diag_list *dst, const diag_list *src);

SQLRETURN diag_oom(diag_list *d);

/* Combines two return codes of steps of one call: error wins over info over success. */
SQLRETURN diag_merge_rc(SQLRETURN a, SQLRETURN b);

#endif

/*
 * A fetched batch (docs/bridge.md, "fetch batch format") decoded in place: one direct
 * ByteBuffer per statement over a malloc'ed block, reused for every fetch and grown when
 * Java says a row does not fit. No JNI types here so src/core can embed it.
 */
#ifndef QUIRE_BATCH_H
#define QUIRE_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "quire_odbc.h"
#include "../core/diag.h"
#include "../convert/convert.h"

typedef struct jb_column {
    int kind;                       /* enum qw_kind */
    const unsigned char *nulls;     /* bitmap, bit set = NULL */
    const unsigned char *fixed;     /* I64/F64: rows * 8 bytes */
    const unsigned char *offsets;   /* UTF8/BYTES: int32[rows + 1] */
    const char *data;               /* UTF8/BYTES payload */
} jb_column;

typedef struct jb_batch {
    unsigned char *mem;             /* backing block of the direct buffer */
    size_t cap;
    void *jbuf;                     /* global ref to the java.nio.ByteBuffer */
    int rows;
    int end;                        /* the END flag of the last batch */
    int ncols;
    jb_column *cols;
} jb_batch;

/* Fetches the next batch of at most max_rows rows for a Java statement into b,
 * growing the buffer when needed, and decodes it. */
SQLRETURN jb_batch_fetch(diag_list *d, int64_t stmt_id, int max_rows, jb_batch *b);
/* Forgets the decoded rows but keeps the buffer for the next result. */
void jb_batch_reset(jb_batch *b);
/* Releases the buffer and its global ref. */
void jb_batch_free(jb_batch *b);

int jb_batch_is_null(const jb_batch *b, int col, int row);
/* Fills v (sql_type given by the caller from the IRD) for a non-NULL cell. */
void jb_batch_value(const jb_batch *b, int col, int row, SQLSMALLINT sql_type, cv_value *v);

#endif

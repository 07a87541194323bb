/*
 * Encoding of input parameter values (C data the application bound with SQLBindParameter or
 * sent with SQLPutData) into the parameter block of Bridge.execute (docs/bridge.md,
 * "Parameters"). Rules follow the ODBC appendix D "Converting Data from C to SQL Data
 * Types"; values the engine can convert itself travel as text, datetime values as
 * days/microseconds so no format is guessed twice. No JVM and no handles here, so the
 * encoder is unit-tested on its own (test/test_param_encode.c).
 */
#ifndef QUIRE_PARAM_ENCODE_H
#define QUIRE_PARAM_ENCODE_H

#include "convert.h"

/* Wire kinds of a parameter value (QW_I64 ... QW_BYTES from convert.h, plus NULL). */
enum { PE_NULL = 0 };

/* The growing parameter block: int32 count, then the values. */
typedef struct pe_buf {
    unsigned char *p;
    size_t len, cap;
    int oom;                /* an allocation failed: the block is unusable */
} pe_buf;

/* Starts a block of count parameters. */
void pe_init(pe_buf *b, int count);
void pe_free(pe_buf *b);

/* One non-NULL value. len is the byte length of variable-length data (SQL_C_CHAR,
 * SQL_C_WCHAR, SQL_C_BINARY) with SQL_NTS already resolved; fixed-size types ignore it. */
typedef struct pe_value {
    SQLSMALLINT c_type;     /* resolved: never SQL_C_DEFAULT */
    SQLSMALLINT sql_type;   /* the ParameterType of SQLBindParameter */
    const void *data;
    SQLLEN len;
} pe_value;

void pe_put_null(pe_buf *b, SQLSMALLINT sql_type);
/* Appends v; on SQL_ERROR (07006, 22003, 22008, 22018, HY003 in st) nothing is appended. */
SQLRETURN pe_put_value(pe_buf *b, const pe_value *v, cv_status *st);

/* Decimal text of an SQL_NUMERIC_STRUCT (its own sign and scale) into buf (at least 48
 * bytes); returns the length. */
size_t pe_numeric_text(const SQL_NUMERIC_STRUCT *n, char *buf);

#endif

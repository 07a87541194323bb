/*
 * Conversion of one result value (as decoded from a fetch batch, see docs/bridge.md) into
 * the C type an application asked for in SQLGetData or SQLBindCol.
 * One file per C target family under src/convert/; this header is their only interface.
 * Rules follow the ODBC appendix D "Converting Data from SQL to C Data Types".
 */
#ifndef QUIRE_CONVERT_H
#define QUIRE_CONVERT_H

#include <stddef.h>
#include <stdint.h>
#ifdef _WIN32
#include <windows.h>   /* the Windows ODBC headers need its types */
#endif
#include <sql.h>
#include <sqlext.h>

/* How a value travels in a batch (docs/bridge.md, wireKind). */
enum qw_kind { QW_I64 = 1, QW_F64 = 2, QW_UTF8 = 3, QW_BYTES = 4 };

/* One non-NULL source value. For QW_I64 the meaning depends on sql_type:
 * integers as is, SQL_BIT 0/1, SQL_TYPE_DATE days since 1970-01-01, SQL_TYPE_TIME
 * microseconds since midnight, SQL_TYPE_TIMESTAMP wall-clock microseconds since
 * 1970-01-01T00:00. QW_UTF8 carries text (and DECIMAL/NUMERIC as decimal text). */
typedef struct cv_value {
    SQLSMALLINT sql_type;   /* ODBC SQL type of the column (SQL_WVARCHAR, SQL_BIGINT, ...) */
    int kind;               /* enum qw_kind */
    int64_t i64;
    double f64;
    const char *data;       /* QW_UTF8 / QW_BYTES: not NUL-terminated */
    size_t len;             /* bytes */
} cv_value;

/* The outcome of a conversion besides its SQLRETURN: the SQLSTATE to report (empty when
 * none) and a short message. SQL_SUCCESS_WITH_INFO carries 01004 / 01S07; SQL_ERROR carries
 * 22003, 22018, 22007, 07006, 22002, HY003... */
typedef struct cv_status {
    char sqlstate[6];
    char message[160];
} cv_status;

/* Per-column state for piecewise SQLGetData: how much of a char/wchar/binary value the
 * application has already received, and whether the value was completely returned. */
typedef struct cv_cursor {
    size_t offset;      /* bytes of the *target* representation already returned */
    int done;           /* 1 after the last piece was returned: next call gives SQL_NO_DATA */
} cv_cursor;

/*
 * Converts v into c_type at target (buflen bytes). ind receives the length or indicator as
 * ODBC specifies (may be NULL). cur is NULL for SQLBindCol (no piecewise retrieval: a long
 * value is truncated with 01004) and non-NULL for SQLGetData. SQL_C_DEFAULT is resolved by
 * cv_default_c_type(). Returns SQL_SUCCESS, SQL_SUCCESS_WITH_INFO, SQL_NO_DATA (cur->done was
 * already set) or SQL_ERROR, with st filled for the last two-but-one cases.
 */
SQLRETURN cv_convert(const cv_value *v, SQLSMALLINT c_type, SQLPOINTER target, SQLLEN buflen,
                     SQLLEN *ind, cv_cursor *cur, cv_status *st);

/* A NULL source value: writes SQL_NULL_DATA to ind, or fails with 22002 when ind is NULL. */
SQLRETURN cv_null(SQLLEN *ind, cv_status *st);

/* The C type SQL_C_DEFAULT means for an SQL type (appendix D). */
SQLSMALLINT cv_default_c_type(SQLSMALLINT sql_type);

/* Fixed size of a C type's buffer (SQL_C_LONG -> 4, ...), 0 for variable-length types. */
SQLLEN cv_c_type_size(SQLSMALLINT c_type);

#endif

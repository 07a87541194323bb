/*
 * Internal helpers shared by the src/convert/ files. Not part of the shim's interface
 * (convert.h is), except cv_to_numeric_ps() which the shim may use when the application
 * set SQL_DESC_PRECISION / SQL_DESC_SCALE in the ARD (SQL_ARD_TYPE).
 */
#ifndef QUIRE_CV_INTERNAL_H
#define QUIRE_CV_INTERNAL_H

#include "convert.h"

/* ---- status ---------------------------------------------------------------------------- */
void cv_clear(cv_status *st);
SQLRETURN cv_fail(cv_status *st, const char *sqlstate, const char *message);  /* SQL_ERROR */
SQLRETURN cv_info(cv_status *st, const char *sqlstate, const char *message);  /* SQL_SUCCESS_WITH_INFO */

#define CV_MSG_07006 "Restricted data type attribute violation: conversion not supported"
#define CV_MSG_22003 "Numeric value out of range"
#define CV_MSG_22018 "Invalid character value for cast specification"
#define CV_MSG_22007 "Invalid datetime format"
#define CV_MSG_01S07 "Fractional truncation"
#define CV_MSG_01004 "String data, right truncated"

/* ---- source classification (appendix D rows) -------------------------------------------- */
enum cv_class {
    CL_CHAR = 1,    /* character text (QW_UTF8) */
    CL_EXACT,       /* TINYINT..BIGINT as QW_I64 */
    CL_DECIMAL,     /* DECIMAL/NUMERIC as decimal text (QW_UTF8) */
    CL_APPROX,      /* REAL/FLOAT/DOUBLE as QW_F64 */
    CL_BIT,         /* QW_I64 0/1 */
    CL_BINARY,      /* QW_BYTES */
    CL_DATE,        /* QW_I64 days since 1970-01-01 */
    CL_TIME,        /* QW_I64 microseconds since midnight */
    CL_TIMESTAMP,   /* QW_I64 wall-clock microseconds since 1970-01-01T00:00 */
    CL_GUID         /* text xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (QW_UTF8) */
};
/* The class of a value from its SQL type; when the wire kind does not fit the SQL type the
 * kind decides (I64 -> exact, F64 -> approx, UTF8 -> char, BYTES -> binary). */
int cv_classify(const cv_value *v);

/* ---- decimal numbers -------------------------------------------------------------------- */
#define CV_DEC_MAX 64
typedef struct cv_dec {
    int neg;            /* sign (also for zero: "-0" keeps neg, harmless) */
    int special;        /* 0 finite, 1 infinity, 2 NaN */
    int nd;             /* significant digits in dig (no leading / trailing zeros) */
    int exp10;          /* value = dig as an integer * 10^exp10 */
    int lost;           /* non-zero digits beyond CV_DEC_MAX were dropped (below dig) */
    char dig[CV_DEC_MAX];   /* digit values 0..9 */
} cv_dec;

/* Parses a numeric literal (surrounding blanks allowed; sign, digits, '.', exponent; also
 * inf/infinity/nan case-insensitive). Returns 0, or -1 when s is not a numeric literal. */
int cv_dec_parse(const char *s, size_t len, cv_dec *d);
void cv_dec_from_i64(int64_t v, cv_dec *d);
void cv_dec_from_f64(double v, int single, cv_dec *d);
/* The numeric value of a source as a decimal: numeric classes and character text (22018 when
 * the text is not a numeric literal). Other classes: 07006. */
SQLRETURN cv_source_dec(const cv_value *v, int cls, cv_dec *d, cv_status *st);
/* Integer part of d: 0 ok (*neg, *mag), -1 out of range of uint64 magnitude; *frac set when
 * a non-zero fraction was dropped. */
int cv_dec_to_int(const cv_dec *d, int *neg, uint64_t *mag, int *frac);
/* d as a double (single: rounded as a float). Returns -1 when out of range. */
int cv_dec_to_double(const cv_dec *d, int single, double *out);

/* ---- formatting ------------------------------------------------------------------------- */
/* Decimal text of v into buf (at least 21 bytes), returns its length, NUL-terminated. */
size_t cv_fmt_i64(int64_t v, char *buf);
/* Shortest round-trip text of v (single: as a float) into buf (at least 32 bytes); "NaN",
 * "Infinity", "-Infinity" for the specials; '.' as the decimal point whatever the locale. */
size_t cv_fmt_f64(double v, int single, char *buf);

/* ---- dates ------------------------------------------------------------------------------ */
int64_t cv_days_from_civil(int64_t y, int m, int d);
void cv_civil_from_days(int64_t z, int64_t *y, int *m, int *d);
int cv_days_in_month(int64_t y, int m);
int64_t cv_floor_div(int64_t a, int64_t b);
int64_t cv_today_days(void);   /* current date (UTC, from time()) as days since 1970-01-01 */

typedef struct cv_dt {
    int has_date, has_time;
    int64_t year;
    int month, day, hour, minute, second;
    uint32_t nanos;     /* fraction of a second in nanoseconds */
    int frac_lost;      /* non-zero digits beyond nanoseconds were dropped */
} cv_dt;
/* Parses date, time or timestamp text, plain or as an ODBC escape. 0 ok, -1 invalid. */
int cv_dt_parse(const char *s, size_t len, cv_dt *dt);
/* The broken-down value of a DATE / TIME / TIMESTAMP source (I64). */
void cv_dt_from_value(const cv_value *v, int cls, cv_dt *dt);

/* ---- textual form of any value (for SQL_C_CHAR / SQL_C_WCHAR) ---------------------------- */
typedef struct cv_text {
    const char *p;              /* the text (UTF-8) when hex == NULL */
    const unsigned char *hex;   /* when non-NULL the text is the upper-case hex of hex[0..len/2) */
    size_t len;                 /* bytes of text (all ASCII when hex != NULL) */
    size_t essential;           /* characters that must fit entirely on the first piece (22003) */
    char buf[64];
} cv_text;
SQLRETURN cv_source_text(const cv_value *v, int cls, cv_text *t, cv_status *st);
/* Copies n bytes of text starting at byte off. */
void cv_text_copy(const cv_text *t, size_t off, size_t n, char *out);

/* ---- GUID text ---------------------------------------------------------------------------- */
int cv_guid_parse(const char *s, size_t len, SQLGUID *g);

/* ---- per-target conversions (dispatched by convert.c; c_type already resolved) ----------- */
SQLRETURN cv_to_char(const cv_value *v, int cls, SQLPOINTER target, SQLLEN buflen,
                     SQLLEN *ind, cv_cursor *cur, cv_status *st);
SQLRETURN cv_to_wchar(const cv_value *v, int cls, SQLPOINTER target, SQLLEN buflen,
                      SQLLEN *ind, cv_cursor *cur, cv_status *st);
SQLRETURN cv_to_binary(const cv_value *v, int cls, SQLPOINTER target, SQLLEN buflen,
                       SQLLEN *ind, cv_cursor *cur, cv_status *st);
/* Fixed-size targets: target is non-NULL and large enough. */
SQLRETURN cv_to_integer(const cv_value *v, int cls, SQLSMALLINT c_type, SQLPOINTER target,
                        cv_status *st);
SQLRETURN cv_to_float(const cv_value *v, int cls, SQLSMALLINT c_type, SQLPOINTER target,
                      cv_status *st);
SQLRETURN cv_to_bit(const cv_value *v, int cls, SQLPOINTER target, cv_status *st);
SQLRETURN cv_to_numeric(const cv_value *v, int cls, SQLPOINTER target, cv_status *st);
SQLRETURN cv_to_datetime(const cv_value *v, int cls, SQLSMALLINT c_type, SQLPOINTER target,
                         cv_status *st);
SQLRETURN cv_to_guid(const cv_value *v, int cls, SQLPOINTER target, cv_status *st);

/* SQL_C_NUMERIC with an explicit precision (1..38) and scale (may be negative). */
SQLRETURN cv_to_numeric_ps(const cv_value *v, int precision, int scale,
                           SQL_NUMERIC_STRUCT *out, cv_status *st);

#endif

/* Parameter values to the execute() wire format; see param_encode.h. */
#include "param_encode.h"
#include "cv_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "platform/platform.h"
#include "util/utf.h"

#define MICROS_PER_DAY 86400000000LL

/* ---- the block ---------------------------------------------------------------------- */

static void reserve(pe_buf *b, size_t more)
{
    if (b->oom || b->len + more <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + more)
        cap *= 2;
    unsigned char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = 1;
        return;
    }
    b->p = p;
    b->cap = cap;
}

static void put32(pe_buf *b, int32_t v)
{
    reserve(b, 4);
    if (!b->oom) {
        memcpy(b->p + b->len, &v, 4);   /* little-endian hosts only, like batch.c */
        b->len += 4;
    }
}

static void put_raw(pe_buf *b, const void *p, size_t n)
{
    reserve(b, n);
    if (!b->oom && n) {
        memcpy(b->p + b->len, p, n);
        b->len += n;
    }
}

void pe_init(pe_buf *b, int count)
{
    memset(b, 0, sizeof *b);
    put32(b, count);
}

void pe_free(pe_buf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

void pe_put_null(pe_buf *b, SQLSMALLINT sql_type)
{
    put32(b, sql_type);
    put32(b, PE_NULL);
}

static SQLRETURN put_i64(pe_buf *b, SQLSMALLINT t, int64_t v)
{
    put32(b, t);
    put32(b, QW_I64);
    put_raw(b, &v, 8);
    return SQL_SUCCESS;
}

static SQLRETURN put_f64(pe_buf *b, SQLSMALLINT t, double v)
{
    put32(b, t);
    put32(b, QW_F64);
    put_raw(b, &v, 8);
    return SQL_SUCCESS;
}

static SQLRETURN put_var(pe_buf *b, SQLSMALLINT t, int kind, const void *p, size_t n)
{
    put32(b, t);
    put32(b, kind);
    put32(b, (int32_t)n);
    put_raw(b, p, n);
    return SQL_SUCCESS;
}

static SQLRETURN put_text(pe_buf *b, SQLSMALLINT t, const char *s, size_t n)
{
    return put_var(b, t, QW_UTF8, s, n);
}

/* ---- SQL type families ---------------------------------------------------------------- */

enum fam { F_CHAR, F_BINARY, F_EXACT, F_APPROX, F_DECIMAL, F_BIT, F_DATE, F_TIME, F_TS, F_GUID, F_OTHER };

static int family(SQLSMALLINT t)
{
    switch (t) {
    case SQL_CHAR: case SQL_VARCHAR: case SQL_LONGVARCHAR:
    case SQL_WCHAR: case SQL_WVARCHAR: case SQL_WLONGVARCHAR: return F_CHAR;
    case SQL_BINARY: case SQL_VARBINARY: case SQL_LONGVARBINARY: return F_BINARY;
    case SQL_TINYINT: case SQL_SMALLINT: case SQL_INTEGER: case SQL_BIGINT: return F_EXACT;
    case SQL_REAL: case SQL_FLOAT: case SQL_DOUBLE: return F_APPROX;
    case SQL_DECIMAL: case SQL_NUMERIC: return F_DECIMAL;
    case SQL_BIT: return F_BIT;
    case SQL_TYPE_DATE: case SQL_DATE: return F_DATE;
    case SQL_TYPE_TIME: case SQL_TIME: return F_TIME;
    case SQL_TYPE_TIMESTAMP: case SQL_TIMESTAMP: return F_TS;
    case SQL_GUID: return F_GUID;
    default: return F_OTHER;
    }
}

static SQLRETURN unsupported(cv_status *st)
{
    return cv_fail(st, "07006", "Restricted data type attribute violation: this C type cannot "
                                "be sent as that SQL type");
}

/* ---- datetime ------------------------------------------------------------------------ */

static int valid_date(int64_t y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= cv_days_in_month(y, m);
}

static int valid_time(int h, int mi, int s)
{
    return h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60;
}

static int64_t tod_micros(int h, int mi, int s, uint32_t nanos)
{
    return ((int64_t)h * 3600 + mi * 60 + s) * 1000000LL + nanos / 1000;
}

/* A broken-down datetime to the wire for a DATE / TIME / TIMESTAMP parameter. */
static SQLRETURN put_dt(pe_buf *b, SQLSMALLINT t, int fam, const cv_dt *dt, cv_status *st)
{
    int64_t days = dt->has_date ? cv_days_from_civil(dt->year, dt->month, dt->day) : cv_today_days();
    int64_t tod = dt->has_time ? tod_micros(dt->hour, dt->minute, dt->second, dt->nanos) : 0;
    switch (fam) {
    case F_DATE:
        if (!dt->has_date)
            return unsupported(st);
        if (tod != 0 || dt->nanos)
            return cv_fail(st, "22008", "Datetime field overflow: the time part of the value "
                                        "does not fit a DATE parameter");
        return put_i64(b, t, days);
    case F_TIME:
        if (!dt->has_time)
            return unsupported(st);
        if (dt->nanos)
            return cv_fail(st, "22008", "Datetime field overflow: a TIME parameter has no "
                                        "fractional seconds");
        return put_i64(b, t, tod);
    default:
        return put_i64(b, t, days * MICROS_PER_DAY + tod);
    }
}

static SQLRETURN dt_text(pe_buf *b, SQLSMALLINT t, const cv_dt *dt)
{
    char buf[64];
    int n;
    if (dt->has_date && dt->has_time)
        n = snprintf(buf, sizeof buf, "%04lld-%02d-%02d %02d:%02d:%02d", (long long)dt->year,
                     dt->month, dt->day, dt->hour, dt->minute, dt->second);
    else if (dt->has_date)
        n = snprintf(buf, sizeof buf, "%04lld-%02d-%02d", (long long)dt->year, dt->month, dt->day);
    else
        n = snprintf(buf, sizeof buf, "%02d:%02d:%02d", dt->hour, dt->minute, dt->second);
    if (dt->has_time && dt->nanos) {
        n += snprintf(buf + n, sizeof buf - (size_t)n, ".%09u", dt->nanos);
        while (buf[n - 1] == '0')
            n--;
    }
    return put_text(b, t, buf, (size_t)n);
}

/* ---- per C type ------------------------------------------------------------------------ */

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Character data (UTF-8): the engine converts text to numbers; dates are parsed here (the
 * ODBC escape forms too) and binary columns take hex digits, as appendix D says. */
static SQLRETURN from_text(pe_buf *b, SQLSMALLINT t, const char *s, size_t n, cv_status *st)
{
    int fam = family(t);
    if (fam == F_DATE || fam == F_TIME || fam == F_TS) {
        cv_dt dt;
        if (cv_dt_parse(s, n, &dt) != 0)
            return cv_fail(st, "22018", "Invalid character value for cast specification: not a "
                                        "date, time or timestamp literal");
        return put_dt(b, t, fam, &dt, st);
    }
    if (fam == F_BINARY) {
        if (n % 2)
            return cv_fail(st, "22018", "Binary parameter text needs an even number of hex digits");
        unsigned char *out = malloc(n / 2 + 1);
        if (!out)
            return cv_fail(st, "HY001", "Memory allocation error");
        for (size_t i = 0; i < n / 2; i++) {
            int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);
            if (hi < 0 || lo < 0) {
                free(out);
                return cv_fail(st, "22018", "Binary parameter text is not hexadecimal");
            }
            out[i] = (unsigned char)(hi * 16 + lo);
        }
        put_var(b, t, QW_BYTES, out, n / 2);
        free(out);
        return SQL_SUCCESS;
    }
    return put_text(b, t, s, n);
}

static SQLRETURN from_wchar(pe_buf *b, SQLSMALLINT t, const SQLWCHAR *w, size_t units, cv_status *st)
{
    size_t need = utf16_to_utf8(w, units, NULL, 0);
    char *u = malloc(need + 1);
    if (!u)
        return cv_fail(st, "HY001", "Memory allocation error");
    utf16_to_utf8(w, units, u, need);
    SQLRETURN rc = from_text(b, t, u, need, st);
    free(u);
    return rc;
}

/* SQL_C_CHAR data is in the ANSI code page (UTF-8 on Linux: used as is, no copy). */
static SQLRETURN from_ansi(pe_buf *b, SQLSMALLINT t, const char *s, size_t n, cv_status *st)
{
    if (plat_ansi_is_utf8())
        return from_text(b, t, s, n, st);
    size_t len;
    char *u = plat_ansi_to_utf8(s, n, &len);
    if (!u)
        return cv_fail(st, "HY001", "Memory allocation error");
    SQLRETURN rc = from_text(b, t, u, len, st);
    free(u);
    return rc;
}

static SQLRETURN from_int(pe_buf *b, SQLSMALLINT t, int64_t v, int is_unsigned_big, cv_status *st)
{
    char buf[32];
    switch (family(t)) {
    case F_CHAR: case F_DECIMAL: case F_OTHER:
        if (is_unsigned_big)
            return put_text(b, t, buf, (size_t)snprintf(buf, sizeof buf, "%llu", (unsigned long long)v));
        return put_text(b, t, buf, cv_fmt_i64(v, buf));
    case F_BIT:
        if (is_unsigned_big || v < 0 || v > 1)
            return cv_fail(st, "22003", "Numeric value out of range: a BIT parameter takes 0 or 1");
        return put_i64(b, t, v);
    case F_EXACT: case F_APPROX:
        if (is_unsigned_big)   /* above INT64_MAX: text keeps every digit */
            return put_text(b, t, buf, (size_t)snprintf(buf, sizeof buf, "%llu", (unsigned long long)v));
        return put_i64(b, t, v);
    default:
        return unsupported(st);
    }
}

static SQLRETURN from_double(pe_buf *b, SQLSMALLINT t, double v, int single, cv_status *st)
{
    char buf[40];
    switch (family(t)) {
    case F_CHAR: case F_DECIMAL: case F_OTHER:
        return put_text(b, t, buf, cv_fmt_f64(v, single, buf));
    case F_BIT:
        if (v != 0.0 && v != 1.0)
            return cv_fail(st, "22003", "Numeric value out of range: a BIT parameter takes 0 or 1");
        return put_i64(b, t, (int64_t)v);
    case F_EXACT: case F_APPROX:
        return put_f64(b, t, v);
    default:
        return unsupported(st);
    }
}

size_t pe_numeric_text(const SQL_NUMERIC_STRUCT *n, char *buf)
{
    /* 128-bit little-endian magnitude to decimal by repeated division by 10 */
    unsigned char mag[SQL_MAX_NUMERIC_LEN];
    memcpy(mag, n->val, sizeof mag);
    char digits[48];
    int nd = 0;
    for (;;) {
        int zero = 1;
        unsigned rem = 0;
        for (int i = SQL_MAX_NUMERIC_LEN - 1; i >= 0; i--) {
            unsigned cur = rem * 256 + mag[i];
            mag[i] = (unsigned char)(cur / 10);
            rem = cur % 10;
            if (mag[i])
                zero = 0;
        }
        digits[nd++] = (char)('0' + rem);
        if (zero)
            break;
    }
    /* digits holds the magnitude, least significant first */
    size_t len = 0;
    int scale = (SQLSCHAR)n->scale;
    int is_zero = nd == 1 && digits[0] == '0';
    if (n->sign == 0 && !is_zero)
        buf[len++] = '-';
    if (scale <= 0) {
        for (int i = nd - 1; i >= 0; i--)
            buf[len++] = digits[i];
        for (int i = 0; i < -scale && !is_zero && len < 46; i++)
            buf[len++] = '0';
    } else {
        int int_digits = nd - scale;
        if (int_digits <= 0) {
            buf[len++] = '0';
            buf[len++] = '.';
            for (int i = 0; i < -int_digits; i++)
                buf[len++] = '0';
            for (int i = nd - 1; i >= 0; i--)
                buf[len++] = digits[i];
        } else {
            for (int i = nd - 1; i >= 0; i--) {
                buf[len++] = digits[i];
                if (i == scale)
                    buf[len++] = '.';
            }
        }
    }
    buf[len] = '\0';
    return len;
}

static SQLRETURN from_numeric(pe_buf *b, SQLSMALLINT t, const SQL_NUMERIC_STRUCT *n, cv_status *st)
{
    char buf[80];
    int fam = family(t);
    if (fam == F_DATE || fam == F_TIME || fam == F_TS || fam == F_BINARY || fam == F_GUID)
        return unsupported(st);
    return put_text(b, t, buf, pe_numeric_text(n, buf));
}

static SQLRETURN from_struct_dt(pe_buf *b, SQLSMALLINT t, const cv_dt *dt, cv_status *st)
{
    if (dt->has_date && !valid_date(dt->year, dt->month, dt->day))
        return cv_fail(st, "22008", "Datetime field overflow: invalid date");
    if (dt->has_time && (!valid_time(dt->hour, dt->minute, dt->second) || dt->nanos >= 1000000000u))
        return cv_fail(st, "22008", "Datetime field overflow: invalid time");
    int fam = family(t);
    if (fam == F_CHAR)
        return dt_text(b, t, dt);
    if (fam == F_DATE || fam == F_TIME || fam == F_TS) {
        if (fam == F_TIME && !dt->has_time)
            return unsupported(st);
        if (fam == F_DATE && !dt->has_date)
            return unsupported(st);
        return put_dt(b, t, fam, dt, st);
    }
    return unsupported(st);
}

static SQLRETURN from_guid(pe_buf *b, SQLSMALLINT t, const SQLGUID *g, cv_status *st)
{
    int fam = family(t);
    if (fam != F_CHAR && fam != F_GUID && fam != F_OTHER)
        return unsupported(st);
    char buf[40];
    int n = snprintf(buf, sizeof buf, "%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X",
                     (unsigned)g->Data1, g->Data2, g->Data3, g->Data4[0], g->Data4[1], g->Data4[2],
                     g->Data4[3], g->Data4[4], g->Data4[5], g->Data4[6], g->Data4[7]);
    return put_text(b, t, buf, (size_t)n);
}

static SQLRETURN encode(pe_buf *b, const pe_value *v, cv_status *st)
{
    const void *p = v->data;
    SQLSMALLINT t = v->sql_type;
    size_t len = v->len > 0 ? (size_t)v->len : 0;
    cv_dt dt;
    memset(&dt, 0, sizeof dt);
    switch (v->c_type) {
    case SQL_C_CHAR: return from_ansi(b, t, p, len, st);
    case SQL_C_WCHAR: return from_wchar(b, t, p, len / sizeof(SQLWCHAR), st);
    case SQL_C_BINARY:
        if (family(t) == F_CHAR)
            return put_text(b, t, p, len);
        return put_var(b, t, QW_BYTES, p, len);
    case SQL_C_BIT: return from_int(b, t, *(const unsigned char *)p ? 1 : 0, 0, st);
    case SQL_C_TINYINT: case SQL_C_STINYINT: return from_int(b, t, *(const SQLSCHAR *)p, 0, st);
    case SQL_C_UTINYINT: return from_int(b, t, *(const SQLCHAR *)p, 0, st);
    case SQL_C_SHORT: case SQL_C_SSHORT: return from_int(b, t, *(const SQLSMALLINT *)p, 0, st);
    case SQL_C_USHORT: return from_int(b, t, *(const SQLUSMALLINT *)p, 0, st);
    case SQL_C_LONG: case SQL_C_SLONG: return from_int(b, t, *(const SQLINTEGER *)p, 0, st);
    case SQL_C_ULONG: return from_int(b, t, *(const SQLUINTEGER *)p, 0, st);
    case SQL_C_SBIGINT: return from_int(b, t, *(const SQLBIGINT *)p, 0, st);
    case SQL_C_UBIGINT: {
        SQLUBIGINT u = *(const SQLUBIGINT *)p;
        return from_int(b, t, (int64_t)u, u > (SQLUBIGINT)INT64_MAX, st);
    }
    case SQL_C_FLOAT: return from_double(b, t, *(const SQLREAL *)p, 1, st);
    case SQL_C_DOUBLE: return from_double(b, t, *(const SQLDOUBLE *)p, 0, st);
    case SQL_C_NUMERIC: return from_numeric(b, t, p, st);
    case SQL_C_TYPE_DATE: case SQL_C_DATE: {
        const SQL_DATE_STRUCT *d = p;
        dt.has_date = 1;
        dt.year = d->year; dt.month = d->month; dt.day = d->day;
        return from_struct_dt(b, t, &dt, st);
    }
    case SQL_C_TYPE_TIME: case SQL_C_TIME: {
        const SQL_TIME_STRUCT *tm = p;
        dt.has_time = 1;
        dt.hour = tm->hour; dt.minute = tm->minute; dt.second = tm->second;
        return from_struct_dt(b, t, &dt, st);
    }
    case SQL_C_TYPE_TIMESTAMP: case SQL_C_TIMESTAMP: {
        const SQL_TIMESTAMP_STRUCT *ts = p;
        dt.has_date = dt.has_time = 1;
        dt.year = ts->year; dt.month = ts->month; dt.day = ts->day;
        dt.hour = ts->hour; dt.minute = ts->minute; dt.second = ts->second;
        dt.nanos = ts->fraction;
        return from_struct_dt(b, t, &dt, st);
    }
    case SQL_C_GUID: return from_guid(b, t, p, st);
    default:
        return cv_fail(st, "HY003", "This C type cannot be used for a parameter");
    }
}

SQLRETURN pe_put_value(pe_buf *b, const pe_value *v, cv_status *st)
{
    cv_clear(st);
    size_t mark = b->len;
    SQLRETURN rc = v->data ? encode(b, v, st) : cv_fail(st, "HY009", "No data for the parameter");
    if (rc == SQL_ERROR && !b->oom)
        b->len = mark;   /* nothing half-written */
    if (b->oom) {
        b->len = mark;
        return cv_fail(st, "HY001", "Memory allocation error");
    }
    return rc;
}

/*
 * SQL_C_BINARY. Character and binary values are returned as their bytes (text: its UTF-8
 * bytes), piecewise, truncation 01004. Every other value is returned as the bytes of its
 * natural C representation (host byte order) in one piece; 22003 when that does not fit:
 *   TINYINT/SMALLINT/INTEGER/BIGINT -> 1/2/4/8-byte integer, REAL -> float, FLOAT/DOUBLE ->
 *   double, BIT -> 1 byte, DECIMAL -> SQL_NUMERIC_STRUCT (precision 38, scale of the text),
 *   DATE/TIME/TIMESTAMP -> SQL_DATE/TIME/TIMESTAMP_STRUCT, GUID -> SQLGUID.
 */
#include "cv_internal.h"

#include <string.h>

static SQLRETURN fixed_form(const cv_value *v, int cls, unsigned char *buf, size_t *sz,
                            cv_status *st)
{
    switch (cls) {
    case CL_EXACT:
        switch (v->sql_type) {
        case SQL_TINYINT: {
            signed char x = (signed char)v->i64;
            memcpy(buf, &x, *sz = sizeof x);
            break;
        }
        case SQL_SMALLINT: {
            SQLSMALLINT x = (SQLSMALLINT)v->i64;
            memcpy(buf, &x, *sz = sizeof x);
            break;
        }
        case SQL_INTEGER: {
            SQLINTEGER x = (SQLINTEGER)v->i64;
            memcpy(buf, &x, *sz = sizeof x);
            break;
        }
        default: {
            SQLBIGINT x = (SQLBIGINT)v->i64;
            memcpy(buf, &x, *sz = sizeof x);
            break;
        }
        }
        return SQL_SUCCESS;
    case CL_APPROX:
        if (v->sql_type == SQL_REAL) {
            SQLREAL x = (SQLREAL)v->f64;
            memcpy(buf, &x, *sz = sizeof x);
        } else {
            SQLDOUBLE x = v->f64;
            memcpy(buf, &x, *sz = sizeof x);
        }
        return SQL_SUCCESS;
    case CL_BIT:
        buf[0] = v->i64 ? 1 : 0;
        *sz = 1;
        return SQL_SUCCESS;
    case CL_DECIMAL: {
        /* scale = digits after the decimal point of the text */
        SQL_NUMERIC_STRUCT ns;
        int scale = 0, seen_point = 0;
        size_t i;
        SQLRETURN rc;
        for (i = 0; v->data && i < v->len; i++) {
            char c = v->data[i];
            if (c == '.')
                seen_point = 1;
            else if (c == 'e' || c == 'E')
                break;
            else if (seen_point && c >= '0' && c <= '9' && scale < 38)
                scale++;
        }
        rc = cv_to_numeric_ps(v, 38, scale, &ns, st);
        if (rc == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO)
            memcpy(buf, &ns, *sz = sizeof ns);
        return rc;
    }
    case CL_DATE:
        *sz = sizeof(SQL_DATE_STRUCT);
        return cv_to_datetime(v, cls, SQL_C_TYPE_DATE, buf, st);
    case CL_TIME:
        *sz = sizeof(SQL_TIME_STRUCT);
        return cv_to_datetime(v, cls, SQL_C_TYPE_TIME, buf, st);
    case CL_TIMESTAMP:
        *sz = sizeof(SQL_TIMESTAMP_STRUCT);
        return cv_to_datetime(v, cls, SQL_C_TYPE_TIMESTAMP, buf, st);
    case CL_GUID:
        *sz = sizeof(SQLGUID);
        return cv_to_guid(v, cls, buf, st);
    default:
        return cv_fail(st, "07006", CV_MSG_07006);
    }
}

SQLRETURN cv_to_binary(const cv_value *v, int cls, SQLPOINTER target, SQLLEN buflen,
                       SQLLEN *ind, cv_cursor *cur, cv_status *st)
{
    unsigned char *out = (unsigned char *)target;

    if (buflen < 0)
        return cv_fail(st, "HY090", "Invalid string or buffer length");
    if (cls == CL_CHAR || cls == CL_BINARY) {
        size_t len = v->data ? v->len : 0;
        size_t off = cur ? cur->offset : 0, remaining, n;
        if (off > len)
            off = len;
        remaining = len - off;
        if (out == NULL || buflen == 0) {
            if (ind)
                *ind = (SQLLEN)remaining;
            return cv_info(st, "01004", CV_MSG_01004);
        }
        n = remaining < (size_t)buflen ? remaining : (size_t)buflen;
        if (n > 0)
            memcpy(out, v->data + off, n);
        if (ind)
            *ind = (SQLLEN)remaining;
        if (n < remaining) {
            if (cur)
                cur->offset = off + n;
            return cv_info(st, "01004", CV_MSG_01004);
        }
        if (cur) {
            cur->offset = len;
            cur->done = 1;
        }
        return SQL_SUCCESS;
    } else {
        /* max(sizeof SQL_NUMERIC_STRUCT, SQL_TIMESTAMP_STRUCT, SQLGUID, SQLBIGINT) */
        union {
            SQL_NUMERIC_STRUCT n;
            SQL_TIMESTAMP_STRUCT ts;
            SQLGUID g;
            SQLBIGINT b;
            SQLDOUBLE d;
            unsigned char raw[32];
        } buf;
        size_t sz = 0;
        SQLRETURN rc = fixed_form(v, cls, buf.raw, &sz, st);
        if (rc != SQL_SUCCESS && rc != SQL_SUCCESS_WITH_INFO)
            return rc;
        if (out == NULL || buflen == 0) {
            if (ind)
                *ind = (SQLLEN)sz;
            return cv_info(st, "01004", CV_MSG_01004);
        }
        if ((size_t)buflen < sz)
            return cv_fail(st, "22003", CV_MSG_22003);
        memcpy(out, buf.raw, sz);
        if (ind)
            *ind = (SQLLEN)sz;
        if (cur) {
            cur->offset = sz;
            cur->done = 1;
        }
        return rc;
    }
}

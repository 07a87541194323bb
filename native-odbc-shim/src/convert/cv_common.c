/*
 * Shared pieces of the conversions: status records, source classification, the textual
 * form of any value (used for SQL_C_CHAR and SQL_C_WCHAR) and GUID text parsing.
 */
#include "cv_internal.h"

#include <string.h>

void cv_clear(cv_status *st)
{
    if (st != NULL) {
        st->sqlstate[0] = '\0';
        st->message[0] = '\0';
    }
}

static void set(cv_status *st, const char *sqlstate, const char *message)
{
    if (st == NULL)
        return;
    memcpy(st->sqlstate, sqlstate, 5);
    st->sqlstate[5] = '\0';
    strncpy(st->message, message, sizeof st->message - 1);
    st->message[sizeof st->message - 1] = '\0';
}

SQLRETURN cv_fail(cv_status *st, const char *sqlstate, const char *message)
{
    set(st, sqlstate, message);
    return SQL_ERROR;
}

SQLRETURN cv_info(cv_status *st, const char *sqlstate, const char *message)
{
    set(st, sqlstate, message);
    return SQL_SUCCESS_WITH_INFO;
}

int cv_classify(const cv_value *v)
{
    int k = v->kind;
    switch (v->sql_type) {
    case SQL_CHAR:
    case SQL_VARCHAR:
    case SQL_LONGVARCHAR:
    case SQL_WCHAR:
    case SQL_WVARCHAR:
    case SQL_WLONGVARCHAR:
        if (k == QW_UTF8)
            return CL_CHAR;
        break;
    case SQL_DECIMAL:
    case SQL_NUMERIC:
        if (k == QW_UTF8)
            return CL_DECIMAL;
        break;
    case SQL_TINYINT:
    case SQL_SMALLINT:
    case SQL_INTEGER:
    case SQL_BIGINT:
        if (k == QW_I64)
            return CL_EXACT;
        break;
    case SQL_REAL:
    case SQL_FLOAT:
    case SQL_DOUBLE:
        if (k == QW_F64)
            return CL_APPROX;
        break;
    case SQL_BIT:
        if (k == QW_I64)
            return CL_BIT;
        break;
    case SQL_BINARY:
    case SQL_VARBINARY:
    case SQL_LONGVARBINARY:
        if (k == QW_BYTES)
            return CL_BINARY;
        break;
    case SQL_TYPE_DATE:
    case SQL_DATE:
        if (k == QW_I64)
            return CL_DATE;
        break;
    case SQL_TYPE_TIME:
    case SQL_TIME:
        if (k == QW_I64)
            return CL_TIME;
        break;
    case SQL_TYPE_TIMESTAMP:
    case SQL_TIMESTAMP:
        if (k == QW_I64)
            return CL_TIMESTAMP;
        break;
    case SQL_GUID:
        if (k == QW_UTF8)
            return CL_GUID;
        break;
    default:
        break;
    }
    switch (k) {
    case QW_I64:
        return CL_EXACT;
    case QW_F64:
        return CL_APPROX;
    case QW_BYTES:
        return CL_BINARY;
    default:
        return CL_CHAR;
    }
}

/* Writes v in decimal, zero-padded to width digits, returns characters written. */
static size_t put_num(char *p, uint64_t v, int width)
{
    char tmp[24];
    int n = 0, k = 0;
    do {
        tmp[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v != 0);
    while (n < width)
        tmp[n++] = '0';
    while (n > 0)
        p[k++] = tmp[--n];
    return (size_t)k;
}

static size_t fmt_date(char *p, const cv_dt *dt)
{
    size_t n = 0;
    if (dt->year < 0) {
        p[n++] = '-';
        n += put_num(p + n, (uint64_t)0 - (uint64_t)dt->year, 4);
    } else {
        n += put_num(p + n, (uint64_t)dt->year, 4);
    }
    p[n++] = '-';
    n += put_num(p + n, (uint64_t)dt->month, 2);
    p[n++] = '-';
    n += put_num(p + n, (uint64_t)dt->day, 2);
    return n;
}

static size_t fmt_time(char *p, const cv_dt *dt)
{
    size_t n = 0;
    n += put_num(p + n, (uint64_t)dt->hour, 2);
    p[n++] = ':';
    n += put_num(p + n, (uint64_t)dt->minute, 2);
    p[n++] = ':';
    n += put_num(p + n, (uint64_t)dt->second, 2);
    if (dt->nanos != 0) {
        uint32_t f = dt->nanos;
        int w = 9;
        while (f % 10 == 0) {
            f /= 10;
            w--;
        }
        p[n++] = '.';
        n += put_num(p + n, f, w);
    }
    return n;
}

/* Length of the part before the decimal point (the whole text when there is none). */
static size_t whole_part(const char *p, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++) {
        if (p[i] == 'e' || p[i] == 'E')
            return len;         /* scientific notation: nothing may be cut */
    }
    for (i = 0; i < len; i++) {
        if (p[i] == '.')
            return i;
    }
    return len;
}

SQLRETURN cv_source_text(const cv_value *v, int cls, cv_text *t, cv_status *st)
{
    cv_dt dt;
    (void)st;
    t->hex = NULL;
    t->p = t->buf;
    t->essential = 0;
    switch (cls) {
    case CL_CHAR:
        t->p = v->data;
        t->len = v->data ? v->len : 0;
        break;
    case CL_DECIMAL:
        t->p = v->data;
        t->len = v->data ? v->len : 0;
        t->essential = whole_part(t->p, t->len);
        break;
    case CL_GUID:
        t->p = v->data;
        t->len = v->data ? v->len : 0;
        t->essential = t->len;
        break;
    case CL_BINARY:
        t->p = NULL;
        t->hex = (const unsigned char *)(v->data ? v->data : "");
        t->len = (v->data ? v->len : 0) * 2;
        break;
    case CL_EXACT:
        t->len = cv_fmt_i64(v->i64, t->buf);
        t->essential = t->len;
        break;
    case CL_APPROX:
        t->len = cv_fmt_f64(v->f64, v->sql_type == SQL_REAL, t->buf);
        t->essential = whole_part(t->buf, t->len);
        break;
    case CL_BIT:
        t->buf[0] = v->i64 ? '1' : '0';
        t->len = 1;
        t->essential = 1;
        break;
    case CL_DATE:
        cv_dt_from_value(v, cls, &dt);
        t->len = fmt_date(t->buf, &dt);
        t->essential = t->len;
        break;
    case CL_TIME:
        cv_dt_from_value(v, cls, &dt);
        t->len = fmt_time(t->buf, &dt);
        t->essential = whole_part(t->buf, t->len);
        break;
    case CL_TIMESTAMP:
    default:
        cv_dt_from_value(v, CL_TIMESTAMP, &dt);
        t->len = fmt_date(t->buf, &dt);
        t->buf[t->len++] = ' ';
        t->len += fmt_time(t->buf + t->len, &dt);
        t->essential = whole_part(t->buf, t->len);
        break;
    }
    return SQL_SUCCESS;
}

void cv_text_copy(const cv_text *t, size_t off, size_t n, char *out)
{
    static const char hx[] = "0123456789ABCDEF";
    size_t k;
    if (t->hex == NULL) {
        if (n > 0)
            memcpy(out, t->p + off, n);
        return;
    }
    for (k = 0; k < n; k++) {
        size_t pos = off + k;
        unsigned b = t->hex[pos / 2];
        out[k] = hx[(pos % 2 == 0) ? (b >> 4) : (b & 0xF)];
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int cv_guid_parse(const char *s, size_t len, SQLGUID *g)
{
    unsigned char b[16];
    size_t i, n = 0;
    if (s == NULL)
        return -1;
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    while (len > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    if (len == 38 && s[0] == '{' && s[37] == '}') {
        s++;
        len -= 2;
    }
    if (len != 36)
        return -1;
    for (i = 0; i < 36;) {
        int hi, lo;
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (s[i] != '-')
                return -1;
            i++;
            continue;
        }
        hi = hexval(s[i]);
        lo = hexval(s[i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        b[n++] = (unsigned char)(hi << 4 | lo);
        i += 2;
    }
    g->Data1 = (SQLUINTEGER)(((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16)
                             | ((uint32_t)b[2] << 8) | b[3]);
    g->Data2 = (SQLUSMALLINT)((b[4] << 8) | b[5]);
    g->Data3 = (SQLUSMALLINT)((b[6] << 8) | b[7]);
    memcpy(g->Data4, b + 8, 8);
    return 0;
}

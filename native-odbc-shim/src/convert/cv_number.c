/*
 * Decimal numbers for the conversions: parsing numeric literals strictly, exact integer
 * extraction, and locale-independent formatting of integers and doubles.
 */
#include "cv_internal.h"

#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXP_CLAMP 100000000   /* keeps exp10 arithmetic far from int overflow */

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

static int lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static int equals_ci(const char *s, size_t len, const char *word)
{
    size_t i;
    if (strlen(word) != len)
        return 0;
    for (i = 0; i < len; i++)
        if (lower(s[i]) != word[i])
            return 0;
    return 1;
}

int cv_dec_parse(const char *s, size_t len, cv_dec *d)
{
    size_t i = 0;
    int seen = 0, point = 0;

    memset(d, 0, sizeof *d);
    if (s == NULL)
        return -1;
    while (len > 0 && is_blank(s[len - 1]))
        len--;
    while (i < len && is_blank(s[i]))
        i++;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        d->neg = s[i] == '-';
        i++;
    }
    if (equals_ci(s + i, len - i, "inf") || equals_ci(s + i, len - i, "infinity")) {
        d->special = 1;
        return 0;
    }
    if (equals_ci(s + i, len - i, "nan")) {
        d->special = 2;
        d->neg = 0;
        return 0;
    }
    for (; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            int v = c - '0';
            seen = 1;
            if (d->nd == 0 && v == 0) {
                if (point && d->exp10 > -EXP_CLAMP)
                    d->exp10--;         /* leading zero of a fraction: 0.00x */
            } else if (d->nd < CV_DEC_MAX) {
                d->dig[d->nd++] = (char)v;
                if (point)
                    d->exp10--;
            } else {
                if (!point && d->exp10 < EXP_CLAMP)
                    d->exp10++;         /* an integer digit we cannot keep: magnitude only */
                if (v != 0)
                    d->lost = 1;
            }
        } else if (c == '.' && !point) {
            point = 1;
        } else {
            break;
        }
    }
    if (!seen)
        return -1;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        int eneg = 0, edig = 0;
        long e = 0;
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
            edig = 1;
            if (e < EXP_CLAMP)
                e = e * 10 + (s[i] - '0');
        }
        if (!edig)
            return -1;
        d->exp10 += (int)(eneg ? -e : e);
    }
    if (i != len)
        return -1;
    while (d->nd > 0 && d->dig[d->nd - 1] == 0) {
        d->nd--;
        d->exp10++;
    }
    if (d->nd == 0)
        d->exp10 = 0;
    return 0;
}

size_t cv_fmt_i64(int64_t v, char *buf)
{
    char tmp[24];
    size_t n = 0, k = 0;
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[n++] = (char)('0' + (int)(m % 10));
        m /= 10;
    } while (m != 0);
    if (v < 0)
        buf[k++] = '-';
    while (n > 0)
        buf[k++] = tmp[--n];
    buf[k] = '\0';
    return k;
}

/* Replaces the locale's decimal point (if not ".") by '.' in place. */
static void fix_decimal_point(char *buf)
{
    const struct lconv *lc = localeconv();
    const char *dp = (lc && lc->decimal_point && lc->decimal_point[0]) ? lc->decimal_point : ".";
    size_t dl = strlen(dp);
    char *p;
    if (dl == 1 && dp[0] == '.')
        return;
    p = strstr(buf, dp);
    if (p != NULL) {
        *p = '.';
        memmove(p + 1, p + dl, strlen(p + dl) + 1);
    }
}

size_t cv_fmt_f64(double v, int single, char *buf)
{
    int prec, lo = single ? 6 : 15, hi = single ? 9 : 17;
    if (isnan(v)) {
        strcpy(buf, "NaN");
        return 3;
    }
    if (isinf(v)) {
        strcpy(buf, v < 0 ? "-Infinity" : "Infinity");
        return strlen(buf);
    }
    if (v == 0) {
        strcpy(buf, "0");
        return 1;
    }
    if (single)
        v = (double)(float)v;
    for (prec = lo; prec <= hi; prec++) {
        double back;
        snprintf(buf, 32, "%.*g", prec, v);
        back = strtod(buf, NULL);   /* same locale as snprintf: consistent round trip */
        if (single ? (float)back == (float)v : back == v)
            break;
    }
    if (prec > hi)
        snprintf(buf, 32, "%.*g", hi, v);
    fix_decimal_point(buf);
    return strlen(buf);
}

void cv_dec_from_i64(int64_t v, cv_dec *d)
{
    char buf[24];
    size_t n = cv_fmt_i64(v, buf);
    cv_dec_parse(buf, n, d);
}

void cv_dec_from_f64(double v, int single, cv_dec *d)
{
    char buf[40];
    size_t n = cv_fmt_f64(v, single, buf);
    cv_dec_parse(buf, n, d);
}

SQLRETURN cv_source_dec(const cv_value *v, int cls, cv_dec *d, cv_status *st)
{
    switch (cls) {
    case CL_EXACT:
    case CL_BIT:
        cv_dec_from_i64(v->i64, d);
        return SQL_SUCCESS;
    case CL_APPROX:
        cv_dec_from_f64(v->f64, v->sql_type == SQL_REAL, d);
        return SQL_SUCCESS;
    case CL_DECIMAL:
    case CL_CHAR:
        if (cv_dec_parse(v->data, v->len, d) != 0)
            return cv_fail(st, "22018", CV_MSG_22018);
        return SQL_SUCCESS;
    default:
        return cv_fail(st, "07006", CV_MSG_07006);
    }
}

int cv_dec_to_int(const cv_dec *d, int *neg, uint64_t *mag, int *frac)
{
    int k, i;
    uint64_t m = 0;

    *neg = 0;
    *mag = 0;
    *frac = 0;
    if (d->special)
        return -1;
    if (d->nd == 0)
        return 0;
    if (d->nd + d->exp10 > 20)
        return -1;
    k = d->exp10 >= 0 ? d->nd : d->nd + d->exp10;
    if (k < 0)
        k = 0;
    *frac = (k < d->nd) || d->lost;
    for (i = 0; i < k; i++) {
        uint64_t dv = (uint64_t)d->dig[i];
        if (m > (UINT64_MAX - dv) / 10)
            return -1;
        m = m * 10 + dv;
    }
    for (i = 0; i < d->exp10; i++) {
        if (m > UINT64_MAX / 10)
            return -1;
        m *= 10;
    }
    *mag = m;
    *neg = d->neg && m != 0;
    return 0;
}

int cv_dec_to_double(const cv_dec *d, int single, double *out)
{
    char buf[CV_DEC_MAX + 24];
    int i, n = 0;
    double r;

    if (d->special == 2) {
        *out = NAN;
        return 0;
    }
    if (d->special == 1) {
        *out = d->neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (d->nd == 0) {
        *out = d->neg ? -0.0 : 0.0;
        return 0;
    }
    if (d->nd + d->exp10 > 400)
        return -1;
    if (d->nd + d->exp10 < -400) {
        *out = d->neg ? -0.0 : 0.0;
        return 0;
    }
    /* digits + exponent without a decimal point: strtod/strtof read that in any locale */
    if (d->neg)
        buf[n++] = '-';
    for (i = 0; i < d->nd; i++)
        buf[n++] = (char)('0' + d->dig[i]);
    snprintf(buf + n, sizeof buf - (size_t)n, "e%d", d->exp10);
    if (single) {
        float f = strtof(buf, NULL);
        if (isinf(f))
            return -1;
        r = f;
    } else {
        r = strtod(buf, NULL);
        if (isinf(r))
            return -1;
    }
    *out = r;
    return 0;
}

/*
 * SQL_C_NUMERIC (SQL_NUMERIC_STRUCT): sign 1 = positive / 0 = negative, val = the scaled
 * magnitude as a 128-bit little-endian integer. Without descriptor information (SQLGetData
 * with SQL_C_NUMERIC) precision and scale are the ARD defaults 38 and 0. Dropped fraction
 * digits (truncation, not rounding) give 01S07; more digits than the precision 22003.
 */
#include "cv_internal.h"

#include <string.h>

SQLRETURN cv_to_numeric_ps(const cv_value *v, int precision, int scale,
                           SQL_NUMERIC_STRUCT *out, cv_status *st)
{
    cv_dec d;
    int e, k, i, total, frac;
    unsigned char val[SQL_MAX_NUMERIC_LEN];
    SQLRETURN rc;

    cv_clear(st);
    if (precision < 1 || precision > 38)
        precision = 38;
    rc = cv_source_dec(v, cv_classify(v), &d, st);
    if (rc != SQL_SUCCESS)
        return rc;
    if (d.special)
        return cv_fail(st, "22003", CV_MSG_22003);
    memset(val, 0, sizeof val);
    e = d.exp10 + scale;
    k = e >= 0 ? d.nd : d.nd + e;
    if (k < 0)
        k = 0;
    frac = k < d.nd || d.lost;
    total = k > 0 ? k + (e > 0 ? e : 0) : 0;
    if (total > precision)
        return cv_fail(st, "22003", CV_MSG_22003);
    for (i = 0; i < total; i++) {
        /* val = val * 10 + digit (digits past k are the zeros of a positive exponent) */
        unsigned carry = i < k ? (unsigned)d.dig[i] : 0;
        int b;
        for (b = 0; b < SQL_MAX_NUMERIC_LEN; b++) {
            unsigned x = (unsigned)val[b] * 10u + carry;
            val[b] = (unsigned char)(x & 0xFFu);
            carry = x >> 8;
        }
    }
    out->precision = (SQLCHAR)precision;
    out->scale = (SQLSCHAR)scale;
    out->sign = (SQLCHAR)((d.neg && total > 0) ? 0 : 1);
    memcpy(out->val, val, sizeof val);
    if (frac)
        return cv_info(st, "01S07", CV_MSG_01S07);
    return SQL_SUCCESS;
}

SQLRETURN cv_to_numeric(const cv_value *v, int cls, SQLPOINTER target, cv_status *st)
{
    (void)cls;
    return cv_to_numeric_ps(v, 38, 0, (SQL_NUMERIC_STRUCT *)target, st);
}

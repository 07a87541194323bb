/*
 * SQL_C_FLOAT, SQL_C_DOUBLE from numbers, BIT and character text. Precision may be lost
 * (approximate targets); 22003 only when the value is beyond the target's range.
 * NaN and infinities pass through unchanged.
 */
#include "cv_internal.h"

#include <math.h>

/* Smallest magnitude that rounds to infinity as a float: 2^128 - 2^103. */
#define FLOAT_OVERFLOW 0x1.ffffffp127

SQLRETURN cv_to_float(const cv_value *v, int cls, SQLSMALLINT c_type, SQLPOINTER target,
                      cv_status *st)
{
    int single = (c_type == SQL_C_FLOAT);
    double d;

    if (cls == CL_EXACT || cls == CL_BIT) {
        d = (double)v->i64;
        if (single) {
            /* round once, from the integer, not via double */
            *(SQLREAL *)target = (SQLREAL)v->i64;
            return SQL_SUCCESS;
        }
    } else if (cls == CL_APPROX) {
        d = v->f64;
        if (single && isfinite(d) && fabs(d) >= FLOAT_OVERFLOW)
            return cv_fail(st, "22003", CV_MSG_22003);
    } else if (cls == CL_DECIMAL || cls == CL_CHAR) {
        cv_dec dec;
        SQLRETURN rc = cv_source_dec(v, cls, &dec, st);
        if (rc != SQL_SUCCESS)
            return rc;
        if (cv_dec_to_double(&dec, single, &d) != 0)
            return cv_fail(st, "22003", CV_MSG_22003);
    } else {
        return cv_fail(st, "07006", CV_MSG_07006);
    }
    if (single)
        *(SQLREAL *)target = (SQLREAL)d;
    else
        *(SQLDOUBLE *)target = d;
    return SQL_SUCCESS;
}

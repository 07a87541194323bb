/*
 * SQL_C_BIT: 0 or 1 -> data; 0 < x < 2 other than 1 -> truncated (0.5 -> 0, 1.5 -> 1) with
 * 01S07; x < 0 or x >= 2 -> 22003; text that is not a numeric literal -> 22018.
 */
#include "cv_internal.h"

SQLRETURN cv_to_bit(const cv_value *v, int cls, SQLPOINTER target, cv_status *st)
{
    if (cls == CL_EXACT || cls == CL_BIT) {
        if (v->i64 < 0 || v->i64 > 1)
            return cv_fail(st, "22003", CV_MSG_22003);
        *(SQLCHAR *)target = (SQLCHAR)v->i64;
        return SQL_SUCCESS;
    }
    if (cls == CL_APPROX || cls == CL_DECIMAL || cls == CL_CHAR) {
        cv_dec d;
        int neg, frac;
        uint64_t mag;
        SQLRETURN rc = cv_source_dec(v, cls, &d, st);
        if (rc != SQL_SUCCESS)
            return rc;
        if (d.special || (d.neg && d.nd > 0))
            return cv_fail(st, "22003", CV_MSG_22003);
        if (cv_dec_to_int(&d, &neg, &mag, &frac) != 0 || mag > 1)
            return cv_fail(st, "22003", CV_MSG_22003);
        *(SQLCHAR *)target = (SQLCHAR)mag;
        if (frac)
            return cv_info(st, "01S07", CV_MSG_01S07);
        return SQL_SUCCESS;
    }
    return cv_fail(st, "07006", CV_MSG_07006);
}

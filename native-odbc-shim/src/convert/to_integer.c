/*
 * SQL_C_STINYINT/UTINYINT/TINYINT, SSHORT/USHORT/SHORT, SLONG/ULONG/LONG, SBIGINT/UBIGINT.
 * Sources: exact and approximate numbers, DECIMAL text, BIT, character text (a numeric
 * literal). A dropped fraction gives 01S07, a lost whole part 22003, junk text 22018.
 */
#include "cv_internal.h"

SQLRETURN cv_to_integer(const cv_value *v, int cls, SQLSMALLINT c_type, SQLPOINTER target,
                        cv_status *st)
{
    int neg = 0, frac = 0, is_unsigned = 0;
    uint64_t mag = 0, max_pos, max_neg;

    switch (c_type) {
    case SQL_C_STINYINT:
    case SQL_C_TINYINT:
        max_pos = 127;
        max_neg = 128;
        break;
    case SQL_C_UTINYINT:
        max_pos = 255;
        max_neg = 0;
        is_unsigned = 1;
        break;
    case SQL_C_SSHORT:
    case SQL_C_SHORT:
        max_pos = 32767;
        max_neg = 32768;
        break;
    case SQL_C_USHORT:
        max_pos = 65535;
        max_neg = 0;
        is_unsigned = 1;
        break;
    case SQL_C_SLONG:
    case SQL_C_LONG:
        max_pos = INT32_MAX;
        max_neg = (uint64_t)INT32_MAX + 1;
        break;
    case SQL_C_ULONG:
        max_pos = UINT32_MAX;
        max_neg = 0;
        is_unsigned = 1;
        break;
    case SQL_C_SBIGINT:
        max_pos = INT64_MAX;
        max_neg = (uint64_t)INT64_MAX + 1;
        break;
    case SQL_C_UBIGINT:
    default:
        max_pos = UINT64_MAX;
        max_neg = 0;
        is_unsigned = 1;
        break;
    }

    if (cls == CL_EXACT || cls == CL_BIT) {
        neg = v->i64 < 0;
        mag = neg ? (uint64_t)0 - (uint64_t)v->i64 : (uint64_t)v->i64;
    } else if (cls == CL_APPROX || cls == CL_DECIMAL || cls == CL_CHAR) {
        cv_dec d;
        SQLRETURN rc = cv_source_dec(v, cls, &d, st);
        if (rc != SQL_SUCCESS)
            return rc;
        if (cv_dec_to_int(&d, &neg, &mag, &frac) != 0)
            return cv_fail(st, "22003", CV_MSG_22003);
    } else {
        return cv_fail(st, "07006", CV_MSG_07006);
    }
    if (neg ? mag > max_neg : mag > max_pos)
        return cv_fail(st, "22003", CV_MSG_22003);
    (void)is_unsigned;

    switch (c_type) {
    case SQL_C_STINYINT:
    case SQL_C_TINYINT:
        *(SQLSCHAR *)target = (SQLSCHAR)(neg ? -(int)mag : (int)mag);
        break;
    case SQL_C_UTINYINT:
        *(SQLCHAR *)target = (SQLCHAR)mag;
        break;
    case SQL_C_SSHORT:
    case SQL_C_SHORT:
        *(SQLSMALLINT *)target = (SQLSMALLINT)(neg ? -(int32_t)mag : (int32_t)mag);
        break;
    case SQL_C_USHORT:
        *(SQLUSMALLINT *)target = (SQLUSMALLINT)mag;
        break;
    case SQL_C_SLONG:
    case SQL_C_LONG:
        *(SQLINTEGER *)target = (SQLINTEGER)(neg ? -(int64_t)mag : (int64_t)mag);
        break;
    case SQL_C_ULONG:
        *(SQLUINTEGER *)target = (SQLUINTEGER)mag;
        break;
    case SQL_C_SBIGINT:
        /* -2^63: negate in unsigned arithmetic, then convert */
        *(SQLBIGINT *)target = neg ? (mag == max_neg ? INT64_MIN : -(int64_t)mag) : (int64_t)mag;
        break;
    case SQL_C_UBIGINT:
    default:
        *(SQLUBIGINT *)target = (SQLUBIGINT)mag;
        break;
    }
    if (frac)
        return cv_info(st, "01S07", CV_MSG_01S07);
    return SQL_SUCCESS;
}

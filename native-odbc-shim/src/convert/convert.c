/*
 * Entry points of the conversion module (convert.h): dispatch by C type, NULL values,
 * SQL_C_DEFAULT and the sizes of the fixed-length C types.
 */
#include "cv_internal.h"

SQLRETURN cv_null(SQLLEN *ind, cv_status *st)
{
    cv_clear(st);
    if (ind == NULL)
        return cv_fail(st, "22002", "Indicator variable required but not supplied");
    *ind = SQL_NULL_DATA;
    return SQL_SUCCESS;
}

SQLSMALLINT cv_default_c_type(SQLSMALLINT sql_type)
{
    switch (sql_type) {
    case SQL_CHAR:
    case SQL_VARCHAR:
    case SQL_LONGVARCHAR:
    case SQL_DECIMAL:
    case SQL_NUMERIC:
        return SQL_C_CHAR;
    case SQL_WCHAR:
    case SQL_WVARCHAR:
    case SQL_WLONGVARCHAR:
        return SQL_C_WCHAR;
    case SQL_BIT:
        return SQL_C_BIT;
    case SQL_TINYINT:
        return SQL_C_STINYINT;
    case SQL_SMALLINT:
        return SQL_C_SSHORT;
    case SQL_INTEGER:
        return SQL_C_SLONG;
    case SQL_BIGINT:
        return SQL_C_SBIGINT;
    case SQL_REAL:
        return SQL_C_FLOAT;
    case SQL_FLOAT:
    case SQL_DOUBLE:
        return SQL_C_DOUBLE;
    case SQL_BINARY:
    case SQL_VARBINARY:
    case SQL_LONGVARBINARY:
        return SQL_C_BINARY;
    case SQL_TYPE_DATE:
        return SQL_C_TYPE_DATE;
    case SQL_DATE:
        return SQL_C_DATE;
    case SQL_TYPE_TIME:
        return SQL_C_TYPE_TIME;
    case SQL_TIME:
        return SQL_C_TIME;
    case SQL_TYPE_TIMESTAMP:
        return SQL_C_TYPE_TIMESTAMP;
    case SQL_TIMESTAMP:
        return SQL_C_TIMESTAMP;
    case SQL_GUID:
        return SQL_C_GUID;
    default:
        return SQL_C_CHAR;
    }
}

static int is_interval(SQLSMALLINT c)
{
    switch (c) {
    case SQL_C_INTERVAL_YEAR:
    case SQL_C_INTERVAL_MONTH:
    case SQL_C_INTERVAL_DAY:
    case SQL_C_INTERVAL_HOUR:
    case SQL_C_INTERVAL_MINUTE:
    case SQL_C_INTERVAL_SECOND:
    case SQL_C_INTERVAL_YEAR_TO_MONTH:
    case SQL_C_INTERVAL_DAY_TO_HOUR:
    case SQL_C_INTERVAL_DAY_TO_MINUTE:
    case SQL_C_INTERVAL_DAY_TO_SECOND:
    case SQL_C_INTERVAL_HOUR_TO_MINUTE:
    case SQL_C_INTERVAL_HOUR_TO_SECOND:
    case SQL_C_INTERVAL_MINUTE_TO_SECOND:
        return 1;
    default:
        return 0;
    }
}

SQLLEN cv_c_type_size(SQLSMALLINT c_type)
{
    switch (c_type) {
    case SQL_C_BIT:
    case SQL_C_TINYINT:
    case SQL_C_STINYINT:
    case SQL_C_UTINYINT:
        return 1;
    case SQL_C_SHORT:
    case SQL_C_SSHORT:
    case SQL_C_USHORT:
        return (SQLLEN)sizeof(SQLSMALLINT);
    case SQL_C_LONG:
    case SQL_C_SLONG:
    case SQL_C_ULONG:
        return (SQLLEN)sizeof(SQLINTEGER);
    case SQL_C_SBIGINT:
    case SQL_C_UBIGINT:
        return (SQLLEN)sizeof(SQLBIGINT);
    case SQL_C_FLOAT:
        return (SQLLEN)sizeof(SQLREAL);
    case SQL_C_DOUBLE:
        return (SQLLEN)sizeof(SQLDOUBLE);
    case SQL_C_NUMERIC:
        return (SQLLEN)sizeof(SQL_NUMERIC_STRUCT);
    case SQL_C_DATE:
    case SQL_C_TYPE_DATE:
        return (SQLLEN)sizeof(SQL_DATE_STRUCT);
    case SQL_C_TIME:
    case SQL_C_TYPE_TIME:
        return (SQLLEN)sizeof(SQL_TIME_STRUCT);
    case SQL_C_TIMESTAMP:
    case SQL_C_TYPE_TIMESTAMP:
        return (SQLLEN)sizeof(SQL_TIMESTAMP_STRUCT);
    case SQL_C_GUID:
        return (SQLLEN)sizeof(SQLGUID);
    default:
        return is_interval(c_type) ? (SQLLEN)sizeof(SQL_INTERVAL_STRUCT) : 0;
    }
}

SQLRETURN cv_convert(const cv_value *v, SQLSMALLINT c_type, SQLPOINTER target, SQLLEN buflen,
                     SQLLEN *ind, cv_cursor *cur, cv_status *st)
{
    SQLRETURN rc;
    int cls;

    cv_clear(st);
    if (v == NULL)
        return cv_fail(st, "HY000", "No value to convert");
    if (c_type == SQL_C_DEFAULT)
        c_type = cv_default_c_type(v->sql_type);
    if (cur != NULL && cur->done)
        return SQL_NO_DATA;
    cls = cv_classify(v);

    switch (c_type) {
    case SQL_C_CHAR:
        return cv_to_char(v, cls, target, buflen, ind, cur, st);
    case SQL_C_WCHAR:
        return cv_to_wchar(v, cls, target, buflen, ind, cur, st);
    case SQL_C_BINARY:
        return cv_to_binary(v, cls, target, buflen, ind, cur, st);
    default:
        break;
    }

    if (cv_c_type_size(c_type) == 0)
        return cv_fail(st, "HY003", "Invalid application buffer type");
    if (is_interval(c_type))
        return cv_fail(st, "07006", CV_MSG_07006);
    if (target == NULL)
        return cv_fail(st, "HY009", "Invalid use of null pointer");

    switch (c_type) {
    case SQL_C_TINYINT:
    case SQL_C_STINYINT:
    case SQL_C_UTINYINT:
    case SQL_C_SHORT:
    case SQL_C_SSHORT:
    case SQL_C_USHORT:
    case SQL_C_LONG:
    case SQL_C_SLONG:
    case SQL_C_ULONG:
    case SQL_C_SBIGINT:
    case SQL_C_UBIGINT:
        rc = cv_to_integer(v, cls, c_type, target, st);
        break;
    case SQL_C_FLOAT:
    case SQL_C_DOUBLE:
        rc = cv_to_float(v, cls, c_type, target, st);
        break;
    case SQL_C_BIT:
        rc = cv_to_bit(v, cls, target, st);
        break;
    case SQL_C_NUMERIC:
        rc = cv_to_numeric(v, cls, target, st);
        break;
    case SQL_C_GUID:
        rc = cv_to_guid(v, cls, target, st);
        break;
    default: /* dates, times, timestamps */
        rc = cv_to_datetime(v, cls, c_type, target, st);
        break;
    }
    if (rc == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO) {
        if (ind)
            *ind = cv_c_type_size(c_type);
        if (cur) {
            cur->offset = (size_t)cv_c_type_size(c_type);
            cur->done = 1;
        }
    }
    return rc;
}

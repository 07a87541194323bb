/* SQL type properties; see sqltype.h. */
#include "sqltype.h"

int sqltype_is_wchar(SQLSMALLINT t)
{
    return t == SQL_WCHAR || t == SQL_WVARCHAR || t == SQL_WLONGVARCHAR;
}

int sqltype_is_char(SQLSMALLINT t)
{
    return t == SQL_CHAR || t == SQL_VARCHAR || t == SQL_LONGVARCHAR || sqltype_is_wchar(t);
}

int sqltype_is_binary(SQLSMALLINT t)
{
    return t == SQL_BINARY || t == SQL_VARBINARY || t == SQL_LONGVARBINARY;
}

int sqltype_is_numeric(SQLSMALLINT t)
{
    switch (t) {
    case SQL_TINYINT: case SQL_SMALLINT: case SQL_INTEGER: case SQL_BIGINT:
    case SQL_REAL: case SQL_FLOAT: case SQL_DOUBLE: case SQL_DECIMAL: case SQL_NUMERIC:
        return 1;
    default:
        return 0;
    }
}

int sqltype_is_datetime(SQLSMALLINT t)
{
    return t == SQL_TYPE_DATE || t == SQL_TYPE_TIME || t == SQL_TYPE_TIMESTAMP ||
           t == SQL_DATE || t == SQL_TIME || t == SQL_TIMESTAMP;
}

SQLSMALLINT sqltype_verbose(SQLSMALLINT t)
{
    return sqltype_is_datetime(t) ? SQL_DATETIME : t;
}

SQLSMALLINT sqltype_datetime_code(SQLSMALLINT t)
{
    switch (t) {
    case SQL_TYPE_DATE: case SQL_DATE: return SQL_CODE_DATE;
    case SQL_TYPE_TIME: case SQL_TIME: return SQL_CODE_TIME;
    case SQL_TYPE_TIMESTAMP: case SQL_TIMESTAMP: return SQL_CODE_TIMESTAMP;
    default: return 0;
    }
}

SQLLEN sqltype_display_size(SQLSMALLINT t, SQLLEN size, SQLSMALLINT digits)
{
    switch (t) {
    case SQL_BIT: return 1;
    case SQL_TINYINT: return 4;
    case SQL_SMALLINT: return 6;
    case SQL_INTEGER: return 11;
    case SQL_BIGINT: return 20;
    case SQL_REAL: return 14;
    case SQL_FLOAT: case SQL_DOUBLE: return 24;
    case SQL_DECIMAL: case SQL_NUMERIC: return size + 2;
    case SQL_TYPE_DATE: case SQL_DATE: return 10;
    case SQL_TYPE_TIME: case SQL_TIME: return digits > 0 ? 9 + digits : 8;
    case SQL_TYPE_TIMESTAMP: case SQL_TIMESTAMP: return digits > 0 ? 20 + digits : 19;
    case SQL_GUID: return 36;
    default:
        if (sqltype_is_binary(t))
            return size > 0 && size < 0x3fffffff ? size * 2 : size;   /* two hex digits a byte */
        return size;   /* character types: the length in characters */
    }
}

SQLLEN sqltype_octet_length(SQLSMALLINT t, SQLLEN size)
{
    switch (t) {
    case SQL_BIT: case SQL_TINYINT: return 1;
    case SQL_SMALLINT: return 2;
    case SQL_INTEGER: case SQL_REAL: return 4;
    case SQL_BIGINT: case SQL_FLOAT: case SQL_DOUBLE: return 8;
    case SQL_DECIMAL: case SQL_NUMERIC: return size + 2;
    case SQL_TYPE_DATE: case SQL_DATE: case SQL_TYPE_TIME: case SQL_TIME: return 6;
    case SQL_TYPE_TIMESTAMP: case SQL_TIMESTAMP: return 16;
    case SQL_GUID: return 16;
    default:
        if (sqltype_is_wchar(t))
            return size * (SQLLEN)sizeof(SQLWCHAR);
        return size;
    }
}

SQLSMALLINT sqltype_precision(SQLSMALLINT t, SQLLEN size, SQLSMALLINT digits)
{
    if (t == SQL_TYPE_TIME || t == SQL_TYPE_TIMESTAMP || t == SQL_TIME || t == SQL_TIMESTAMP)
        return digits;   /* fractional seconds precision */
    if (t == SQL_TYPE_DATE || t == SQL_DATE)
        return 0;
    return (SQLSMALLINT)(size > 32767 ? 32767 : size);
}

SQLSMALLINT sqltype_scale(SQLSMALLINT t, SQLSMALLINT digits)
{
    if (t == SQL_DECIMAL || t == SQL_NUMERIC || t == SQL_TYPE_TIMESTAMP || t == SQL_TIMESTAMP ||
        t == SQL_TYPE_TIME || t == SQL_TIME)
        return digits;
    return 0;
}

SQLINTEGER sqltype_num_prec_radix(SQLSMALLINT t, SQLLEN size)
{
    if (t == SQL_REAL || t == SQL_FLOAT || t == SQL_DOUBLE)
        return (size == 24 || size == 53) ? 2 : 10;   /* size in bits means radix 2 */
    return sqltype_is_numeric(t) ? 10 : 0;
}

const char *sqltype_literal_prefix(SQLSMALLINT t)
{
    if (sqltype_is_char(t) || sqltype_is_datetime(t) || t == SQL_GUID)
        return "'";
    if (sqltype_is_binary(t))
        return "0x";
    return "";
}

const char *sqltype_literal_suffix(SQLSMALLINT t)
{
    if (sqltype_is_char(t) || sqltype_is_datetime(t) || t == SQL_GUID)
        return "'";
    return "";
}

SQLINTEGER sqltype_searchable(SQLSMALLINT t)
{
    if (t == SQL_LONGVARCHAR || t == SQL_WLONGVARCHAR)
        return SQL_PRED_CHAR;
    if (t == SQL_LONGVARBINARY)
        return SQL_PRED_NONE;
    return SQL_PRED_SEARCHABLE;
}

int sqltype_is_c_type(SQLSMALLINT t)
{
    switch (t) {
    case SQL_C_CHAR: case SQL_C_WCHAR: case SQL_C_BINARY: case SQL_C_BIT:
    case SQL_C_TINYINT: case SQL_C_STINYINT: case SQL_C_UTINYINT:
    case SQL_C_SHORT: case SQL_C_SSHORT: case SQL_C_USHORT:
    case SQL_C_LONG: case SQL_C_SLONG: case SQL_C_ULONG:
    case SQL_C_SBIGINT: case SQL_C_UBIGINT: case SQL_C_FLOAT: case SQL_C_DOUBLE:
    case SQL_C_NUMERIC: case SQL_C_TYPE_DATE: case SQL_C_TYPE_TIME: case SQL_C_TYPE_TIMESTAMP:
    case SQL_C_DATE: case SQL_C_TIME: case SQL_C_TIMESTAMP: case SQL_C_GUID: case SQL_C_DEFAULT:
        return 1;
    default:
        return 0;
    }
}

int sqltype_is_sql_type(SQLSMALLINT t)
{
    return sqltype_is_char(t) || sqltype_is_binary(t) || sqltype_is_numeric(t) ||
           sqltype_is_datetime(t) || t == SQL_BIT || t == SQL_GUID;
}

const char *sqltype_name(SQLSMALLINT t)
{
    switch (t) {
    case SQL_CHAR: return "CHAR";
    case SQL_VARCHAR: return "VARCHAR";
    case SQL_LONGVARCHAR: return "LONGVARCHAR";
    case SQL_WCHAR: return "WCHAR";
    case SQL_WVARCHAR: return "WVARCHAR";
    case SQL_WLONGVARCHAR: return "WLONGVARCHAR";
    case SQL_BINARY: return "BINARY";
    case SQL_VARBINARY: return "VARBINARY";
    case SQL_LONGVARBINARY: return "LONGVARBINARY";
    case SQL_TINYINT: return "TINYINT";
    case SQL_SMALLINT: return "SMALLINT";
    case SQL_INTEGER: return "INTEGER";
    case SQL_BIGINT: return "BIGINT";
    case SQL_REAL: return "REAL";
    case SQL_FLOAT: return "FLOAT";
    case SQL_DOUBLE: return "DOUBLE";
    case SQL_DECIMAL: return "DECIMAL";
    case SQL_NUMERIC: return "NUMERIC";
    case SQL_BIT: return "BOOLEAN";
    case SQL_TYPE_DATE: case SQL_DATE: return "DATE";
    case SQL_TYPE_TIME: case SQL_TIME: return "TIME";
    case SQL_TYPE_TIMESTAMP: case SQL_TIMESTAMP: return "TIMESTAMP";
    case SQL_GUID: return "GUID";
    default: return "";
    }
}

/* Properties of ODBC SQL types, per the ODBC appendix D rules ("Column Size, Decimal
 * Digits, Transfer Octet Length, and Display Size"). */
#ifndef QUIRE_SQLTYPE_H
#define QUIRE_SQLTYPE_H

#include "quire_odbc.h"

int sqltype_is_char(SQLSMALLINT t);      /* CHAR, VARCHAR, LONGVARCHAR and W forms */
int sqltype_is_wchar(SQLSMALLINT t);
int sqltype_is_binary(SQLSMALLINT t);
int sqltype_is_numeric(SQLSMALLINT t);   /* exact and approximate numbers, BIT excluded */
int sqltype_is_datetime(SQLSMALLINT t);

/* SQL_DESC_TYPE for a concise type (SQL_DATETIME for the datetime types). */
SQLSMALLINT sqltype_verbose(SQLSMALLINT t);
/* SQL_DESC_DATETIME_INTERVAL_CODE (0 for non-datetime types). */
SQLSMALLINT sqltype_datetime_code(SQLSMALLINT t);
SQLLEN sqltype_display_size(SQLSMALLINT t, SQLLEN column_size, SQLSMALLINT digits);
SQLLEN sqltype_octet_length(SQLSMALLINT t, SQLLEN column_size);
/* SQL_DESC_PRECISION */
SQLSMALLINT sqltype_precision(SQLSMALLINT t, SQLLEN column_size, SQLSMALLINT digits);
/* SQL_DESC_SCALE */
SQLSMALLINT sqltype_scale(SQLSMALLINT t, SQLSMALLINT digits);
SQLINTEGER sqltype_num_prec_radix(SQLSMALLINT t, SQLLEN column_size);
const char *sqltype_literal_prefix(SQLSMALLINT t);
const char *sqltype_literal_suffix(SQLSMALLINT t);
SQLINTEGER sqltype_searchable(SQLSMALLINT t);
/* A C type the driver converts to and from (SQL_C_DEFAULT included). */
int sqltype_is_c_type(SQLSMALLINT t);
/* An ODBC SQL type an application may name (SQLBindParameter's ParameterType). */
int sqltype_is_sql_type(SQLSMALLINT t);
/* Name of an SQL type for SQL_DESC_TYPE_NAME of an IPD record. */
const char *sqltype_name(SQLSMALLINT t);

#endif

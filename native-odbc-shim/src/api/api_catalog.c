/* Catalog functions: each converts its string arguments and calls one cat_ function
 * (core/catalog.c), which runs it through Bridge.catalog. */
#include "api.h"
#include "../core/catalog.h"

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgettypeinfo-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetTypeInfo(SQLHSTMT h, SQLSMALLINT type)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    return stmt_leave(s, cat_get_type_info(s, type));
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetTypeInfoW(SQLHSTMT h, SQLSMALLINT type)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    return stmt_leave(s, cat_get_type_info(s, type));
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqltables-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLTables(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len,
        SQLCHAR *type, SQLSMALLINT type_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_arg(&a, &s->h.diag, table, table_len);
    const char *type_u = api_arg(&a, &s->h.diag, type, type_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_tables(s, cat_u, schema_u, table_u, type_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLTablesW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table, SQLSMALLINT table_len,
        SQLWCHAR *type, SQLSMALLINT type_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_argw(&a, &s->h.diag, table, table_len);
    const char *type_u = api_argw(&a, &s->h.diag, type, type_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_tables(s, cat_u, schema_u, table_u, type_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlcolumns-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLColumns(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len,
        SQLCHAR *column, SQLSMALLINT column_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_arg(&a, &s->h.diag, table, table_len);
    const char *column_u = api_arg(&a, &s->h.diag, column, column_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_columns(s, cat_u, schema_u, table_u, column_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLColumnsW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table, SQLSMALLINT table_len,
        SQLWCHAR *column, SQLSMALLINT column_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_argw(&a, &s->h.diag, table, table_len);
    const char *column_u = api_argw(&a, &s->h.diag, column, column_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_columns(s, cat_u, schema_u, table_u, column_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlprimarykeys-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLPrimaryKeys(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_arg(&a, &s->h.diag, table, table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_primary_keys(s, cat_u, schema_u, table_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLPrimaryKeysW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table, SQLSMALLINT table_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_argw(&a, &s->h.diag, table, table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_primary_keys(s, cat_u, schema_u, table_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlforeignkeys-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLForeignKeys(SQLHSTMT h, SQLCHAR *pk_cat,
        SQLSMALLINT pk_cat_len, SQLCHAR *pk_schema, SQLSMALLINT pk_schema_len, SQLCHAR *pk_table,
        SQLSMALLINT pk_table_len, SQLCHAR *fk_cat, SQLSMALLINT fk_cat_len, SQLCHAR *fk_schema,
        SQLSMALLINT fk_schema_len, SQLCHAR *fk_table, SQLSMALLINT fk_table_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *pk_cat_u = api_arg(&a, &s->h.diag, pk_cat, pk_cat_len);
    const char *pk_schema_u = api_arg(&a, &s->h.diag, pk_schema, pk_schema_len);
    const char *pk_table_u = api_arg(&a, &s->h.diag, pk_table, pk_table_len);
    const char *fk_cat_u = api_arg(&a, &s->h.diag, fk_cat, fk_cat_len);
    const char *fk_schema_u = api_arg(&a, &s->h.diag, fk_schema, fk_schema_len);
    const char *fk_table_u = api_arg(&a, &s->h.diag, fk_table, fk_table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_foreign_keys(s, pk_cat_u, pk_schema_u, pk_table_u, fk_cat_u, fk_schema_u, fk_table_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLForeignKeysW(SQLHSTMT h, SQLWCHAR *pk_cat,
        SQLSMALLINT pk_cat_len, SQLWCHAR *pk_schema, SQLSMALLINT pk_schema_len,
        SQLWCHAR *pk_table, SQLSMALLINT pk_table_len, SQLWCHAR *fk_cat, SQLSMALLINT fk_cat_len,
        SQLWCHAR *fk_schema, SQLSMALLINT fk_schema_len, SQLWCHAR *fk_table,
        SQLSMALLINT fk_table_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *pk_cat_u = api_argw(&a, &s->h.diag, pk_cat, pk_cat_len);
    const char *pk_schema_u = api_argw(&a, &s->h.diag, pk_schema, pk_schema_len);
    const char *pk_table_u = api_argw(&a, &s->h.diag, pk_table, pk_table_len);
    const char *fk_cat_u = api_argw(&a, &s->h.diag, fk_cat, fk_cat_len);
    const char *fk_schema_u = api_argw(&a, &s->h.diag, fk_schema, fk_schema_len);
    const char *fk_table_u = api_argw(&a, &s->h.diag, fk_table, fk_table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_foreign_keys(s, pk_cat_u, pk_schema_u, pk_table_u, fk_cat_u, fk_schema_u, fk_table_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlstatistics-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLStatistics(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len,
        SQLUSMALLINT unique, SQLUSMALLINT reserved)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_arg(&a, &s->h.diag, table, table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_statistics(s, cat_u, schema_u, table_u, unique, reserved);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLStatisticsW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table, SQLSMALLINT table_len,
        SQLUSMALLINT unique, SQLUSMALLINT reserved)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_argw(&a, &s->h.diag, table, table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_statistics(s, cat_u, schema_u, table_u, unique, reserved);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlspecialcolumns-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLSpecialColumns(SQLHSTMT h, SQLUSMALLINT id_type, SQLCHAR *cat,
        SQLSMALLINT cat_len, SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table,
        SQLSMALLINT table_len, SQLUSMALLINT scope, SQLUSMALLINT nullable)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_arg(&a, &s->h.diag, table, table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_special_columns(s, id_type, cat_u, schema_u, table_u, scope, nullable);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLSpecialColumnsW(SQLHSTMT h, SQLUSMALLINT id_type,
        SQLWCHAR *cat, SQLSMALLINT cat_len, SQLWCHAR *schema, SQLSMALLINT schema_len,
        SQLWCHAR *table, SQLSMALLINT table_len, SQLUSMALLINT scope, SQLUSMALLINT nullable)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_argw(&a, &s->h.diag, table, table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_special_columns(s, id_type, cat_u, schema_u, table_u, scope, nullable);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlprocedures-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLProcedures(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *proc, SQLSMALLINT proc_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *proc_u = api_arg(&a, &s->h.diag, proc, proc_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_procedures(s, cat_u, schema_u, proc_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLProceduresW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *proc, SQLSMALLINT proc_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *proc_u = api_argw(&a, &s->h.diag, proc, proc_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_procedures(s, cat_u, schema_u, proc_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlprocedurecolumns-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLProcedureColumns(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *proc, SQLSMALLINT proc_len,
        SQLCHAR *column, SQLSMALLINT column_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *proc_u = api_arg(&a, &s->h.diag, proc, proc_len);
    const char *column_u = api_arg(&a, &s->h.diag, column, column_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_procedure_columns(s, cat_u, schema_u, proc_u, column_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLProcedureColumnsW(SQLHSTMT h, SQLWCHAR *cat,
        SQLSMALLINT cat_len, SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *proc,
        SQLSMALLINT proc_len, SQLWCHAR *column, SQLSMALLINT column_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *proc_u = api_argw(&a, &s->h.diag, proc, proc_len);
    const char *column_u = api_argw(&a, &s->h.diag, column, column_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_procedure_columns(s, cat_u, schema_u, proc_u, column_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqltableprivileges-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLTablePrivileges(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_arg(&a, &s->h.diag, table, table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_table_privileges(s, cat_u, schema_u, table_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLTablePrivilegesW(SQLHSTMT h, SQLWCHAR *cat,
        SQLSMALLINT cat_len, SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table,
        SQLSMALLINT table_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_argw(&a, &s->h.diag, table, table_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_table_privileges(s, cat_u, schema_u, table_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlcolumnprivileges-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLColumnPrivileges(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len,
        SQLCHAR *column, SQLSMALLINT column_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_arg(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_arg(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_arg(&a, &s->h.diag, table, table_len);
    const char *column_u = api_arg(&a, &s->h.diag, column, column_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_column_privileges(s, cat_u, schema_u, table_u, column_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLColumnPrivilegesW(SQLHSTMT h, SQLWCHAR *cat,
        SQLSMALLINT cat_len, SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table,
        SQLSMALLINT table_len, SQLWCHAR *column, SQLSMALLINT column_len)
{
    stmt *s = stmt_enter(h);
    if (!s)
        return SQL_INVALID_HANDLE;
    api_args a = {0};
    const char *cat_u = api_argw(&a, &s->h.diag, cat, cat_len);
    const char *schema_u = api_argw(&a, &s->h.diag, schema, schema_len);
    const char *table_u = api_argw(&a, &s->h.diag, table, table_len);
    const char *column_u = api_argw(&a, &s->h.diag, column, column_len);
    SQLRETURN rc = a.failed ? SQL_ERROR : cat_column_privileges(s, cat_u, schema_u, table_u, column_u);
    api_args_free(&a);
    return stmt_leave(s, rc);
}

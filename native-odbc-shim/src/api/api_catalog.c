/* Catalog functions: each converts its string arguments and calls one cat_ function
 * (core/catalog.c), which runs it through Bridge.catalog; with SQL_ATTR_ASYNC_ENABLE on, on a
 * worker thread (core/stmt_async.c). */
#include "api.h"
#include "../core/catalog.h"

/* What each function runs, now or on a worker thread (core/stmt_async.c): the converted
 * arguments in the order the cat_ function takes them. */
static SQLRETURN run_get_type_info(stmt *s, const stmt_call *c)
{
    return cat_get_type_info(s, (SQLSMALLINT)c->num[0]);
}

static SQLRETURN run_tables(stmt *s, const stmt_call *c)
{
    return cat_tables(s, c->str[0], c->str[1], c->str[2], c->str[3]);
}

static SQLRETURN run_columns(stmt *s, const stmt_call *c)
{
    return cat_columns(s, c->str[0], c->str[1], c->str[2], c->str[3]);
}

static SQLRETURN run_primary_keys(stmt *s, const stmt_call *c)
{
    return cat_primary_keys(s, c->str[0], c->str[1], c->str[2]);
}

static SQLRETURN run_foreign_keys(stmt *s, const stmt_call *c)
{
    return cat_foreign_keys(s, c->str[0], c->str[1], c->str[2], c->str[3], c->str[4], c->str[5]);
}

static SQLRETURN run_statistics(stmt *s, const stmt_call *c)
{
    return cat_statistics(s, c->str[0], c->str[1], c->str[2], (SQLUSMALLINT)c->num[0],
            (SQLUSMALLINT)c->num[1]);
}

static SQLRETURN run_special_columns(stmt *s, const stmt_call *c)
{
    return cat_special_columns(s, (SQLUSMALLINT)c->num[0], c->str[0], c->str[1], c->str[2],
            (SQLUSMALLINT)c->num[1], (SQLUSMALLINT)c->num[2]);
}

static SQLRETURN run_procedures(stmt *s, const stmt_call *c)
{
    return cat_procedures(s, c->str[0], c->str[1], c->str[2]);
}

static SQLRETURN run_procedure_columns(stmt *s, const stmt_call *c)
{
    return cat_procedure_columns(s, c->str[0], c->str[1], c->str[2], c->str[3]);
}

static SQLRETURN run_table_privileges(stmt *s, const stmt_call *c)
{
    return cat_table_privileges(s, c->str[0], c->str[1], c->str[2]);
}

static SQLRETURN run_column_privileges(stmt *s, const stmt_call *c)
{
    return cat_column_privileges(s, c->str[0], c->str[1], c->str[2], c->str[3]);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlgettypeinfo-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLGetTypeInfo(SQLHSTMT h, SQLSMALLINT type)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLGETTYPEINFO, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLGETTYPEINFO, CALL_EXECUTE, run_get_type_info, {0}, {0}, {0}};
    c.num[0] = type;
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLGetTypeInfoW(SQLHSTMT h, SQLSMALLINT type)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLGETTYPEINFO, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLGETTYPEINFO, CALL_EXECUTE, run_get_type_info, {0}, {0}, {0}};
    c.num[0] = type;
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqltables-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLTables(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len,
        SQLCHAR *type, SQLSMALLINT type_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLTABLES, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLTABLES, CALL_EXECUTE, run_tables, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, table, table_len);
    c.str[3] = api_arg(&a, &s->h.diag, type, type_len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLTablesW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table, SQLSMALLINT table_len,
        SQLWCHAR *type, SQLSMALLINT type_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLTABLES, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLTABLES, CALL_EXECUTE, run_tables, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, table, table_len);
    c.str[3] = api_argw(&a, &s->h.diag, type, type_len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlcolumns-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLColumns(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len,
        SQLCHAR *column, SQLSMALLINT column_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLCOLUMNS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLCOLUMNS, CALL_EXECUTE, run_columns, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, table, table_len);
    c.str[3] = api_arg(&a, &s->h.diag, column, column_len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLColumnsW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table, SQLSMALLINT table_len,
        SQLWCHAR *column, SQLSMALLINT column_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLCOLUMNS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLCOLUMNS, CALL_EXECUTE, run_columns, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, table, table_len);
    c.str[3] = api_argw(&a, &s->h.diag, column, column_len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlprimarykeys-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLPrimaryKeys(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLPRIMARYKEYS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLPRIMARYKEYS, CALL_EXECUTE, run_primary_keys, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, table, table_len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLPrimaryKeysW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table, SQLSMALLINT table_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLPRIMARYKEYS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLPRIMARYKEYS, CALL_EXECUTE, run_primary_keys, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, table, table_len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlforeignkeys-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLForeignKeys(SQLHSTMT h, SQLCHAR *pk_cat,
        SQLSMALLINT pk_cat_len, SQLCHAR *pk_schema, SQLSMALLINT pk_schema_len, SQLCHAR *pk_table,
        SQLSMALLINT pk_table_len, SQLCHAR *fk_cat, SQLSMALLINT fk_cat_len, SQLCHAR *fk_schema,
        SQLSMALLINT fk_schema_len, SQLCHAR *fk_table, SQLSMALLINT fk_table_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLFOREIGNKEYS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLFOREIGNKEYS, CALL_EXECUTE, run_foreign_keys, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, pk_cat, pk_cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, pk_schema, pk_schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, pk_table, pk_table_len);
    c.str[3] = api_arg(&a, &s->h.diag, fk_cat, fk_cat_len);
    c.str[4] = api_arg(&a, &s->h.diag, fk_schema, fk_schema_len);
    c.str[5] = api_arg(&a, &s->h.diag, fk_table, fk_table_len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLForeignKeysW(SQLHSTMT h, SQLWCHAR *pk_cat,
        SQLSMALLINT pk_cat_len, SQLWCHAR *pk_schema, SQLSMALLINT pk_schema_len,
        SQLWCHAR *pk_table, SQLSMALLINT pk_table_len, SQLWCHAR *fk_cat, SQLSMALLINT fk_cat_len,
        SQLWCHAR *fk_schema, SQLSMALLINT fk_schema_len, SQLWCHAR *fk_table,
        SQLSMALLINT fk_table_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLFOREIGNKEYS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLFOREIGNKEYS, CALL_EXECUTE, run_foreign_keys, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, pk_cat, pk_cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, pk_schema, pk_schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, pk_table, pk_table_len);
    c.str[3] = api_argw(&a, &s->h.diag, fk_cat, fk_cat_len);
    c.str[4] = api_argw(&a, &s->h.diag, fk_schema, fk_schema_len);
    c.str[5] = api_argw(&a, &s->h.diag, fk_table, fk_table_len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlstatistics-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLStatistics(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len,
        SQLUSMALLINT unique, SQLUSMALLINT reserved)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLSTATISTICS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLSTATISTICS, CALL_EXECUTE, run_statistics, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, table, table_len);
    c.num[0] = unique;
    c.num[1] = reserved;
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLStatisticsW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table, SQLSMALLINT table_len,
        SQLUSMALLINT unique, SQLUSMALLINT reserved)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLSTATISTICS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLSTATISTICS, CALL_EXECUTE, run_statistics, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, table, table_len);
    c.num[0] = unique;
    c.num[1] = reserved;
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlspecialcolumns-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLSpecialColumns(SQLHSTMT h, SQLUSMALLINT id_type, SQLCHAR *cat,
        SQLSMALLINT cat_len, SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table,
        SQLSMALLINT table_len, SQLUSMALLINT scope, SQLUSMALLINT nullable)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLSPECIALCOLUMNS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLSPECIALCOLUMNS, CALL_EXECUTE, run_special_columns, {0}, {0}, {0}};
    c.num[0] = id_type;
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, table, table_len);
    c.num[1] = scope;
    c.num[2] = nullable;
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLSpecialColumnsW(SQLHSTMT h, SQLUSMALLINT id_type,
        SQLWCHAR *cat, SQLSMALLINT cat_len, SQLWCHAR *schema, SQLSMALLINT schema_len,
        SQLWCHAR *table, SQLSMALLINT table_len, SQLUSMALLINT scope, SQLUSMALLINT nullable)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLSPECIALCOLUMNS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLSPECIALCOLUMNS, CALL_EXECUTE, run_special_columns, {0}, {0}, {0}};
    c.num[0] = id_type;
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, table, table_len);
    c.num[1] = scope;
    c.num[2] = nullable;
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlprocedures-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLProcedures(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *proc, SQLSMALLINT proc_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLPROCEDURES, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLPROCEDURES, CALL_EXECUTE, run_procedures, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, proc, proc_len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLProceduresW(SQLHSTMT h, SQLWCHAR *cat, SQLSMALLINT cat_len,
        SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *proc, SQLSMALLINT proc_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLPROCEDURES, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLPROCEDURES, CALL_EXECUTE, run_procedures, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, proc, proc_len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlprocedurecolumns-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLProcedureColumns(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *proc, SQLSMALLINT proc_len,
        SQLCHAR *column, SQLSMALLINT column_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLPROCEDURECOLUMNS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLPROCEDURECOLUMNS, CALL_EXECUTE, run_procedure_columns, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, proc, proc_len);
    c.str[3] = api_arg(&a, &s->h.diag, column, column_len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLProcedureColumnsW(SQLHSTMT h, SQLWCHAR *cat,
        SQLSMALLINT cat_len, SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *proc,
        SQLSMALLINT proc_len, SQLWCHAR *column, SQLSMALLINT column_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLPROCEDURECOLUMNS, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLPROCEDURECOLUMNS, CALL_EXECUTE, run_procedure_columns, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, proc, proc_len);
    c.str[3] = api_argw(&a, &s->h.diag, column, column_len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqltableprivileges-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLTablePrivileges(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLTABLEPRIVILEGES, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLTABLEPRIVILEGES, CALL_EXECUTE, run_table_privileges, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, table, table_len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLTablePrivilegesW(SQLHSTMT h, SQLWCHAR *cat,
        SQLSMALLINT cat_len, SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table,
        SQLSMALLINT table_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLTABLEPRIVILEGES, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLTABLEPRIVILEGES, CALL_EXECUTE, run_table_privileges, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, table, table_len);
    return api_run(s, &a, &c);
}

/* https://learn.microsoft.com/sql/odbc/reference/syntax/sqlcolumnprivileges-function */
QUIRE_EXPORT SQLRETURN SQL_API SQLColumnPrivileges(SQLHSTMT h, SQLCHAR *cat, SQLSMALLINT cat_len,
        SQLCHAR *schema, SQLSMALLINT schema_len, SQLCHAR *table, SQLSMALLINT table_len,
        SQLCHAR *column, SQLSMALLINT column_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLCOLUMNPRIVILEGES, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLCOLUMNPRIVILEGES, CALL_EXECUTE, run_column_privileges, {0}, {0}, {0}};
    c.str[0] = api_arg(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_arg(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_arg(&a, &s->h.diag, table, table_len);
    c.str[3] = api_arg(&a, &s->h.diag, column, column_len);
    return api_run(s, &a, &c);
}

QUIRE_EXPORT SQLRETURN SQL_API SQLColumnPrivilegesW(SQLHSTMT h, SQLWCHAR *cat,
        SQLSMALLINT cat_len, SQLWCHAR *schema, SQLSMALLINT schema_len, SQLWCHAR *table,
        SQLSMALLINT table_len, SQLWCHAR *column, SQLSMALLINT column_len)
{
    stmt *s;
    SQLRETURN rc;
    if (!stmt_enter_async(h, SQL_API_SQLCOLUMNPRIVILEGES, &s, &rc))
        return rc;
    api_args a = {0};
    stmt_call c = {SQL_API_SQLCOLUMNPRIVILEGES, CALL_EXECUTE, run_column_privileges, {0}, {0}, {0}};
    c.str[0] = api_argw(&a, &s->h.diag, cat, cat_len);
    c.str[1] = api_argw(&a, &s->h.diag, schema, schema_len);
    c.str[2] = api_argw(&a, &s->h.diag, table, table_len);
    c.str[3] = api_argw(&a, &s->h.diag, column, column_len);
    return api_run(s, &a, &c);
}

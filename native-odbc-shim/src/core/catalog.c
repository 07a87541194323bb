/*
 * The catalog functions: argument checks as the ODBC reference lists them, then one
 * Bridge.catalog call (numeric arguments as decimal strings); the result is an ordinary
 * result set.
 */
#include "driver.h"
#include "catalog.h"

#include <stdio.h>

SQLRETURN cat_get_type_info(stmt *s, SQLSMALLINT type)
{
    char t[16];
    snprintf(t, sizeof t, "%d", type);
    const char *args[] = {t};
    return stmt_catalog(s, SQL_API_SQLGETTYPEINFO, args, 1);
}

SQLRETURN cat_tables(stmt *s, const char *cat, const char *schema, const char *table,
                     const char *type)
{
    const char *args[] = {cat, schema, table, type};
    return stmt_catalog(s, SQL_API_SQLTABLES, args, 4);
}

SQLRETURN cat_columns(stmt *s, const char *cat, const char *schema, const char *table,
                      const char *column)
{
    const char *args[] = {cat, schema, table, column};
    return stmt_catalog(s, SQL_API_SQLCOLUMNS, args, 4);
}

SQLRETURN cat_primary_keys(stmt *s, const char *cat, const char *schema, const char *table)
{
    if (!table)
        return diag_post(&s->h.diag, "HY009", "SQLPrimaryKeys needs a table name");
    const char *args[] = {cat, schema, table};
    return stmt_catalog(s, SQL_API_SQLPRIMARYKEYS, args, 3);
}

SQLRETURN cat_foreign_keys(stmt *s, const char *pk_cat, const char *pk_schema,
                           const char *pk_table, const char *fk_cat, const char *fk_schema,
                           const char *fk_table)
{
    if (!pk_table && !fk_table)
        return diag_post(&s->h.diag, "HY009", "SQLForeignKeys needs a primary or a foreign key table");
    const char *args[] = {pk_cat, pk_schema, pk_table, fk_cat, fk_schema, fk_table};
    return stmt_catalog(s, SQL_API_SQLFOREIGNKEYS, args, 6);
}

SQLRETURN cat_statistics(stmt *s, const char *cat, const char *schema, const char *table,
                         SQLUSMALLINT unique, SQLUSMALLINT reserved)
{
    if (!table)
        return diag_post(&s->h.diag, "HY009", "SQLStatistics needs a table name");
    if (unique != SQL_INDEX_UNIQUE && unique != SQL_INDEX_ALL)
        return diag_post(&s->h.diag, "HY100", NULL);
    if (reserved != SQL_QUICK && reserved != SQL_ENSURE)
        return diag_post(&s->h.diag, "HY101", NULL);
    char u[8], r[8];
    snprintf(u, sizeof u, "%u", unique);
    snprintf(r, sizeof r, "%u", reserved);
    const char *args[] = {cat, schema, table, u, r};
    return stmt_catalog(s, SQL_API_SQLSTATISTICS, args, 5);
}

SQLRETURN cat_special_columns(stmt *s, SQLUSMALLINT id_type, const char *cat, const char *schema,
                              const char *table, SQLUSMALLINT scope, SQLUSMALLINT nullable)
{
    if (!table)
        return diag_post(&s->h.diag, "HY009", "SQLSpecialColumns needs a table name");
    if (id_type != SQL_BEST_ROWID && id_type != SQL_ROWVER)
        return diag_post(&s->h.diag, "HY097", NULL);
    if (scope != SQL_SCOPE_CURROW && scope != SQL_SCOPE_TRANSACTION && scope != SQL_SCOPE_SESSION)
        return diag_post(&s->h.diag, "HY098", NULL);
    if (nullable != SQL_NO_NULLS && nullable != SQL_NULLABLE)
        return diag_post(&s->h.diag, "HY099", NULL);
    char i[8], sc[8], n[8];
    snprintf(i, sizeof i, "%u", id_type);
    snprintf(sc, sizeof sc, "%u", scope);
    snprintf(n, sizeof n, "%u", nullable);
    const char *args[] = {i, cat, schema, table, sc, n};
    return stmt_catalog(s, SQL_API_SQLSPECIALCOLUMNS, args, 6);
}

SQLRETURN cat_procedures(stmt *s, const char *cat, const char *schema, const char *proc)
{
    const char *args[] = {cat, schema, proc};
    return stmt_catalog(s, SQL_API_SQLPROCEDURES, args, 3);
}

SQLRETURN cat_procedure_columns(stmt *s, const char *cat, const char *schema, const char *proc,
                                const char *column)
{
    const char *args[] = {cat, schema, proc, column};
    return stmt_catalog(s, SQL_API_SQLPROCEDURECOLUMNS, args, 4);
}

SQLRETURN cat_table_privileges(stmt *s, const char *cat, const char *schema, const char *table)
{
    const char *args[] = {cat, schema, table};
    return stmt_catalog(s, SQL_API_SQLTABLEPRIVILEGES, args, 3);
}

SQLRETURN cat_column_privileges(stmt *s, const char *cat, const char *schema, const char *table,
                                const char *column)
{
    const char *args[] = {cat, schema, table, column};
    return stmt_catalog(s, SQL_API_SQLCOLUMNPRIVILEGES, args, 4);
}

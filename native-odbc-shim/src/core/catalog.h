/* Catalog functions (catalog.c): UTF-8 arguments, NULL = a NULL pointer argument. */
#ifndef QUIRE_CATALOG_H
#define QUIRE_CATALOG_H

#include "handles.h"

SQLRETURN cat_get_type_info(stmt *s, SQLSMALLINT type);
SQLRETURN cat_tables(stmt *s, const char *cat, const char *schema, const char *table,
                     const char *type);
SQLRETURN cat_columns(stmt *s, const char *cat, const char *schema, const char *table,
                      const char *column);
SQLRETURN cat_primary_keys(stmt *s, const char *cat, const char *schema, const char *table);
SQLRETURN cat_foreign_keys(stmt *s, const char *pk_cat, const char *pk_schema,
                           const char *pk_table, const char *fk_cat, const char *fk_schema,
                           const char *fk_table);
SQLRETURN cat_statistics(stmt *s, const char *cat, const char *schema, const char *table,
                         SQLUSMALLINT unique, SQLUSMALLINT reserved);
SQLRETURN cat_special_columns(stmt *s, SQLUSMALLINT id_type, const char *cat, const char *schema,
                              const char *table, SQLUSMALLINT scope, SQLUSMALLINT nullable);
SQLRETURN cat_procedures(stmt *s, const char *cat, const char *schema, const char *proc);
SQLRETURN cat_procedure_columns(stmt *s, const char *cat, const char *schema, const char *proc,
                                const char *column);
SQLRETURN cat_table_privileges(stmt *s, const char *cat, const char *schema, const char *table);
SQLRETURN cat_column_privileges(stmt *s, const char *cat, const char *schema, const char *table,
                                const char *column);

#endif

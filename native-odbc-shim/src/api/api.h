/*
 * Shared by the src/api files: argument strings to UTF-8. ANSI strings are in the ANSI code
 * page (plat_ansi_to_utf8: UTF-8 on Linux, CP_ACP on Windows); W strings are UTF-16. A set of
 * converted arguments is freed at once.
 */
#ifndef QUIRE_API_H
#define QUIRE_API_H

#include "../core/driver.h"

#define API_MAX_ARGS 6

typedef struct api_args {
    char *v[API_MAX_ARGS];
    int n;
    int failed;     /* a diagnostic was posted (HY090 or HY001) */
} api_args;

/* Appends one converted argument (NULL stays NULL); len is the ODBC length (SQL_NTS ok), in
 * bytes for api_arg, in characters for api_argw. */
const char *api_arg(api_args *a, diag_list *d, const SQLCHAR *s, SQLINTEGER len);
const char *api_argw(api_args *a, diag_list *d, const SQLWCHAR *s, SQLINTEGER len);
void api_args_free(api_args *a);

/* The end of a function that may run asynchronously: runs c (stmt_call_run) unless converting
 * its arguments failed, frees them and leaves the statement. */
SQLRETURN api_run(stmt *s, api_args *a, const stmt_call *c);

#endif

/* Argument conversion for the exported functions (api.h). */
#include "api.h"

#include <stdlib.h>
#include <string.h>

#include "../platform/platform.h"
#include "../util/utf.h"

static const char *keep(api_args *a, diag_list *d, char *s)
{
    if (!s) {
        a->failed = 1;
        diag_oom(d);
        return NULL;
    }
    if (a->n < API_MAX_ARGS)
        a->v[a->n++] = s;
    return s;
}

const char *api_arg(api_args *a, diag_list *d, const SQLCHAR *s, SQLINTEGER len)
{
    if (!s)
        return NULL;
    if (len < 0 && len != SQL_NTS) {
        a->failed = 1;
        diag_post(d, "HY090", NULL);
        return NULL;
    }
    size_t n = len == SQL_NTS ? strlen((const char *)s) : (size_t)len;
    return keep(a, d, plat_ansi_to_utf8((const char *)s, n, NULL));
}

const char *api_argw(api_args *a, diag_list *d, const SQLWCHAR *s, SQLINTEGER len)
{
    if (!s)
        return NULL;
    if (len < 0 && len != SQL_NTS) {
        a->failed = 1;
        diag_post(d, "HY090", NULL);
        return NULL;
    }
    return keep(a, d, utf16_to_utf8_dup(s, len));
}

void api_args_free(api_args *a)
{
    for (int i = 0; i < a->n; i++) {
        memset(a->v[i], 0, strlen(a->v[i]));   /* arguments may hold a password */
        free(a->v[i]);
    }
    a->n = 0;
}

SQLRETURN api_run(stmt *s, api_args *a, const stmt_call *c)
{
    SQLRETURN rc = a->failed ? SQL_ERROR : stmt_call_run(s, c);
    api_args_free(a);
    return stmt_leave(s, rc);
}

/* DSN sections, read key by key: odbcinst lists a section's key names when asked for
 * the NULL key, NUL-separated. plat_ini_get gives UTF-8 on Windows too. */
#include "dbc_ini.h"

#include <stdlib.h>
#include <string.h>

#include "../platform/platform.h"
#include "../util/strbuf.h"

#define INI_BUF 65536

char *ini_dsn_attrs(const char *dsn)
{
    if (!dsn || !*dsn)
        return NULL;
    char *keys = malloc(INI_BUF), *val = malloc(INI_BUF);
    strbuf out = {0};
    if (!keys || !val) {
        free(keys);
        free(val);
        return NULL;
    }
    int n = plat_ini_get(dsn, NULL, "odbc.ini", keys, INI_BUF);
    for (int i = 0; n > 0 && i < n && keys[i]; i += (int)strlen(keys + i) + 1) {
        const char *key = keys + i;
        plat_ini_get(dsn, key, "odbc.ini", val, INI_BUF);
        sb_puts(&out, key);
        sb_append(&out, "=", 1);
        /* a value cannot hold a newline in an ini file; drop any to keep the format */
        for (char *p = val; *p; p++)
            if (*p == '\n' || *p == '\r')
                *p = ' ';
        sb_puts(&out, val);
        sb_append(&out, "\n", 1);
    }
    free(keys);
    free(val);
    if (out.len == 0) {
        sb_free(&out);
        return NULL;
    }
    return sb_take(&out);
}

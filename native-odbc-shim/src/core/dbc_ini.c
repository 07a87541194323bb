/* DSN sections, read key by key: odbcinst lists a section's key names when asked for
 * the NULL key, NUL-separated. */
#include "dbc_ini.h"

#include <stdlib.h>
#include <string.h>

#include <odbcinst.h>

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
    int n = SQLGetPrivateProfileString(dsn, NULL, "", keys, INI_BUF, "odbc.ini");
    for (int i = 0; n > 0 && i < n && keys[i]; i += (int)strlen(keys + i) + 1) {
        const char *key = keys + i;
        val[0] = '\0';
        SQLGetPrivateProfileString(dsn, key, "", val, INI_BUF, "odbc.ini");
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

/* Bootstrap tokenizer for ODBC connection strings (see connstr.h). */
#include "connstr.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t skip_space(const char *s, size_t i, size_t len)
{
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    return i;
}

/* Decodes the value starting at s[*pos] into out (at least len bytes); returns its length
 * and leaves *pos after the terminating ';' (or at len). */
static size_t read_value(const char *s, size_t len, size_t *pos, char *out)
{
    size_t i = skip_space(s, *pos, len), n = 0;
    if (i < len && (s[i] == '{' || s[i] == '"' || s[i] == '\'')) {
        char close = s[i] == '{' ? '}' : s[i];
        i++;
        while (i < len) {
            if (s[i] == close) {
                if (i + 1 < len && s[i + 1] == close) {   /* doubled: a literal */
                    out[n++] = close;
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            out[n++] = s[i++];
        }
        while (i < len && s[i] != ';')   /* ignore anything between the close and ';' */
            i++;
    } else {
        size_t start = i;
        while (i < len && s[i] != ';')
            i++;
        size_t end = i;
        while (end > start && isspace((unsigned char)s[end - 1]))
            end--;
        memcpy(out, s + start, end - start);
        n = end - start;
    }
    if (i < len && s[i] == ';')
        i++;
    *pos = i;
    out[n] = '\0';
    return n;
}

int connstr_each(const char *s, size_t len, connstr_fn fn, void *ctx)
{
    char *val = malloc(len + 1);
    if (!val)
        return -1;
    size_t i = 0;
    while (i < len) {
        i = skip_space(s, i, len);
        if (i < len && s[i] == ';') {
            i++;
            continue;
        }
        size_t kstart = i;
        while (i < len && s[i] != '=' && s[i] != ';')
            i++;
        if (i >= len || s[i] == ';') {   /* a key without '=': not a pair, skip it */
            if (i < len)
                i++;
            continue;
        }
        size_t kend = i;
        while (kend > kstart && isspace((unsigned char)s[kend - 1]))
            kend--;
        i++;  /* '=' */
        size_t vlen = read_value(s, len, &i, val);
        if (kend > kstart && fn(s + kstart, kend - kstart, val, vlen, ctx))
            break;
    }
    free(val);
    return 0;
}

struct get_ctx {
    const char *key;
    char *found;
};

static int get_cb(const char *key, size_t klen, const char *val, size_t vlen, void *ctx)
{
    struct get_ctx *g = ctx;
    if (strlen(g->key) != klen || strncasecmp(g->key, key, klen) != 0)
        return 0;
    g->found = malloc(vlen + 1);
    if (g->found) {
        memcpy(g->found, val, vlen);
        g->found[vlen] = '\0';
    }
    return 1;   /* the first occurrence wins (SQLDriverConnect rules) */
}

char *connstr_get(const char *s, size_t len, const char *key)
{
    struct get_ctx g = {key, NULL};
    if (!s)
        return NULL;
    connstr_each(s, len, get_cb, &g);
    return g.found;
}

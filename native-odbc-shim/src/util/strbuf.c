#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

void sb_append(strbuf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void sb_puts(strbuf *b, const char *s)
{
    sb_append(b, s, strlen(s));
}

void sb_put_pair_braced(strbuf *b, const char *key, const char *value)
{
    if (b->len > 0)
        sb_append(b, ";", 1);
    sb_puts(b, key);
    sb_append(b, "={", 2);
    for (const char *p = value; *p; p++) {
        if (*p == '}')
            sb_append(b, "}}", 2);   /* a literal '}' inside braces is written twice */
        else
            sb_append(b, p, 1);
    }
    sb_append(b, "}", 1);
}

char *sb_take(strbuf *b)
{
    if (b->oom) {
        sb_free(b);
        return NULL;
    }
    if (!b->p)
        sb_append(b, "", 0);
    char *p = b->p;
    b->p = NULL;
    b->len = b->cap = 0;
    return p;
}

void sb_free(strbuf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

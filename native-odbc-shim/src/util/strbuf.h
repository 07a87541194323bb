/* A growable NUL-terminated byte string; on allocation failure it sets oom and stops. */
#ifndef QUIRE_STRBUF_H
#define QUIRE_STRBUF_H

#include <stddef.h>

typedef struct strbuf {
    char *p;
    size_t len;
    size_t cap;
    int oom;
} strbuf;

void sb_append(strbuf *b, const char *s, size_t n);
void sb_puts(strbuf *b, const char *s);
/* Appends `key={value}` (with `}` doubled), preceded by ';' when b is not empty. */
void sb_put_pair_braced(strbuf *b, const char *key, const char *value);
/* Takes the string (never NULL unless oom) and resets b. */
char *sb_take(strbuf *b);
void sb_free(strbuf *b);

#endif

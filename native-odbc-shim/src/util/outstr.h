/*
 * Writing a UTF-8 string into an application's output buffer, as char in the ANSI code page
 * (ANSI entry points: plat_utf8_to_ansi) or SQLWCHAR (W entry points), NUL-terminated and
 * truncated the ODBC way, never inside a character. Internal functions take a text_out so
 * the same code serves both sides.
 */
#ifndef QUIRE_OUTSTR_H
#define QUIRE_OUTSTR_H

#include <stddef.h>

#include "quire_odbc.h"

typedef struct text_out {
    void *buf;      /* may be NULL: then only the length is computed */
    size_t cap;     /* buffer size in bytes */
    int wide;       /* 1: SQLWCHAR */
} text_out;

/* Builds a text_out from an ODBC buffer length given in characters or in bytes. */
text_out text_out_chars(void *buf, SQLLEN len_chars, int wide);
text_out text_out_bytes(void *buf, SQLLEN len_bytes, int wide);

/* Writes s (len bytes, or strlen when len is (size_t)-1). *units receives the full length
 * in characters of the target encoding (bytes of the ANSI code page for ANSI, UTF-16 code
 * units for W).
 * Returns 1 when the value was truncated (the caller posts 01004), else 0. */
int text_put(const text_out *o, const char *s, size_t len, size_t *units);

/* Size in bytes of one character of the target encoding. */
static inline size_t text_unit(const text_out *o) { return o->wide ? sizeof(SQLWCHAR) : 1; }

#endif

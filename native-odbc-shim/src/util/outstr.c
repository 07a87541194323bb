#include "outstr.h"

#include <stdint.h>
#include <string.h>

#include "utf.h"
#include "../platform/platform.h"

text_out text_out_chars(void *buf, SQLLEN len_chars, int wide)
{
    text_out o = {buf, len_chars > 0 ? (size_t)len_chars * (wide ? sizeof(SQLWCHAR) : 1) : 0, wide};
    return o;
}

text_out text_out_bytes(void *buf, SQLLEN len_bytes, int wide)
{
    text_out o = {buf, len_bytes > 0 ? (size_t)len_bytes : 0, wide};
    return o;
}

int text_put(const text_out *o, const char *s, size_t len, size_t *units)
{
    if (!s)
        s = "";
    if (len == (size_t)-1)
        len = strlen(s);
    if (!o->wide) {
        /* bytes of the ANSI code page; a truncated value ends before a whole character */
        size_t need = plat_utf8_to_ansi(s, len, NULL, SIZE_MAX, NULL);
        if (units)
            *units = need;
        if (!o->buf || o->cap == 0)
            return o->buf != NULL;   /* no room even for the NUL: truncated */
        size_t n = plat_utf8_to_ansi(s, len, o->buf, o->cap - 1, NULL);
        ((char *)o->buf)[n] = '\0';
        return n < need;
    }
    size_t need = utf8_to_utf16(s, len, NULL, 0);
    if (units)
        *units = need;
    size_t cap_units = o->cap / sizeof(SQLWCHAR);
    if (!o->buf || cap_units == 0)
        return o->buf != NULL;
    size_t written = need;
    if (need > cap_units - 1) {
        /* convert only the prefix that fits, so a surrogate pair is never split */
        size_t b = utf8_prefix_bytes_for_units(s, len, cap_units - 1);
        written = utf8_to_utf16(s, b, NULL, 0);
        if (written > cap_units - 1)
            written = 0;
        len = written ? b : 0;
    }
    utf8_to_utf16(s, len, o->buf, written);
    ((SQLWCHAR *)o->buf)[written] = 0;
    return written < need;
}

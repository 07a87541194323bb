#include "outstr.h"

#include <string.h>

#include "utf.h"

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
        if (units)
            *units = len;
        if (!o->buf || o->cap == 0)
            return o->buf != NULL;   /* no room even for the NUL: truncated */
        size_t n = len < o->cap - 1 ? len : o->cap - 1;
        memcpy(o->buf, s, n);
        ((char *)o->buf)[n] = '\0';
        return n < len;
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

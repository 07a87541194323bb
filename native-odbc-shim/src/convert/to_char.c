/*
 * SQL_C_CHAR: the textual form of any value in the ANSI code page (plat_utf8_to_ansi: UTF-8 on
 * Linux, CP_ACP on Windows), NUL-terminated, piecewise for SQLGetData. Lengths and offsets are
 * in bytes of that encoding. A truncated piece holds whole characters only (it may be a few
 * bytes short of the buffer), so every piece is text of its own and the pieces concatenate
 * exactly; when not even one character fits, the piece is empty and nothing is consumed.
 */
#include "cv_internal.h"

#include <stdint.h>

#include "platform/platform.h"

SQLRETURN cv_to_char(const cv_value *v, int cls, SQLPOINTER target, SQLLEN buflen,
                     SQLLEN *ind, cv_cursor *cur, cv_status *st)
{
    cv_text t;
    size_t total, off, from = 0, remaining, avail, n;
    char *out = (char *)target;
    SQLRETURN rc;

    if (buflen < 0)
        return cv_fail(st, "HY090", "Invalid string or buffer length");
    rc = cv_source_text(v, cls, &t, st);
    if (rc != SQL_SUCCESS)
        return rc;
    /* hex text is ASCII, the same in every code page: one byte per character */
    total = t.hex ? t.len : plat_utf8_to_ansi(t.p, t.len, NULL, SIZE_MAX, NULL);
    off = cur ? cur->offset : 0;
    if (off > total)
        off = total;
    if (off && !t.hex)   /* the source bytes the earlier pieces came from */
        plat_utf8_to_ansi(t.p, t.len, NULL, off, &from);
    remaining = total - off;
    if (out == NULL || buflen == 0) {
        /* length probe: nothing written */
        if (ind)
            *ind = (SQLLEN)remaining;
        return cv_info(st, "01004", CV_MSG_01004);
    }
    avail = (size_t)buflen - 1;
    if (off == 0 && t.essential > avail)
        return cv_fail(st, "22003", CV_MSG_22003);
    if (t.hex) {
        n = remaining < avail ? remaining : avail;
        cv_text_copy(&t, off, n, out);
    } else {
        n = plat_utf8_to_ansi(t.p + from, t.len - from, out, avail, NULL);
    }
    out[n] = '\0';
    if (ind)
        *ind = (SQLLEN)remaining;
    if (n < remaining) {
        if (cur)
            cur->offset = off + n;
        return cv_info(st, "01004", CV_MSG_01004);
    }
    if (cur) {
        cur->offset = total;
        cur->done = 1;
    }
    return SQL_SUCCESS;
}

/*
 * SQL_C_CHAR: the textual form of any value as UTF-8 bytes, NUL-terminated, piecewise for
 * SQLGetData. A truncated piece is filled completely (a multi-byte UTF-8 character may be
 * split between pieces: SQL_C_CHAR is a byte stream, the pieces concatenate exactly).
 */
#include "cv_internal.h"

SQLRETURN cv_to_char(const cv_value *v, int cls, SQLPOINTER target, SQLLEN buflen,
                     SQLLEN *ind, cv_cursor *cur, cv_status *st)
{
    cv_text t;
    size_t off, remaining, avail, n;
    char *out = (char *)target;
    SQLRETURN rc;

    if (buflen < 0)
        return cv_fail(st, "HY090", "Invalid string or buffer length");
    rc = cv_source_text(v, cls, &t, st);
    if (rc != SQL_SUCCESS)
        return rc;
    off = cur ? cur->offset : 0;
    if (off > t.len)
        off = t.len;
    remaining = t.len - off;
    if (out == NULL || buflen == 0) {
        /* length probe: nothing written */
        if (ind)
            *ind = (SQLLEN)remaining;
        return cv_info(st, "01004", CV_MSG_01004);
    }
    avail = (size_t)buflen - 1;
    if (off == 0 && t.essential > avail)
        return cv_fail(st, "22003", CV_MSG_22003);
    n = remaining < avail ? remaining : avail;
    cv_text_copy(&t, off, n, out);
    out[n] = '\0';
    if (ind)
        *ind = (SQLLEN)remaining;
    if (n < remaining) {
        if (cur)
            cur->offset = off + n;
        return cv_info(st, "01004", CV_MSG_01004);
    }
    if (cur) {
        cur->offset = t.len;
        cur->done = 1;
    }
    return SQL_SUCCESS;
}

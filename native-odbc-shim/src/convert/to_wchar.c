/*
 * SQL_C_WCHAR: the textual form of any value as UTF-16 (SQLWCHAR), NUL-terminated (2 bytes),
 * piecewise for SQLGetData. Lengths and offsets are in bytes of UTF-16. A surrogate pair is
 * never split: when only its first half would fit, the piece ends before it.
 */
#include "cv_internal.h"
#include "util/utf.h"

SQLRETURN cv_to_wchar(const cv_value *v, int cls, SQLPOINTER target, SQLLEN buflen,
                      SQLLEN *ind, cv_cursor *cur, cv_status *st)
{
    cv_text t;
    size_t total, off, remaining, avail, n;
    SQLWCHAR *out = (SQLWCHAR *)target;
    SQLRETURN rc;

    if (buflen < 0)
        return cv_fail(st, "HY090", "Invalid string or buffer length");
    rc = cv_source_text(v, cls, &t, st);
    if (rc != SQL_SUCCESS)
        return rc;
    total = t.hex ? t.len : utf8_to_utf16(t.p, t.len, NULL, 0);
    off = cur ? cur->offset / sizeof(SQLWCHAR) : 0;
    if (off > total)
        off = total;
    remaining = total - off;
    if (out == NULL || (size_t)buflen < sizeof(SQLWCHAR)) {
        if (ind)
            *ind = (SQLLEN)(remaining * sizeof(SQLWCHAR));
        return cv_info(st, "01004", CV_MSG_01004);
    }
    avail = (size_t)buflen / sizeof(SQLWCHAR) - 1;
    if (off == 0 && t.essential > avail)
        return cv_fail(st, "22003", CV_MSG_22003);
    if (t.hex) {
        /* all ASCII: one unit per character */
        char tmp[256];
        size_t done = 0;
        n = remaining < avail ? remaining : avail;
        while (done < n) {
            size_t k, chunk = n - done < sizeof tmp ? n - done : sizeof tmp;
            cv_text_copy(&t, off + done, chunk, tmp);
            for (k = 0; k < chunk; k++)
                out[done + k] = (SQLWCHAR)(unsigned char)tmp[k];
            done += chunk;
        }
    } else {
        size_t from = utf8_prefix_bytes_for_units(t.p, t.len, off);
        const char *src = t.p + from;
        size_t srclen = t.len - from;
        if (remaining <= avail) {
            n = utf8_to_utf16(src, srclen, out, avail);
        } else {
            /* the characters that fit entirely (never half a surrogate pair) */
            size_t fit = utf8_prefix_bytes_for_units(src, srclen, avail);
            n = utf8_to_utf16(src, fit, out, avail);
        }
    }
    out[n] = 0;
    if (ind)
        *ind = (SQLLEN)(remaining * sizeof(SQLWCHAR));
    if (n < remaining) {
        if (cur)
            cur->offset = (off + n) * sizeof(SQLWCHAR);
        return cv_info(st, "01004", CV_MSG_01004);
    }
    if (cur) {
        cur->offset = total * sizeof(SQLWCHAR);
        cur->done = 1;
    }
    return SQL_SUCCESS;
}

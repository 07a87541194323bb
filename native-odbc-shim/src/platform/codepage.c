/*
 * The ANSI code page (platform.h): the encoding of the char strings the ANSI entry points take
 * and return and of SQL_C_CHAR data. Linux: UTF-8, so both directions are the identity and
 * only cut at character boundaries. Windows: the process's code page (GetACP()), through
 * UTF-16; a character the code page lacks becomes its default character '?', never a best-fit
 * look-alike (WC_NO_BEST_FIT_CHARS: best fit can turn a harmless letter into '\' or '"').
 *
 * Built into the quire_convert library (test/CMakeLists.txt), not by the platform glob:
 * SQL_C_CHAR conversion (src/convert) needs it, and the driver links that library.
 */
#include "platform.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf.h"

static char *dup_n(const char *s, size_t len, size_t *out_len)
{
    char *r = malloc(len + 1);
    if (!r)
        return NULL;
    if (len)
        memcpy(r, s, len);
    r[len] = '\0';
    if (out_len)
        *out_len = len;
    return r;
}

/* The longest prefix of the UTF-8 text s[0..len) within cap bytes that does not end inside a
 * character (a malformed sequence counts as the characters the decoder makes of it). */
static size_t utf8_fit(const char *s, size_t len, size_t cap)
{
    if (cap >= len)
        return len;
    size_t p = cap;   /* s[cap] is the first byte left out: does a character straddle it? */
    while (p > 0 && cap - p < 3 && ((unsigned char)s[p] & 0xC0) == 0x80)
        p--;
    if (p < cap && (unsigned char)s[p] >= 0xC0) {
        size_t adv;
        utf8_next(s + p, len - p, &adv);
        if (p + adv > cap)
            return p;
    }
    return cap;
}

static size_t utf8_identity(const char *s, size_t len, char *out, size_t cap, size_t *fit)
{
    size_t n = utf8_fit(s, len, cap);
    if (out && n)
        memcpy(out, s, n);
    if (fit)
        *fit = n;
    return n;
}

#ifndef _WIN32

int plat_ansi_is_utf8(void) { return 1; }

char *plat_ansi_to_utf8(const char *s, size_t len, size_t *out_len)
{
    return dup_n(s, len, out_len);
}

size_t plat_utf8_to_ansi(const char *s, size_t len, char *out, size_t cap, size_t *fit)
{
    return utf8_identity(s, len, out, cap, fit);
}

#else

#include <limits.h>

int plat_ansi_is_utf8(void) { return GetACP() == CP_UTF8; }

char *plat_ansi_to_utf8(const char *s, size_t len, size_t *out_len)
{
    return plat_cp_to_utf8(GetACP(), s, len, out_len);
}

size_t plat_utf8_to_ansi(const char *s, size_t len, char *out, size_t cap, size_t *fit)
{
    return plat_utf8_to_cp(GetACP(), s, len, out, cap, fit);
}

char *plat_cp_to_utf8(unsigned cp, const char *s, size_t len, size_t *out_len)
{
    if (cp == CP_UTF8)
        return dup_n(s, len, out_len);
    if (len > INT_MAX)
        return NULL;
    int wn = len ? MultiByteToWideChar(cp, 0, s, (int)len, NULL, 0) : 0;
    WCHAR *w = malloc((wn > 0 ? (size_t)wn : 1) * sizeof *w);
    if (!w)
        return NULL;
    if (wn > 0)
        wn = MultiByteToWideChar(cp, 0, s, (int)len, w, wn);
    size_t n = wn > 0 ? (size_t)wn : 0;
    size_t need = utf16_to_utf8((const SQLWCHAR *)w, n, NULL, 0);
    char *r = malloc(need + 1);
    if (r) {
        utf16_to_utf8((const SQLWCHAR *)w, n, r, need);
        r[need] = '\0';
        if (out_len)
            *out_len = need;
    }
    SecureZeroMemory(w, n * sizeof *w);   /* the argument may be a password */
    free(w);
    return r;
}

/* One character in code page cp (out: at least 8 bytes); returns its length. No ANSI code
 * page has characters beyond the BMP: those become U+FFFD, which converts to the default. */
static size_t cp_char(unsigned cp, unsigned long c, char *out)
{
    WCHAR w = c < 0x10000 ? (WCHAR)c : (WCHAR)0xFFFD;
    int n = WideCharToMultiByte(cp, WC_NO_BEST_FIT_CHARS, &w, 1, out, 8, NULL, NULL);
    if (n <= 0)   /* a code page that refuses the flag */
        n = WideCharToMultiByte(cp, 0, &w, 1, out, 8, NULL, NULL);
    if (n <= 0) {
        out[0] = '?';
        n = 1;
    }
    return (size_t)n;
}

size_t plat_utf8_to_cp(unsigned cp, const char *s, size_t len, char *out, size_t cap,
                       size_t *fit)
{
    if (cp == CP_UTF8)
        return utf8_identity(s, len, out, cap, fit);
    size_t i = 0, n = 0;
    while (i < len) {
        char buf[8];
        size_t k, adv;
        if ((unsigned char)s[i] < 0x80) {   /* ASCII is itself in every ANSI code page */
            buf[0] = s[i];
            k = adv = 1;
        } else {
            k = cp_char(cp, utf8_next(s + i, len - i, &adv), buf);
        }
        if (k > cap - n)
            break;
        if (out)
            memcpy(out + n, buf, k);
        n += k;
        i += adv;
    }
    if (fit)
        *fit = i;
    return n;
}

#endif

/*
 * UTF-8 <-> UTF-16 conversions (see utf.h).
 *
 * Decoding of UTF-8 follows the Unicode "maximal subpart" practice: an ill-formed sequence
 * (bad lead byte, overlong form, encoded surrogate, code point above U+10FFFF, truncated
 * sequence) becomes exactly one U+FFFD per maximal subpart, and a byte that cannot start
 * or continue a sequence is replaced on its own. Lone UTF-16 surrogates become U+FFFD too.
 * Every function reads at most len input units and never past them.
 */
#include "util/utf.h"
#include "platform/platform.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define REPLACEMENT 0xFFFDu

/* Decodes one character of UTF-8 from s[0..len) (len > 0). *adv receives the number of
 * bytes consumed (>= 1). Returns the code point, or U+FFFD for an ill-formed sequence. */
static uint32_t utf8_decode(const unsigned char *s, size_t len, size_t *adv)
{
    unsigned char c = s[0];
    uint32_t cp;
    size_t need, i;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */

    if (c < 0x80) {
        *adv = 1;
        return c;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0Fu;
        if (c == 0xE0)
            lo = 0xA0;          /* no overlong forms */
        else if (c == 0xED)
            hi = 0x9F;          /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07u;
        if (c == 0xF0)
            lo = 0x90;          /* no overlong forms */
        else if (c == 0xF4)
            hi = 0x8F;          /* nothing above U+10FFFF */
    } else {
        *adv = 1;               /* 0x80..0xC1, 0xF5..0xFF: never valid as a lead byte */
        return REPLACEMENT;
    }
    for (i = 1; i <= need; i++) {
        unsigned char b;
        if (i >= len) {         /* truncated at the end of the input */
            *adv = i;
            return REPLACEMENT;
        }
        b = s[i];
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
            *adv = i;           /* the offending byte starts the next sequence */
            return REPLACEMENT;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    *adv = need + 1;
    return cp;
}

/* Decodes one character of UTF-16 from s[0..len) (len > 0); lone surrogates -> U+FFFD. */
static uint32_t utf16_decode(const SQLWCHAR *s, size_t len, size_t *adv)
{
    uint32_t c = (uint32_t)s[0] & 0xFFFFu;
    if (c >= 0xD800 && c <= 0xDBFF) {
        if (len >= 2) {
            uint32_t d = (uint32_t)s[1] & 0xFFFFu;
            if (d >= 0xDC00 && d <= 0xDFFF) {
                *adv = 2;
                return 0x10000u + ((c - 0xD800u) << 10) + (d - 0xDC00u);
            }
        }
        *adv = 1;
        return REPLACEMENT;
    }
    *adv = 1;
    if (c >= 0xDC00 && c <= 0xDFFF)
        return REPLACEMENT;
    return c;
}

unsigned long utf8_next(const char *s, size_t len, size_t *adv)
{
    return utf8_decode((const unsigned char *)s, len, adv);
}

size_t utf16_strlen(const SQLWCHAR *s)
{
    size_t n = 0;
    if (s == NULL)
        return 0;
    while (s[n] != 0)
        n++;
    return n;
}

size_t utf8_to_utf16(const char *s, size_t len, SQLWCHAR *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, total = 0, written = 0;
    int full = (out == NULL); /* once one character did not fit, nothing more is written */

    if (s == NULL)
        return 0;
    while (i < len) {
        size_t adv;
        uint32_t cp = utf8_decode(p + i, len - i, &adv);
        size_t units = cp >= 0x10000u ? 2 : 1;
        i += adv;
        total += units;
        if (!full) {
            if (written + units <= cap) {
                if (units == 2) {
                    cp -= 0x10000u;
                    out[written++] = (SQLWCHAR)(0xD800u + (cp >> 10));
                    out[written++] = (SQLWCHAR)(0xDC00u + (cp & 0x3FFu));
                } else {
                    out[written++] = (SQLWCHAR)cp;
                }
            } else {
                full = 1;
            }
        }
    }
    return total;
}

size_t utf16_to_utf8(const SQLWCHAR *s, size_t len, char *out, size_t cap)
{
    size_t i = 0, total = 0, written = 0;
    int full = (out == NULL);

    if (s == NULL)
        return 0;
    while (i < len) {
        size_t adv, n;
        uint32_t cp = utf16_decode(s + i, len - i, &adv);
        unsigned char b[4];
        i += adv;
        if (cp < 0x80) {
            b[0] = (unsigned char)cp;
            n = 1;
        } else if (cp < 0x800) {
            b[0] = (unsigned char)(0xC0u | (cp >> 6));
            b[1] = (unsigned char)(0x80u | (cp & 0x3Fu));
            n = 2;
        } else if (cp < 0x10000u) {
            b[0] = (unsigned char)(0xE0u | (cp >> 12));
            b[1] = (unsigned char)(0x80u | ((cp >> 6) & 0x3Fu));
            b[2] = (unsigned char)(0x80u | (cp & 0x3Fu));
            n = 3;
        } else {
            b[0] = (unsigned char)(0xF0u | (cp >> 18));
            b[1] = (unsigned char)(0x80u | ((cp >> 12) & 0x3Fu));
            b[2] = (unsigned char)(0x80u | ((cp >> 6) & 0x3Fu));
            b[3] = (unsigned char)(0x80u | (cp & 0x3Fu));
            n = 4;
        }
        total += n;
        if (!full) {
            if (written + n <= cap) {
                size_t k;
                for (k = 0; k < n; k++)
                    out[written++] = (char)b[k];
            } else {
                full = 1;
            }
        }
    }
    return total;
}

char *utf16_to_utf8_dup(const SQLWCHAR *s, SQLINTEGER len)
{
    size_t n, need;
    char *r;

    if (s == NULL)
        return NULL;
    if (len == SQL_NTS)
        n = utf16_strlen(s);
    else if (len < 0)
        n = 0; /* any other negative length: treated as an empty string */
    else
        n = (size_t)len;
    need = utf16_to_utf8(s, n, NULL, 0);
    r = (char *)malloc(need + 1);
    if (r == NULL)
        return NULL;
    utf16_to_utf8(s, n, r, need);
    r[need] = '\0';
    return r;
}

size_t utf8_prefix_bytes_for_units(const char *s, size_t len, size_t units)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, done = 0;

    if (s == NULL)
        return 0;
    while (i < len && done < units) {
        size_t adv;
        uint32_t cp = utf8_decode(p + i, len - i, &adv);
        size_t u = cp >= 0x10000u ? 2 : 1;
        if (done + u > units)
            break; /* would end in the middle of a surrogate pair: stop before it */
        done += u;
        i += adv;
    }
    return i;
}

char *attr_to_utf8_dup(SQLPOINTER value, SQLINTEGER len, int wide)
{
    if (!value)
        return NULL;
    if (wide)
        return utf16_to_utf8_dup(value, len == SQL_NTS ? SQL_NTS : len / (SQLINTEGER)sizeof(SQLWCHAR));
    size_t n = len == SQL_NTS ? strlen(value) : len < 0 ? 0 : (size_t)len;
    return plat_ansi_to_utf8(value, n, NULL);
}

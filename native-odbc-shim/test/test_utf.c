/* Tests of src/util/utf.c: UTF-8 <-> UTF-16, replacement of invalid input, limits. */
#include "util/utf.h"
#include "test_util.h"

#include <stdint.h>
#include <stdlib.h>

/* Copies s into an exactly sized heap block so that valgrind sees any read past len. */
static char *exact(const char *s, size_t len)
{
    char *p = (char *)malloc(len ? len : 1);
    if (len)
        memcpy(p, s, len);
    return p;
}

static int w_eq(const SQLWCHAR *a, const unsigned *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned)a[i] != b[i])
            return 0;
    return 1;
}

typedef struct {
    const char *name;
    const char *in;
    size_t len;
    unsigned out[12];
    size_t nout;
} u8case;

static void test_utf8_to_utf16(void)
{
    static const u8case cases[] = {
        { "empty", "", 0, { 0 }, 0 },
        { "ascii", "abc", 3, { 'a', 'b', 'c' }, 3 },
        { "2-byte", "\xC3\xA9", 2, { 0xE9 }, 1 },
        { "3-byte CJK", "\xE4\xB8\xAD\xE6\x96\x87", 6, { 0x4E2D, 0x6587 }, 2 },
        { "emoji", "\xF0\x9F\x98\x80", 4, { 0xD83D, 0xDE00 }, 2 },
        { "max cp", "\xF4\x8F\xBF\xBF", 4, { 0xDBFF, 0xDFFF }, 2 },
        { "embedded NUL", "a\0b", 3, { 'a', 0, 'b' }, 3 },
        { "lone continuation", "\x80", 1, { 0xFFFD }, 1 },
        { "truncated 2-byte", "\xC3", 1, { 0xFFFD }, 1 },
        { "truncated 3-byte", "\xE4\xB8", 2, { 0xFFFD }, 1 },
        { "truncated then ascii", "\xE4\xB8" "A", 3, { 0xFFFD, 'A' }, 2 },
        { "overlong C0 AF", "\xC0\xAF", 2, { 0xFFFD, 0xFFFD }, 2 },
        { "overlong E0 80 80", "\xE0\x80\x80", 3, { 0xFFFD, 0xFFFD, 0xFFFD }, 3 },
        { "surrogate ED A0 80", "\xED\xA0\x80", 3, { 0xFFFD, 0xFFFD, 0xFFFD }, 3 },
        { "above 10FFFF", "\xF4\x90\x80\x80", 4, { 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD }, 4 },
        { "F5 lead", "\xF5\x80", 2, { 0xFFFD, 0xFFFD }, 2 },
        { "FF byte", "a\xFF" "b", 3, { 'a', 0xFFFD, 'b' }, 3 },
        { "truncated emoji at end", "x\xF0\x9F\x98", 4, { 'x', 0xFFFD }, 2 },
        { "emoji missing last then ascii", "\xF0\x9F\x98" "z", 4, { 0xFFFD, 'z' }, 2 },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const u8case *c = &cases[i];
        SQLWCHAR out[16];
        char *in = exact(c->in, c->len);
        size_t n = utf8_to_utf16(in, c->len, out, 16);
        CHECK(n == c->nout, "utf8_to_utf16 %s: %zu units, expected %zu", c->name, n, c->nout);
        CHECK(n != c->nout || w_eq(out, c->out, n), "utf8_to_utf16 %s: wrong units", c->name);
        /* counting only */
        CHECK(utf8_to_utf16(in, c->len, NULL, 0) == c->nout, "utf8_to_utf16 %s count", c->name);
        free(in);
    }
}

static void test_utf8_to_utf16_cap(void)
{
    /* "a" + emoji + "b": capacities that would split the pair stop before it */
    const char *s = "a\xF0\x9F\x98\x80" "b";
    SQLWCHAR out[8];
    size_t n;
    int k;
    for (k = 0; k < 8; k++)
        out[k] = 0x7777;
    n = utf8_to_utf16(s, 6, out, 2);
    CHECK(n == 4, "cap 2 total %zu", n);
    CHECK(out[0] == 'a' && out[1] == 0x7777, "cap 2 must not write half a pair");
    for (k = 0; k < 8; k++)
        out[k] = 0x7777;
    n = utf8_to_utf16(s, 6, out, 3);
    CHECK(out[0] == 'a' && out[1] == 0xD83D && out[2] == 0xDE00 && out[3] == 0x7777,
          "cap 3 writes a + pair only");
    /* once full, a later character that would fit is not written either */
    for (k = 0; k < 8; k++)
        out[k] = 0x7777;
    n = utf8_to_utf16("\xF0\x9F\x98\x80" "b", 5, out, 1);
    CHECK(n == 3 && out[0] == 0x7777, "pair does not fit into 1, b not written after it");
    n = utf8_to_utf16(s, 6, out, 0);
    CHECK(n == 4, "cap 0 count");
}

static void test_utf16_to_utf8(void)
{
    SQLWCHAR in[8];
    char out[32];
    size_t n;

    in[0] = 'A'; in[1] = 0xE9; in[2] = 0x4E2D; in[3] = 0xD83D; in[4] = 0xDE00;
    n = utf16_to_utf8(in, 5, out, sizeof out);
    CHECK(n == 1 + 2 + 3 + 4, "utf16_to_utf8 length %zu", n);
    CHECK(memcmp(out, "A\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80", 10) == 0, "utf16_to_utf8 bytes");

    /* lone high surrogate at end, lone low surrogate, reversed pair */
    in[0] = 0xD83D;
    n = utf16_to_utf8(in, 1, out, sizeof out);
    CHECK(n == 3 && memcmp(out, "\xEF\xBF\xBD", 3) == 0, "lone high at end -> U+FFFD");
    in[0] = 0xDE00; in[1] = 'x';
    n = utf16_to_utf8(in, 2, out, sizeof out);
    CHECK(n == 4 && memcmp(out, "\xEF\xBF\xBDx", 4) == 0, "lone low -> U+FFFD");
    in[0] = 0xDE00; in[1] = 0xD83D;
    n = utf16_to_utf8(in, 2, out, sizeof out);
    CHECK(n == 6 && memcmp(out, "\xEF\xBF\xBD\xEF\xBF\xBD", 6) == 0, "reversed pair -> 2x FFFD");
    in[0] = 0xD83D; in[1] = 'y';
    n = utf16_to_utf8(in, 2, out, sizeof out);
    CHECK(n == 4 && memcmp(out, "\xEF\xBF\xBDy", 4) == 0, "high + non-low -> FFFD + y");

    /* capacity never splits a character */
    in[0] = 'a'; in[1] = 0x4E2D; in[2] = 'b';
    memset(out, '#', sizeof out);
    n = utf16_to_utf8(in, 3, out, 3);
    CHECK(n == 5 && out[0] == 'a' && out[1] == '#', "cap 3: a only, CJK does not fit");
    memset(out, '#', sizeof out);
    n = utf16_to_utf8(in, 3, out, 4);
    CHECK(out[0] == 'a' && (unsigned char)out[1] == 0xE4 && out[4] == '#', "cap 4: a + CJK");
    CHECK(utf16_to_utf8(in, 3, NULL, 0) == 5, "count only");
}

static void test_dup_and_strlen(void)
{
    SQLWCHAR s[] = { 'h', 0xE9, 0xD83D, 0xDE00, 0 };
    char *r;
    CHECK(utf16_strlen(s) == 4, "utf16_strlen");
    CHECK(utf16_strlen(NULL) == 0, "utf16_strlen(NULL)");
    r = utf16_to_utf8_dup(s, SQL_NTS);
    CHECK(r && strcmp(r, "h\xC3\xA9\xF0\x9F\x98\x80") == 0, "dup SQL_NTS");
    free(r);
    r = utf16_to_utf8_dup(s, 2);
    CHECK(r && strcmp(r, "h\xC3\xA9") == 0, "dup explicit length");
    free(r);
    r = utf16_to_utf8_dup(s, 3);
    CHECK(r && strcmp(r, "h\xC3\xA9\xEF\xBF\xBD") == 0, "dup cutting a pair -> FFFD");
    free(r);
    r = utf16_to_utf8_dup(s, 0);
    CHECK(r && r[0] == '\0', "dup length 0");
    free(r);
    CHECK(utf16_to_utf8_dup(NULL, SQL_NTS) == NULL, "dup NULL");
    {
        /* explicit length may include characters past an embedded NUL-free region */
        SQLWCHAR t[3] = { 'x', 'y', 'z' }; /* not NUL-terminated */
        r = utf16_to_utf8_dup(t, 3);
        CHECK(r && strcmp(r, "xyz") == 0, "dup unterminated explicit length");
        free(r);
    }
}

static void test_prefix(void)
{
    const char *s = "a\xF0\x9F\x98\x80" "b\xE4\xB8\xAD"; /* units: a, pair(2), b, CJK = 5 */
    size_t len = strlen(s);
    CHECK(utf8_prefix_bytes_for_units(s, len, 0) == 0, "prefix 0");
    CHECK(utf8_prefix_bytes_for_units(s, len, 1) == 1, "prefix 1");
    CHECK(utf8_prefix_bytes_for_units(s, len, 2) == 1, "prefix 2 (mid pair) stops before");
    CHECK(utf8_prefix_bytes_for_units(s, len, 3) == 5, "prefix 3");
    CHECK(utf8_prefix_bytes_for_units(s, len, 4) == 6, "prefix 4");
    CHECK(utf8_prefix_bytes_for_units(s, len, 5) == 9, "prefix 5");
    CHECK(utf8_prefix_bytes_for_units(s, len, 99) == 9, "prefix beyond");
    /* invalid bytes count as one unit each maximal subpart */
    CHECK(utf8_prefix_bytes_for_units("\xE4\xB8" "A", 3, 1) == 2, "prefix over truncated seq");
}

/* Encodes every code point (minus surrogates) and checks both directions round-trip. */
static void test_roundtrip_all(void)
{
    uint32_t cp;
    int bad = 0;
    for (cp = 0; cp <= 0x10FFFF && bad < 5; cp++) {
        unsigned char u8[4];
        SQLWCHAR u16[2];
        char back[4];
        size_t n8, n16, nb;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        if (cp < 0x80) {
            u8[0] = (unsigned char)cp; n8 = 1;
        } else if (cp < 0x800) {
            u8[0] = (unsigned char)(0xC0 | (cp >> 6)); u8[1] = (unsigned char)(0x80 | (cp & 0x3F)); n8 = 2;
        } else if (cp < 0x10000) {
            u8[0] = (unsigned char)(0xE0 | (cp >> 12)); u8[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            u8[2] = (unsigned char)(0x80 | (cp & 0x3F)); n8 = 3;
        } else {
            u8[0] = (unsigned char)(0xF0 | (cp >> 18)); u8[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
            u8[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F)); u8[3] = (unsigned char)(0x80 | (cp & 0x3F)); n8 = 4;
        }
        n16 = utf8_to_utf16((const char *)u8, n8, u16, 2);
        if (n16 != (cp >= 0x10000 ? 2u : 1u)) {
            bad++;
            CHECK(0, "roundtrip U+%04X: %zu units", (unsigned)cp, n16);
            continue;
        }
        nb = utf16_to_utf8(u16, n16, back, 4);
        if (nb != n8 || memcmp(back, u8, n8) != 0) {
            bad++;
            CHECK(0, "roundtrip U+%04X back", (unsigned)cp);
        }
    }
    CHECK(bad == 0, "round trip of all code points");
}

int main(void)
{
    test_utf8_to_utf16();
    test_utf8_to_utf16_cap();
    test_utf16_to_utf8();
    test_dup_and_strlen();
    test_prefix();
    test_roundtrip_all();
    TEST_DONE("test_utf");
}

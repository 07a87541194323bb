/*
 * Deterministic random robustness test: random values of every SQL type and wire kind,
 * converted to every C type with random buffer lengths, piecewise and bound. Checks that
 * nothing is written past buflen, char/wchar results are NUL-terminated, return codes and
 * SQLSTATEs are consistent, and piecewise retrieval ends with SQL_NO_DATA.
 * Run under valgrind / sanitizers to catch out-of-bounds reads.
 */
#include "convert/convert.h"
#include "util/utf.h"
#include "test_util.h"

#include <stdint.h>
#include <stdlib.h>

static uint64_t rng = 0x243F6A8885A308D3ULL;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static const SQLSMALLINT sql_types[] = {
    SQL_CHAR, SQL_VARCHAR, SQL_WVARCHAR, SQL_WLONGVARCHAR, SQL_DECIMAL, SQL_NUMERIC,
    SQL_TINYINT, SQL_SMALLINT, SQL_INTEGER, SQL_BIGINT, SQL_REAL, SQL_FLOAT, SQL_DOUBLE,
    SQL_BIT, SQL_VARBINARY, SQL_TYPE_DATE, SQL_TYPE_TIME, SQL_TYPE_TIMESTAMP, SQL_GUID, 777,
};

static const SQLSMALLINT c_types[] = {
    SQL_C_CHAR, SQL_C_WCHAR, SQL_C_BINARY, SQL_C_BIT, SQL_C_STINYINT, SQL_C_UTINYINT,
    SQL_C_TINYINT, SQL_C_SSHORT, SQL_C_USHORT, SQL_C_SHORT, SQL_C_SLONG, SQL_C_ULONG,
    SQL_C_LONG, SQL_C_SBIGINT, SQL_C_UBIGINT, SQL_C_FLOAT, SQL_C_DOUBLE, SQL_C_NUMERIC,
    SQL_C_TYPE_DATE, SQL_C_TYPE_TIME, SQL_C_TYPE_TIMESTAMP, SQL_C_DATE, SQL_C_TIME,
    SQL_C_TIMESTAMP, SQL_C_GUID, SQL_C_DEFAULT, SQL_C_INTERVAL_SECOND, 4321,
};

static const char *fragments[] = {
    "0", "1", "-", "+", ".", "e", "E", " ", "12", "2024-", "03-", "05", " ", "10:", "15:",
    "30", ".123", "{ts '", "{d '", "'}", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80",
    "\xFF", "\xE4\xB8", "nan", "inf", "6F9619FF-8B86-D011-B42D-00C04FC964FF", "x", "9999999999",
};

#define NF (sizeof fragments / sizeof fragments[0])
#define GUARD 64

static size_t make_text(char *buf, size_t cap)
{
    size_t n = 0, parts = (size_t)(next() % 6);
    size_t i;
    for (i = 0; i < parts; i++) {
        const char *f = fragments[next() % NF];
        size_t l = strlen(f);
        if (n + l > cap)
            break;
        memcpy(buf + n, f, l);
        n += l;
    }
    return n;
}

static int valid_state(const char *s, SQLRETURN rc)
{
    if (rc == SQL_SUCCESS)
        return s[0] == '\0';
    if (rc == SQL_SUCCESS_WITH_INFO)
        return strcmp(s, "01004") == 0 || strcmp(s, "01S07") == 0;
    if (rc == SQL_ERROR)
        return strlen(s) == 5;
    return 0;
}

int main(void)
{
    int iter, bad = 0;
    long outcomes[4] = { 0, 0, 0, 0 }; /* success, with info, no data, error */
    unsigned char *area = (unsigned char *)malloc(512 + GUARD);
    for (iter = 0; iter < 60000 && bad < 10; iter++) {
        char text[96];
        char *heap;
        cv_value v;
        SQLSMALLINT c = c_types[next() % (sizeof c_types / sizeof c_types[0])];
        SQLLEN buflen = (SQLLEN)(next() % 48);
        SQLLEN ind = -12345;
        cv_status st;
        SQLRETURN rc;
        int piecewise = (int)(next() % 2);
        cv_cursor cur = { 0, 0 };
        int kind, pieces = 0;
        size_t tl;

        memset(&v, 0, sizeof v);
        v.sql_type = sql_types[next() % (sizeof sql_types / sizeof sql_types[0])];
        kind = 1 + (int)(next() % 4);
        v.kind = kind;
        switch (next() % 4) {
        case 0: v.i64 = (int64_t)next(); break;
        case 1: v.i64 = (int64_t)(next() % 2000) - 1000; break;
        case 2: v.i64 = (int64_t)(next() % INT64_C(100000000000000)) - INT64_C(50000000000000); break;
        default: v.i64 = (int64_t)(next() % 2); break;
        }
        {
            uint64_t bits = next();
            memcpy(&v.f64, &bits, sizeof v.f64);
            if (next() % 2)
                v.f64 = (double)(int64_t)(next() % 100000) / 7.0;
        }
        tl = make_text(text, sizeof text);
        heap = (char *)malloc(tl ? tl : 1);   /* exact size: valgrind sees over-reads */
        memcpy(heap, text, tl);
        v.data = heap;
        v.len = tl;

        do {
            memset(area, 0xEE, 512 + GUARD);
            rc = cv_convert(&v, c, area, buflen, &ind, piecewise ? &cur : NULL, &st);
            outcomes[rc == SQL_SUCCESS ? 0 : rc == SQL_SUCCESS_WITH_INFO ? 1
                     : rc == SQL_NO_DATA ? 2 : 3]++;
            if (!(rc == SQL_NO_DATA ? piecewise : valid_state(st.sqlstate, rc))) {
                bad++;
                CHECK(0, "iter %d: C %d SQL %d kind %d: rc %d state '%s'", iter, c, v.sql_type,
                      kind, rc, st.sqlstate);
                break;
            }
            if (c == SQL_C_CHAR || c == SQL_C_WCHAR || c == SQL_C_BINARY) {
                SQLLEN k;
                for (k = buflen; k < buflen + GUARD; k++)
                    if (area[k] != 0xEE) {
                        bad++;
                        CHECK(0, "iter %d: C %d wrote past buflen %ld", iter, c, (long)buflen);
                        break;
                    }
                if ((rc == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO) && buflen > 0) {
                    if (c == SQL_C_CHAR && memchr(area, 0, (size_t)buflen) == NULL) {
                        bad++;
                        CHECK(0, "iter %d: char not terminated", iter);
                    }
                    if (c == SQL_C_WCHAR && buflen >= 2) {
                        const SQLWCHAR *w = (const SQLWCHAR *)area;
                        SQLLEN u, found = 0;
                        for (u = 0; u < buflen / 2; u++)
                            if (w[u] == 0) {
                                found = 1;
                                break;
                            }
                        if (!found) {
                            bad++;
                            CHECK(0, "iter %d: wchar not terminated", iter);
                        }
                    }
                }
            }
            if (rc == SQL_SUCCESS && ind == -12345 && c != SQL_C_DEFAULT) {
                bad++;
                CHECK(0, "iter %d: C %d success without indicator", iter, c);
            }
        } while (piecewise && rc != SQL_NO_DATA && rc != SQL_ERROR && buflen > 3
                 && ++pieces < 200);
        free(heap);
    }
    free(area);
    printf("conversions: %ld success, %ld with info, %ld no data, %ld error\n", outcomes[0],
           outcomes[1], outcomes[2], outcomes[3]);
    CHECK(bad == 0, "robustness");
    TEST_DONE("test_robust");
}

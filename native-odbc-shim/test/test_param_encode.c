/* Unit tests of the parameter encoder (src/convert/param_encode.c): C values to the
 * execute() parameter block of docs/bridge.md. */
#include <stdint.h>
#include <stdlib.h>

#include "convert/param_encode.h"
#include "test_util.h"

/* One decoded value of a block holding a single parameter. */
typedef struct wire {
    int32_t count, sql_type, kind;
    int64_t i64;
    double f64;
    char text[256];
    size_t len;
} wire;

static int decode(const pe_buf *b, wire *w)
{
    memset(w, 0, sizeof *w);
    if (b->len < 12)
        return -1;
    memcpy(&w->count, b->p, 4);
    memcpy(&w->sql_type, b->p + 4, 4);
    memcpy(&w->kind, b->p + 8, 4);
    if (w->kind == QW_I64)
        memcpy(&w->i64, b->p + 12, 8);
    else if (w->kind == QW_F64)
        memcpy(&w->f64, b->p + 12, 8);
    else if (w->kind == QW_UTF8 || w->kind == QW_BYTES) {
        int32_t n;
        memcpy(&n, b->p + 12, 4);
        w->len = (size_t)n;
        if (n >= (int32_t)sizeof w->text || b->len != 16 + (size_t)n)
            return -1;
        memcpy(w->text, b->p + 16, (size_t)n);
    }
    return 0;
}

/* Encodes one value; returns the SQLRETURN and fills w and st. */
static SQLRETURN enc(SQLSMALLINT c_type, SQLSMALLINT sql_type, const void *data, SQLLEN len, wire *w,
                     cv_status *st)
{
    pe_buf b;
    pe_init(&b, 1);
    pe_value v = {c_type, sql_type, data, len};
    SQLRETURN rc = pe_put_value(&b, &v, st);
    decode(&b, w);
    if (rc == SQL_ERROR)
        w->kind = -1;
    pe_free(&b);
    return rc;
}

static void test_text(void)
{
    wire w;
    cv_status st;
    SQLRETURN rc = enc(SQL_C_CHAR, SQL_VARCHAR, "hello", 5, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.count == 1 && w.sql_type == SQL_VARCHAR && w.kind == QW_UTF8 &&
          w.len == 5 && strcmp(w.text, "hello") == 0, "char -> UTF8");
    rc = enc(SQL_C_CHAR, SQL_INTEGER, "42", 2, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_UTF8 && strcmp(w.text, "42") == 0 && w.sql_type == SQL_INTEGER,
          "char for an INTEGER travels as text (the engine converts)");
    /* SQL_C_CHAR is in the ANSI code page: UTF-8 here, 1252 under wine (make test-windows) */
#ifdef _WIN32
    const char *cafe = GetACP() == 1252 ? "Caf\xE9" : NULL;
#else
    const char *cafe = "Caf\xC3\xA9";
#endif
    if (cafe) {
        rc = enc(SQL_C_CHAR, SQL_VARCHAR, cafe, (SQLLEN)strlen(cafe), &w, &st);
        CHECK(rc == SQL_SUCCESS && w.kind == QW_UTF8 && w.len == 5 &&
                  memcmp(w.text, "Caf\xC3\xA9", 5) == 0, "ANSI char -> UTF-8 (%zu bytes)", w.len);
    }
    SQLWCHAR wide[] = {'h', 0xE9, 0xD83D, 0xDE00, 0};   /* h é 😀 */
    rc = enc(SQL_C_WCHAR, SQL_WVARCHAR, wide, 4 * sizeof(SQLWCHAR), &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_UTF8 && w.len == 7 &&
          memcmp(w.text, "h\xC3\xA9\xF0\x9F\x98\x80", 7) == 0, "wchar UTF-16 -> UTF-8 with a surrogate pair");
    rc = enc(SQL_C_CHAR, SQL_VARBINARY, "00fFA1", 6, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_BYTES && w.len == 3 && (unsigned char)w.text[1] == 0xFF,
          "char hex digits -> BYTES for a binary parameter");
    rc = enc(SQL_C_CHAR, SQL_VARBINARY, "0g", 2, &w, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22018") == 0, "bad hex: 22018");
    rc = enc(SQL_C_CHAR, SQL_TYPE_DATE, "2024-02-29", 10, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_I64 && w.i64 == 19782, "char date -> days (%lld)", (long long)w.i64);
    rc = enc(SQL_C_CHAR, SQL_TYPE_TIMESTAMP, "{ts '1970-01-02 00:00:01.5'}", 28, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_I64 && w.i64 == 86401500000LL, "escape timestamp -> micros");
    rc = enc(SQL_C_CHAR, SQL_TYPE_DATE, "yesterday", 9, &w, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22018") == 0, "bad date text: 22018");
    rc = enc(SQL_C_BINARY, SQL_VARBINARY, "\x01\x00\x02", 3, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_BYTES && w.len == 3 && w.text[2] == 2, "binary -> BYTES");
}

static void test_numbers(void)
{
    wire w;
    cv_status st;
    SQLINTEGER i = -7;
    SQLRETURN rc = enc(SQL_C_SLONG, SQL_INTEGER, &i, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_I64 && w.i64 == -7, "SLONG -> I64");
    rc = enc(SQL_C_SLONG, SQL_VARCHAR, &i, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_UTF8 && strcmp(w.text, "-7") == 0, "SLONG for VARCHAR -> text");
    SQLUBIGINT big = 18446744073709551615ULL;
    rc = enc(SQL_C_UBIGINT, SQL_BIGINT, &big, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_UTF8 && strcmp(w.text, "18446744073709551615") == 0,
          "UBIGINT above INT64_MAX keeps its digits as text");
    SQLSMALLINT sh = 2;
    rc = enc(SQL_C_SSHORT, SQL_BIT, &sh, 0, &w, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22003") == 0, "2 for a BIT: 22003");
    rc = enc(SQL_C_SSHORT, SQL_TYPE_DATE, &sh, 0, &w, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "07006") == 0, "integer for a DATE: 07006");
    unsigned char bit = 1;
    rc = enc(SQL_C_BIT, SQL_BIT, &bit, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_I64 && w.i64 == 1, "BIT -> I64 1");
    SQLDOUBLE d = 2.5;
    rc = enc(SQL_C_DOUBLE, SQL_DOUBLE, &d, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_F64 && w.f64 == 2.5, "DOUBLE -> F64");
    SQLREAL f = 0.1f;
    rc = enc(SQL_C_FLOAT, SQL_VARCHAR, &f, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_UTF8 && strcmp(w.text, "0.1") == 0, "FLOAT for VARCHAR: '%s'", w.text);
    SQLUSMALLINT us = 65535;
    rc = enc(SQL_C_USHORT, SQL_INTEGER, &us, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.i64 == 65535, "USHORT unsigned");
    SQLSCHAR ti = -128;
    rc = enc(SQL_C_STINYINT, SQL_SMALLINT, &ti, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.i64 == -128, "STINYINT signed");
}

static void numeric(SQL_NUMERIC_STRUCT *n, uint64_t mag, int sign, int scale)
{
    memset(n, 0, sizeof *n);
    n->precision = 38;
    n->scale = (SQLSCHAR)scale;
    n->sign = (SQLCHAR)sign;
    for (int i = 0; i < 8; i++)
        n->val[i] = (SQLCHAR)(mag >> (8 * i));
}

static void test_numeric(void)
{
    SQL_NUMERIC_STRUCT n;
    char buf[64];
    numeric(&n, 12345, 1, 2);
    CHECK(pe_numeric_text(&n, buf) == 6 && strcmp(buf, "123.45") == 0, "123.45: %s", buf);
    numeric(&n, 5, 0, 3);
    pe_numeric_text(&n, buf);
    CHECK(strcmp(buf, "-0.005") == 0, "-0.005: %s", buf);
    numeric(&n, 7, 1, -2);
    pe_numeric_text(&n, buf);
    CHECK(strcmp(buf, "700") == 0, "scale -2: %s", buf);
    numeric(&n, 0, 0, 0);
    pe_numeric_text(&n, buf);
    CHECK(strcmp(buf, "0") == 0, "zero has no sign: %s", buf);
    memset(n.val, 0xFF, sizeof n.val);
    n.sign = 1;
    n.scale = 0;
    pe_numeric_text(&n, buf);
    CHECK(strcmp(buf, "340282366920938463463374607431768211455") == 0, "2^128-1: %s", buf);
    wire w;
    cv_status st;
    numeric(&n, 12345, 1, 2);
    SQLRETURN rc = enc(SQL_C_NUMERIC, SQL_DECIMAL, &n, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_UTF8 && strcmp(w.text, "123.45") == 0, "NUMERIC -> decimal text");
}

static void test_datetime(void)
{
    wire w;
    cv_status st;
    SQL_DATE_STRUCT d = {2000, 3, 1};
    SQLRETURN rc = enc(SQL_C_TYPE_DATE, SQL_TYPE_DATE, &d, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.kind == QW_I64 && w.i64 == 11017, "date -> days %lld", (long long)w.i64);
    rc = enc(SQL_C_TYPE_DATE, SQL_TYPE_TIMESTAMP, &d, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.i64 == 11017LL * 86400000000LL, "date for a TIMESTAMP: midnight");
    rc = enc(SQL_C_TYPE_DATE, SQL_VARCHAR, &d, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && strcmp(w.text, "2000-03-01") == 0, "date for VARCHAR: %s", w.text);
    SQL_DATE_STRUCT bad = {2023, 2, 29};
    rc = enc(SQL_C_TYPE_DATE, SQL_TYPE_DATE, &bad, 0, &w, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22008") == 0, "2023-02-29: 22008");
    rc = enc(SQL_C_TYPE_DATE, SQL_TYPE_TIME, &d, 0, &w, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "07006") == 0, "date for a TIME: 07006");
    SQL_TIME_STRUCT t = {13, 14, 15};
    rc = enc(SQL_C_TYPE_TIME, SQL_TYPE_TIME, &t, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.i64 == (13 * 3600 + 14 * 60 + 15) * 1000000LL, "time -> micros");
    SQL_TIMESTAMP_STRUCT ts = {1969, 12, 31, 23, 59, 59, 250000000};
    rc = enc(SQL_C_TYPE_TIMESTAMP, SQL_TYPE_TIMESTAMP, &ts, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.i64 == -750000LL, "timestamp before 1970 -> negative micros %lld", (long long)w.i64);
    rc = enc(SQL_C_TYPE_TIMESTAMP, SQL_VARCHAR, &ts, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && strcmp(w.text, "1969-12-31 23:59:59.25") == 0, "timestamp text %s", w.text);
    rc = enc(SQL_C_TYPE_TIMESTAMP, SQL_TYPE_DATE, &ts, 0, &w, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22008") == 0, "timestamp with a time for a DATE: 22008");
    SQL_TIMESTAMP_STRUCT midnight = {2001, 1, 1, 0, 0, 0, 0};
    rc = enc(SQL_C_TYPE_TIMESTAMP, SQL_TYPE_DATE, &midnight, 0, &w, &st);
    CHECK(rc == SQL_SUCCESS && w.i64 == 11323, "midnight timestamp for a DATE: %lld", (long long)w.i64);
    SQL_TIMESTAMP_STRUCT badts = {2001, 1, 1, 24, 0, 0, 0};
    rc = enc(SQL_C_TYPE_TIMESTAMP, SQL_TYPE_TIMESTAMP, &badts, 0, &w, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22008") == 0, "hour 24: 22008");
}

static void test_block(void)
{
    pe_buf b;
    cv_status st;
    pe_init(&b, 3);
    SQLINTEGER one = 1;
    pe_value v1 = {SQL_C_SLONG, SQL_INTEGER, &one, 0};
    pe_put_value(&b, &v1, &st);
    pe_put_null(&b, SQL_VARCHAR);
    SQLGUID g = {0x01020304, 0x0506, 0x0708, {9, 10, 11, 12, 13, 14, 15, 16}};
    pe_value v3 = {SQL_C_GUID, SQL_GUID, &g, 0};
    SQLRETURN rc = pe_put_value(&b, &v3, &st);
    pe_value bad = {SQL_C_SLONG, SQL_TYPE_DATE, &one, 0};
    SQLRETURN rc2 = pe_put_value(&b, &bad, &st);
    /* 4 + (8+8) + 8 + (8+4+36) */
    CHECK(rc == SQL_SUCCESS && rc2 == SQL_ERROR && b.len == 4 + 16 + 8 + 48,
          "three values, a failed one leaves nothing behind (len %zu)", b.len);
    CHECK(memcmp(b.p + 28 + 12, "01020304-0506-0708-090A-0B0C0D0E0F10", 36) == 0, "GUID as text");
    int32_t kind;
    memcpy(&kind, b.p + 24, 4);
    CHECK(kind == PE_NULL, "NULL kind 0");
    pe_value nodata = {SQL_C_CHAR, SQL_VARCHAR, NULL, 0};
    CHECK(pe_put_value(&b, &nodata, &st) == SQL_ERROR && strcmp(st.sqlstate, "HY009") == 0, "no data: HY009");
    pe_free(&b);
}

int main(void)
{
    test_text();
    test_numbers();
    test_numeric();
    test_datetime();
    test_block();
    TEST_DONE("test_param_encode");
}

/* Tests of src/convert: the SQL -> C conversion grid, SQLSTATEs, piecewise retrieval. */
#include "convert/convert.h"
#include "convert/cv_internal.h"
#include "util/utf.h"
#include "test_util.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

/* ---- value builders ----------------------------------------------------------------------- */
static cv_value vi(SQLSMALLINT t, int64_t x)
{
    cv_value v;
    memset(&v, 0, sizeof v);
    v.sql_type = t;
    v.kind = QW_I64;
    v.i64 = x;
    return v;
}

static cv_value vf(SQLSMALLINT t, double x)
{
    cv_value v;
    memset(&v, 0, sizeof v);
    v.sql_type = t;
    v.kind = QW_F64;
    v.f64 = x;
    return v;
}

static cv_value vt(SQLSMALLINT t, const char *s)
{
    cv_value v;
    memset(&v, 0, sizeof v);
    v.sql_type = t;
    v.kind = QW_UTF8;
    v.data = s;
    v.len = strlen(s);
    return v;
}

static cv_value vb(const void *p, size_t n)
{
    cv_value v;
    memset(&v, 0, sizeof v);
    v.sql_type = SQL_VARBINARY;
    v.kind = QW_BYTES;
    v.data = (const char *)p;
    v.len = n;
    return v;
}

static const char *rcname(SQLRETURN rc)
{
    switch (rc) {
    case SQL_SUCCESS: return "SUCCESS";
    case SQL_SUCCESS_WITH_INFO: return "SUCCESS_WITH_INFO";
    case SQL_NO_DATA: return "NO_DATA";
    case SQL_ERROR: return "ERROR";
    default: return "?";
    }
}

/* rc + state expectation: state "" means no SQLSTATE */
static int expect(const char *what, SQLRETURN rc, const cv_status *st, SQLRETURN erc,
                  const char *estate)
{
    int ok = rc == erc && strcmp(st->sqlstate, estate) == 0;
    CHECK(ok, "%s: got %s [%s], expected %s [%s]", what, rcname(rc), st->sqlstate,
          rcname(erc), estate);
    return ok;
}

static SQLRETURN info_or_ok(const char *state)
{
    return state[0] ? SQL_SUCCESS_WITH_INFO : SQL_SUCCESS;
}

static SQLRETURN rc_for(const char *state)
{
    if (!state[0])
        return SQL_SUCCESS;
    if (state[0] == '0' && state[1] == '1')
        return SQL_SUCCESS_WITH_INFO;
    return SQL_ERROR;
}

/* ---- integers ------------------------------------------------------------------------------ */
static int is_unsigned_c(SQLSMALLINT c)
{
    return c == SQL_C_UTINYINT || c == SQL_C_USHORT || c == SQL_C_ULONG || c == SQL_C_UBIGINT;
}

/* Reads an integer target back as a signed 64 (or unsigned in *u). */
static int64_t read_int(SQLSMALLINT c, const void *p, uint64_t *u)
{
    int64_t r = 0;
    switch (c) {
    case SQL_C_STINYINT: case SQL_C_TINYINT: r = *(const SQLSCHAR *)p; break;
    case SQL_C_UTINYINT: r = *(const SQLCHAR *)p; break;
    case SQL_C_SSHORT: case SQL_C_SHORT: r = *(const SQLSMALLINT *)p; break;
    case SQL_C_USHORT: r = *(const SQLUSMALLINT *)p; break;
    case SQL_C_SLONG: case SQL_C_LONG: r = *(const SQLINTEGER *)p; break;
    case SQL_C_ULONG: r = (int64_t)*(const SQLUINTEGER *)p; break;
    case SQL_C_SBIGINT: r = *(const SQLBIGINT *)p; break;
    case SQL_C_UBIGINT: *u = *(const SQLUBIGINT *)p; return (int64_t)*u;
    }
    *u = (uint64_t)r;
    return r;
}

typedef struct {
    SQLSMALLINT c;
    const char *name;
    int64_t min;
    uint64_t max;
} int_type;

static const int_type int_types[] = {
    { SQL_C_STINYINT, "STINYINT", -128, 127 },
    { SQL_C_TINYINT, "TINYINT", -128, 127 },
    { SQL_C_UTINYINT, "UTINYINT", 0, 255 },
    { SQL_C_SSHORT, "SSHORT", -32768, 32767 },
    { SQL_C_SHORT, "SHORT", -32768, 32767 },
    { SQL_C_USHORT, "USHORT", 0, 65535 },
    { SQL_C_SLONG, "SLONG", INT32_MIN, INT32_MAX },
    { SQL_C_LONG, "LONG", INT32_MIN, INT32_MAX },
    { SQL_C_ULONG, "ULONG", 0, UINT32_MAX },
    { SQL_C_SBIGINT, "SBIGINT", INT64_MIN, INT64_MAX },
    { SQL_C_UBIGINT, "UBIGINT", 0, UINT64_MAX },
};
#define N_INT_TYPES (sizeof int_types / sizeof int_types[0])

static void test_integer_boundaries(void)
{
    size_t i;
    for (i = 0; i < N_INT_TYPES; i++) {
        const int_type *t = &int_types[i];
        unsigned char buf[16];
        SQLLEN ind = -99;
        cv_status st;
        cv_value v;
        uint64_t u;
        char what[96];
        char txt[32];
        SQLRETURN rc;

        /* minimum, from I64 */
        v = vi(SQL_BIGINT, t->min);
        rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "%s min from BIGINT", t->name);
        if (expect(what, rc, &st, SQL_SUCCESS, ""))
            CHECK(read_int(t->c, buf, &u) == t->min && ind == cv_c_type_size(t->c),
                  "%s value/ind", what);
        /* maximum, from I64 where representable, and as text */
        if (t->max <= (uint64_t)INT64_MAX) {
            v = vi(SQL_BIGINT, (int64_t)t->max);
            rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
            snprintf(what, sizeof what, "%s max from BIGINT", t->name);
            if (expect(what, rc, &st, SQL_SUCCESS, "")) {
                read_int(t->c, buf, &u);
                CHECK(u == t->max, "%s value", what);
            }
        }
        snprintf(txt, sizeof txt, "%llu", (unsigned long long)t->max);
        v = vt(SQL_VARCHAR, txt);
        rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "%s max from text %s", t->name, txt);
        if (expect(what, rc, &st, SQL_SUCCESS, "")) {
            read_int(t->c, buf, &u);
            CHECK(u == t->max, "%s value", what);
        }
        /* max + 1 */
        if (t->max < UINT64_MAX) {
            if (t->max < (uint64_t)INT64_MAX) {
                v = vi(SQL_BIGINT, (int64_t)t->max + 1);
                rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
                snprintf(what, sizeof what, "%s max+1 from BIGINT", t->name);
                expect(what, rc, &st, SQL_ERROR, "22003");
            }
            snprintf(txt, sizeof txt, "%llu", (unsigned long long)t->max + 1);
        } else {
            snprintf(txt, sizeof txt, "18446744073709551616");
        }
        v = vt(SQL_VARCHAR, txt);
        rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "%s max+1 from text %s", t->name, txt);
        expect(what, rc, &st, SQL_ERROR, "22003");
        /* min - 1 */
        if (t->min > INT64_MIN) {
            v = vi(SQL_BIGINT, t->min - 1);
            rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
            snprintf(what, sizeof what, "%s min-1 from BIGINT", t->name);
            expect(what, rc, &st, SQL_ERROR, "22003");
        } else {
            v = vt(SQL_VARCHAR, "-9223372036854775809");
            rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
            snprintf(what, sizeof what, "%s min-1 from text", t->name);
            expect(what, rc, &st, SQL_ERROR, "22003");
        }
        /* text minimum */
        snprintf(txt, sizeof txt, "%lld", (long long)t->min);
        v = vt(SQL_VARCHAR, txt);
        rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "%s min from text %s", t->name, txt);
        if (expect(what, rc, &st, SQL_SUCCESS, ""))
            CHECK(read_int(t->c, buf, &u) == t->min, "%s value", what);
        /* negative into unsigned */
        if (is_unsigned_c(t->c)) {
            v = vi(SQL_INTEGER, -1);
            rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
            snprintf(what, sizeof what, "%s from -1", t->name);
            expect(what, rc, &st, SQL_ERROR, "22003");
        }
        /* double just beyond the range */
        v = vf(SQL_DOUBLE, (double)t->max * 2.0 + 2.0);
        rc = cv_convert(&v, t->c, buf, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "%s from 2*max double", t->name);
        expect(what, rc, &st, SQL_ERROR, "22003");
    }
}

typedef struct {
    const char *text;
    SQLSMALLINT c;
    const char *state;
    int64_t value;
} text_int_case;

static void test_text_to_int(void)
{
    static const text_int_case cases[] = {
        { "42", SQL_C_SLONG, "", 42 },
        { "  42  ", SQL_C_SLONG, "", 42 },
        { "\t-7\r\n", SQL_C_SLONG, "", -7 },
        { "+7", SQL_C_SLONG, "", 7 },
        { "0007", SQL_C_SLONG, "", 7 },
        { "12.5", SQL_C_SLONG, "01S07", 12 },
        { "-12.5", SQL_C_SLONG, "01S07", -12 },
        { "12.000", SQL_C_SLONG, "", 12 },
        { "12.", SQL_C_SLONG, "", 12 },
        { ".5", SQL_C_SLONG, "01S07", 0 },
        { "1e3", SQL_C_SLONG, "", 1000 },
        { "1.5E1", SQL_C_SLONG, "", 15 },
        { "125e-1", SQL_C_SLONG, "01S07", 12 },
        { "1e-400", SQL_C_SLONG, "01S07", 0 },
        { "0.00000000000000000000000000000000000000000000000000000000000000000000001",
          SQL_C_SLONG, "01S07", 0 },
        { "1e400", SQL_C_SLONG, "22003", 0 },
        { "99999999999999999999999", SQL_C_SBIGINT, "22003", 0 },
        { "abc", SQL_C_SLONG, "22018", 0 },
        { "", SQL_C_SLONG, "22018", 0 },
        { "   ", SQL_C_SLONG, "22018", 0 },
        { "1 2", SQL_C_SLONG, "22018", 0 },
        { "0x10", SQL_C_SLONG, "22018", 0 },
        { "12abc", SQL_C_SLONG, "22018", 0 },
        { "--1", SQL_C_SLONG, "22018", 0 },
        { "1e", SQL_C_SLONG, "22018", 0 },
        { ".", SQL_C_SLONG, "22018", 0 },
        { "1.2.3", SQL_C_SLONG, "22018", 0 },
        { "nan", SQL_C_SLONG, "22003", 0 },
        { "300", SQL_C_STINYINT, "22003", 0 },
        { "127.9", SQL_C_STINYINT, "01S07", 127 },
        { "-128.9", SQL_C_STINYINT, "01S07", -128 },
        { "-129", SQL_C_STINYINT, "22003", 0 },
        { "-1", SQL_C_UTINYINT, "22003", 0 },
        { "-0.5", SQL_C_UTINYINT, "01S07", 0 },
        { "-0", SQL_C_UTINYINT, "", 0 },
        { "255", SQL_C_UTINYINT, "", 255 },
        { "65536", SQL_C_USHORT, "22003", 0 },
        { "-32768", SQL_C_SSHORT, "", -32768 },
        { "2147483648", SQL_C_SLONG, "22003", 0 },
        { "4294967295", SQL_C_ULONG, "", 4294967295LL },
        { "-9223372036854775808", SQL_C_SBIGINT, "", INT64_MIN },
        { "9223372036854775808", SQL_C_SBIGINT, "22003", 0 },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const text_int_case *c = &cases[i];
        cv_value v = vt(SQL_WVARCHAR, c->text);
        unsigned char buf[16];
        SQLLEN ind;
        cv_status st;
        uint64_t u;
        char what[160];
        SQLRETURN rc = cv_convert(&v, c->c, buf, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "text '%s' -> C %d", c->text, c->c);
        if (expect(what, rc, &st, rc_for(c->state), c->state) && rc != SQL_ERROR)
            CHECK(read_int(c->c, buf, &u) == c->value, "%s value %lld", what,
                  (long long)read_int(c->c, buf, &u));
    }
}

typedef struct {
    cv_value v;
    SQLSMALLINT c;
    const char *state;
    int64_t value;
} val_int_case;

static void test_number_to_int(void)
{
    val_int_case cases[] = {
        { vf(SQL_DOUBLE, 3.7), SQL_C_SLONG, "01S07", 3 },
        { vf(SQL_DOUBLE, -3.7), SQL_C_SLONG, "01S07", -3 },
        { vf(SQL_DOUBLE, 3.0), SQL_C_SLONG, "", 3 },
        { vf(SQL_DOUBLE, 2147483647.0), SQL_C_SLONG, "", 2147483647 },
        { vf(SQL_DOUBLE, 2147483648.0), SQL_C_SLONG, "22003", 0 },
        { vf(SQL_DOUBLE, -2147483648.0), SQL_C_SLONG, "", INT32_MIN },
        { vf(SQL_DOUBLE, 1e20), SQL_C_SBIGINT, "22003", 0 },
        { vf(SQL_DOUBLE, 1e19), SQL_C_UBIGINT, "", (int64_t)10000000000000000000ULL },
        { vf(SQL_DOUBLE, NAN), SQL_C_SLONG, "22003", 0 },
        { vf(SQL_DOUBLE, INFINITY), SQL_C_SLONG, "22003", 0 },
        { vf(SQL_DOUBLE, -0.0), SQL_C_ULONG, "", 0 },
        { vf(SQL_REAL, 2.5), SQL_C_SSHORT, "01S07", 2 },
        { vf(SQL_DOUBLE, 1e-300), SQL_C_SLONG, "01S07", 0 },
        { vt(SQL_DECIMAL, "123.45"), SQL_C_SLONG, "01S07", 123 },
        { vt(SQL_DECIMAL, "-123"), SQL_C_SSHORT, "", -123 },
        { vt(SQL_DECIMAL, "12345678901234567890.5"), SQL_C_UBIGINT, "01S07",
          (int64_t)12345678901234567890ULL },
        { vi(SQL_BIT, 1), SQL_C_SLONG, "", 1 },
        { vi(SQL_INTEGER, 100), SQL_C_STINYINT, "", 100 },
        { vi(SQL_SMALLINT, -5), SQL_C_SBIGINT, "", -5 },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        val_int_case *c = &cases[i];
        unsigned char buf[16];
        SQLLEN ind;
        cv_status st;
        uint64_t u;
        char what[96];
        SQLRETURN rc = cv_convert(&c->v, c->c, buf, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "number case %zu -> C %d", i, c->c);
        if (expect(what, rc, &st, rc_for(c->state), c->state) && rc != SQL_ERROR)
            CHECK(read_int(c->c, buf, &u) == c->value, "%s value %lld", what,
                  (long long)read_int(c->c, buf, &u));
    }
}

/* ---- floats ------------------------------------------------------------------------------- */
static void test_float(void)
{
    struct {
        cv_value v;
        SQLSMALLINT c;
        const char *state;
        double value;
    } cases[] = {
        { vt(SQL_VARCHAR, "1.5"), SQL_C_DOUBLE, "", 1.5 },
        { vt(SQL_VARCHAR, " -2.25e2 "), SQL_C_DOUBLE, "", -225.0 },
        { vt(SQL_VARCHAR, "0.1"), SQL_C_DOUBLE, "", 0.1 },
        { vt(SQL_VARCHAR, "0.1"), SQL_C_FLOAT, "", (double)0.1f },
        { vt(SQL_VARCHAR, "1e309"), SQL_C_DOUBLE, "22003", 0 },
        { vt(SQL_VARCHAR, "-1e309"), SQL_C_DOUBLE, "22003", 0 },
        { vt(SQL_VARCHAR, "1e-400"), SQL_C_DOUBLE, "", 0.0 },
        { vt(SQL_VARCHAR, "3.4028236e38"), SQL_C_FLOAT, "22003", 0 },
        { vt(SQL_VARCHAR, "3.4028234e38"), SQL_C_FLOAT, "", (double)FLT_MAX },
        { vt(SQL_VARCHAR, "abc"), SQL_C_DOUBLE, "22018", 0 },
        { vt(SQL_VARCHAR, "1,5"), SQL_C_DOUBLE, "22018", 0 },
        { vt(SQL_VARCHAR, "Infinity"), SQL_C_DOUBLE, "", INFINITY },
        { vt(SQL_DECIMAL, "-123.45"), SQL_C_DOUBLE, "", -123.45 },
        { vt(SQL_DECIMAL, "12345678901234567890123456789"), SQL_C_DOUBLE, "",
          12345678901234567890123456789.0 },
        { vf(SQL_DOUBLE, 1e39), SQL_C_FLOAT, "22003", 0 },
        { vf(SQL_DOUBLE, -1e39), SQL_C_FLOAT, "22003", 0 },
        { vf(SQL_DOUBLE, 1e38), SQL_C_FLOAT, "", (double)1e38f },
        { vf(SQL_DOUBLE, 2.5), SQL_C_DOUBLE, "", 2.5 },
        { vf(SQL_REAL, (double)1.1f), SQL_C_FLOAT, "", (double)1.1f },
        { vi(SQL_BIGINT, 9007199254740993LL), SQL_C_DOUBLE, "", 9007199254740992.0 },
        { vi(SQL_INTEGER, -17), SQL_C_FLOAT, "", -17.0 },
        { vi(SQL_BIT, 1), SQL_C_DOUBLE, "", 1.0 },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        union { SQLREAL f; SQLDOUBLE d; } buf;
        SQLLEN ind = 0;
        cv_status st;
        char what[64];
        SQLRETURN rc = cv_convert(&cases[i].v, cases[i].c, &buf, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "float case %zu", i);
        if (expect(what, rc, &st, rc_for(cases[i].state), cases[i].state) && rc != SQL_ERROR) {
            double got = cases[i].c == SQL_C_FLOAT ? (double)buf.f : buf.d;
            CHECK(got == cases[i].value, "%s value %.17g expected %.17g", what, got,
                  cases[i].value);
            CHECK(ind == (cases[i].c == SQL_C_FLOAT ? 4 : 8), "%s ind", what);
        }
    }
}

/* ---- to char ------------------------------------------------------------------------------- */
typedef struct {
    cv_value v;
    SQLLEN buflen;
    const char *state;
    const char *text;   /* expected buffer content */
    SQLLEN ind;
} char_case;

static void run_char_cases(const char *group, char_case *cases, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        char_case *c = &cases[i];
        char buf[128];
        SQLLEN ind = -99;
        cv_status st;
        char what[96];
        SQLRETURN rc;
        memset(buf, 'Z', sizeof buf);
        rc = cv_convert(&c->v, SQL_C_CHAR, buf, c->buflen, &ind, NULL, &st);
        snprintf(what, sizeof what, "%s case %zu (%s)", group, i, c->text ? c->text : "-");
        if (expect(what, rc, &st, rc_for(c->state), c->state) && rc != SQL_ERROR) {
            if (c->text)
                CHECK(strcmp(buf, c->text) == 0, "%s: got '%.60s'", what, buf);
            CHECK(ind == c->ind, "%s: ind %ld expected %ld", what, (long)ind, (long)c->ind);
            if (c->buflen > 0 && c->buflen < (SQLLEN)sizeof buf)
                CHECK(buf[c->buflen] == 'Z', "%s: wrote past buflen", what);
        }
    }
}

static void test_to_char(void)
{
    char_case cases[] = {
        { vi(SQL_INTEGER, 0), 32, "", "0", 1 },
        { vi(SQL_INTEGER, -42), 32, "", "-42", 3 },
        { vi(SQL_BIGINT, INT64_MIN), 32, "", "-9223372036854775808", 20 },
        { vi(SQL_BIGINT, INT64_MAX), 32, "", "9223372036854775807", 19 },
        { vi(SQL_INTEGER, 12345), 6, "", "12345", 5 },
        { vi(SQL_INTEGER, 12345), 5, "22003", NULL, 0 },
        { vi(SQL_INTEGER, -1), 2, "22003", NULL, 0 },
        { vi(SQL_INTEGER, 12345), 0, "01004", NULL, 5 },
        { vt(SQL_DECIMAL, "-123.45"), 32, "", "-123.45", 7 },
        { vt(SQL_DECIMAL, "-123.45"), 6, "01004", "-123.", 7 },
        { vt(SQL_DECIMAL, "-123.45"), 5, "01004", "-123", 7 },
        { vt(SQL_DECIMAL, "-123.45"), 4, "22003", NULL, 0 },
        { vf(SQL_DOUBLE, 3.25), 4, "01004", "3.2", 4 },
        { vf(SQL_DOUBLE, 3.25), 2, "01004", "3", 4 },
        { vf(SQL_DOUBLE, 1e21), 5, "22003", NULL, 0 },
        { vf(SQL_DOUBLE, 1e21), 6, "", "1e+21", 5 },
        { vi(SQL_BIT, 1), 2, "", "1", 1 },
        { vi(SQL_BIT, 0), 2, "", "0", 1 },
        { vi(SQL_BIT, 1), 1, "22003", NULL, 0 },
        { vt(SQL_GUID, "6F9619FF-8B86-D011-B42D-00C04FC964FF"), 37, "",
          "6F9619FF-8B86-D011-B42D-00C04FC964FF", 36 },
        { vt(SQL_GUID, "6F9619FF-8B86-D011-B42D-00C04FC964FF"), 36, "22003", NULL, 0 },
        { vt(SQL_VARCHAR, "Hello"), 6, "", "Hello", 5 },
        { vt(SQL_VARCHAR, "Hello"), 5, "01004", "Hell", 5 },
        { vt(SQL_VARCHAR, "Hello"), 1, "01004", "", 5 },
        { vt(SQL_VARCHAR, ""), 1, "", "", 0 },
#ifndef _WIN32   /* SQL_C_CHAR is UTF-8 here; test_char_code_page covers the Windows side */
        { vt(SQL_WVARCHAR, "\xE4\xB8\xAD\xE6\x96\x87"), 7, "", "\xE4\xB8\xAD\xE6\x96\x87", 6 },
        { vt(SQL_WVARCHAR, "\xE4\xB8\xAD\xE6\x96\x87"), 6, "01004", "\xE4\xB8\xAD", 6 },
#endif
    };
    run_char_cases("to_char", cases, sizeof cases / sizeof cases[0]);
}

static void test_double_text(void)
{
    struct {
        double d;
        int single;
        const char *text;
    } exact_cases[] = {
        { 0.1, 0, "0.1" },   { 0.3, 0, "0.3" },        { 100.0, 0, "100" },
        { -2.5, 0, "-2.5" }, { 1e21, 0, "1e+21" },     { 1.0 / 3, 0, "0.3333333333333333" },
        { 0.1 + 0.2, 0, "0.30000000000000004" },       { 0.0, 0, "0" },
        { 123456789.125, 0, "123456789.125" },         { 1e-7, 0, "1e-07" },
        { 5e-324, 0, "4.94065645841247e-324" },      { (double)0.1f, 1, "0.1" },
        { (double)16777216.0f, 1, "16777216" },        { (double)3.4028234663852886e38, 1, "3.4028235e+38" },
        { NAN, 0, "NaN" },   { INFINITY, 0, "Infinity" }, { -INFINITY, 0, "-Infinity" },
    };
    size_t i;
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    int bad = 0;
    for (i = 0; i < sizeof exact_cases / sizeof exact_cases[0]; i++) {
        cv_value v = vf(exact_cases[i].single ? SQL_REAL : SQL_DOUBLE, exact_cases[i].d);
        char buf[64];
        SQLLEN ind;
        cv_status st;
        SQLRETURN rc = cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && strcmp(buf, exact_cases[i].text) == 0,
              "double->char %.17g: got '%s' expected '%s'", exact_cases[i].d, buf,
              exact_cases[i].text);
    }
    /* random bit patterns: text must round-trip and be at most 17 significant digits */
    for (i = 0; i < 20000 && bad < 5; i++) {
        double d, back;
        cv_value v;
        char buf[64];
        SQLLEN ind;
        cv_status st;
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        memcpy(&d, &seed, sizeof d);
        if (!isfinite(d))
            continue;
        v = vf(SQL_DOUBLE, d);
        cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, NULL, &st);
        back = strtod(buf, NULL);
        if (back != d) {
            bad++;
            CHECK(0, "double round trip %.17g -> '%s'", d, buf);
        }
        /* and the text parses back through the converter too */
        {
            cv_value tv = vt(SQL_VARCHAR, buf);
            double d2 = 0;
            cv_convert(&tv, SQL_C_DOUBLE, &d2, 0, &ind, NULL, &st);
            if (d2 != d) {
                bad++;
                CHECK(0, "text->double round trip '%s'", buf);
            }
        }
    }
    CHECK(bad == 0, "random double round trips");
}

/* ---- piecewise char --------------------------------------------------------------------------- */
static void test_piecewise_char(void)
{
    cv_value v = vt(SQL_VARCHAR, "Hello, World!");
    const char *pieces[] = { "Hell", "o, W", "orld", "!" };
    SQLLEN inds[] = { 13, 9, 5, 1 };
    cv_cursor cur = { 0, 0 };
    char buf[5], all[64] = "";
    SQLLEN ind;
    cv_status st;
    SQLRETURN rc;
    int i;

    /* probe first: nothing consumed */
    rc = cv_convert(&v, SQL_C_CHAR, NULL, 0, &ind, &cur, &st);
    expect("char probe NULL buffer", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
    CHECK(ind == 13 && cur.offset == 0 && !cur.done, "probe ind %ld", (long)ind);
    memset(buf, 'Q', sizeof buf);
    rc = cv_convert(&v, SQL_C_CHAR, buf, 0, &ind, &cur, &st);
    expect("char probe buflen 0", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
    CHECK(buf[0] == 'Q' && ind == 13, "probe buflen 0 must not write");

    for (i = 0; i < 4; i++) {
        rc = cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, &cur, &st);
        expect("char piece", rc, &st, i < 3 ? SQL_SUCCESS_WITH_INFO : SQL_SUCCESS,
               i < 3 ? "01004" : "");
        CHECK(strcmp(buf, pieces[i]) == 0, "piece %d '%s'", i, buf);
        CHECK(ind == inds[i], "piece %d ind %ld", i, (long)ind);
        strcat(all, buf);
    }
    CHECK(cur.done == 1, "done after last piece");
    CHECK(strcmp(all, "Hello, World!") == 0, "pieces concatenate");
    rc = cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, &cur, &st);
    CHECK(rc == SQL_NO_DATA, "after last piece: NO_DATA");

    /* bound column (no cursor): truncated, ind = whole length */
    rc = cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, NULL, &st);
    expect("bound truncation", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
    CHECK(strcmp(buf, "Hell") == 0 && ind == 13, "bound truncation content/ind");

    /* negative buffer length */
    rc = cv_convert(&v, SQL_C_CHAR, buf, -1, &ind, NULL, &st);
    expect("negative buflen", rc, &st, SQL_ERROR, "HY090");

    /* empty value piecewise: one successful call, then NO_DATA */
    {
        cv_value e = vt(SQL_VARCHAR, "");
        cv_cursor c2 = { 0, 0 };
        rc = cv_convert(&e, SQL_C_CHAR, buf, sizeof buf, &ind, &c2, &st);
        CHECK(rc == SQL_SUCCESS && ind == 0 && buf[0] == '\0' && c2.done, "empty value");
        rc = cv_convert(&e, SQL_C_CHAR, buf, sizeof buf, &ind, &c2, &st);
        CHECK(rc == SQL_NO_DATA, "empty value second call");
    }
    /* numeric source piecewise: whole part checked on the first piece only */
    {
        cv_value d = vt(SQL_DECIMAL, "123.456789");
        cv_cursor c3 = { 0, 0 };
        char acc[32] = "";
        int guard = 0;
        while ((rc = cv_convert(&d, SQL_C_CHAR, buf, sizeof buf, &ind, &c3, &st)) != SQL_NO_DATA
               && guard++ < 10) {
            CHECK(rc != SQL_ERROR, "decimal piece error %s", st.sqlstate);
            strcat(acc, buf);
        }
        CHECK(strcmp(acc, "123.456789") == 0, "decimal pieces '%s'", acc);
    }
}

/* ---- char in the ANSI code page ---------------------------------------------------------- */
/* SQL_C_CHAR text is in the ANSI code page: UTF-8 on Linux, the process's code page on
 * Windows (1252 under wine in make test-windows). Pieces and truncations end at character
 * boundaries; lengths are bytes of that encoding. */
static void test_char_code_page(void)
{
    struct { const char *src; SQLLEN buflen; const char *pieces[5]; SQLLEN inds[5]; } c;
#ifdef _WIN32
    if (GetACP() != 1252) {
        printf("test_char_code_page: ANSI code page %u, only 1252 is checked\n", GetACP());
        return;
    }
    /* "Cafe\u0301"-free: é is one 1252 byte; 日 and the emoji are not in 1252: one '?' each */
    c = (__typeof__(c)){ "Caf\xC3\xA9 \xE6\x97\xA5\xF0\x9F\x98\x80!", 4,
                         { "Caf", "\xE9 ?", "?!", NULL }, { 8, 5, 2 } };
#else
    /* 3- and 4-byte characters in a 4-byte piece: never cut */
    c = (__typeof__(c)){ "\xE4\xB8\xAD\xE6\x96\x87\xF0\x9F\x98\x80xyz", 5,
                         { "\xE4\xB8\xAD", "\xE6\x96\x87", "\xF0\x9F\x98\x80", "xyz", NULL },
                         { 13, 10, 7, 3 } };
#endif
    cv_value t = vt(SQL_WVARCHAR, c.src);
    cv_cursor cur = { 0, 0 };
    char buf[16], all[64] = "", want[64] = "";
    SQLLEN ind;
    cv_status st;
    SQLRETURN rc;
    int i;
    for (i = 0; c.pieces[i]; i++) {
        rc = cv_convert(&t, SQL_C_CHAR, buf, c.buflen, &ind, &cur, &st);
        expect("code page piece", rc, &st, c.pieces[i + 1] ? SQL_SUCCESS_WITH_INFO : SQL_SUCCESS,
               c.pieces[i + 1] ? "01004" : "");
        CHECK(strcmp(buf, c.pieces[i]) == 0 && ind == c.inds[i], "piece %d '%s' ind %ld", i, buf,
              (long)ind);
        strcat(all, buf);
        strcat(want, c.pieces[i]);
    }
    CHECK(cur.done && cv_convert(&t, SQL_C_CHAR, buf, c.buflen, &ind, &cur, &st) == SQL_NO_DATA,
          "code page pieces: then SQL_NO_DATA");
    CHECK(strcmp(all, want) == 0, "code page pieces reassemble");

    /* bound (no cursor): whole characters, the full length in the code page */
    rc = cv_convert(&t, SQL_C_CHAR, buf, c.buflen, &ind, NULL, &st);
    expect("code page bound", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
    CHECK(strcmp(buf, c.pieces[0]) == 0 && ind == c.inds[0], "bound '%s' ind %ld", buf, (long)ind);
    rc = cv_convert(&t, SQL_C_CHAR, buf, sizeof buf, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && strcmp(buf, want) == 0 && ind == c.inds[0], "whole value fits");

    /* a buffer too small for the first character: an empty piece, nothing consumed */
    {
        cv_value e = vt(SQL_WVARCHAR, "\xE2\x82\xAC\xE2\x82\xAC");   /* two euro signs */
        cv_cursor c2 = { 0, 0 };
#ifdef _WIN32
        SQLLEN small = 1, whole = 2;   /* 0x80 in 1252: a 1-byte buffer holds only the NUL */
#else
        SQLLEN small = 3, whole = 6;
#endif
        rc = cv_convert(&e, SQL_C_CHAR, buf, small, &ind, &c2, &st);
        expect("first character too big", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
        CHECK(buf[0] == '\0' && ind == whole && c2.offset == 0 && !c2.done,
              "empty piece, ind %ld, offset %zu", (long)ind, c2.offset);
    }
}

/* ---- wchar -------------------------------------------------------------------------------- */
static size_t wlen(const SQLWCHAR *w)
{
    return utf16_strlen(w);
}

static void test_wchar(void)
{
    SQLWCHAR buf[64];
    SQLLEN ind;
    cv_status st;
    SQLRETURN rc;

    {
        cv_value v = vt(SQL_WVARCHAR, "h\xC3\xA9llo");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && ind == 10 && buf[1] == 0xE9 && wlen(buf) == 5, "wchar h\xC3\xA9llo");
    }
    {
        /* CJK */
        cv_value v = vt(SQL_WVARCHAR, "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && ind == 6 && buf[0] == 0x65E5 && buf[1] == 0x672C
                  && buf[2] == 0x8A9E && buf[3] == 0,
              "wchar CJK");
        /* truncated CJK: buflen 5 bytes -> 1 unit + NUL */
        rc = cv_convert(&v, SQL_C_WCHAR, buf, 5, &ind, NULL, &st);
        expect("wchar CJK truncated", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
        CHECK(buf[0] == 0x65E5 && buf[1] == 0 && ind == 6, "wchar CJK truncated content");
    }
    {
        /* probe */
        cv_value v = vt(SQL_WVARCHAR, "ab\xF0\x9F\x98\x80");
        rc = cv_convert(&v, SQL_C_WCHAR, NULL, 0, &ind, NULL, &st);
        expect("wchar probe", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
        CHECK(ind == 8, "wchar probe ind %ld", (long)ind);
        rc = cv_convert(&v, SQL_C_WCHAR, buf, 1, &ind, NULL, &st);
        expect("wchar buflen 1 = probe", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, -2, &ind, NULL, &st);
        expect("wchar negative", rc, &st, SQL_ERROR, "HY090");
    }
    {
        /* emoji straddling the boundary, piecewise, buflen 8 bytes = 3 units + NUL */
        cv_value v = vt(SQL_WVARCHAR, "ab\xF0\x9F\x98\x80" "cd");
        cv_cursor cur = { 0, 0 };
        SQLWCHAR acc[16];
        size_t n = 0;
        static const unsigned expect_units[] = { 'a', 'b', 0xD83D, 0xDE00, 'c', 'd' };
        size_t k;

        rc = cv_convert(&v, SQL_C_WCHAR, buf, 8, &ind, &cur, &st);
        expect("emoji piece 1", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
        CHECK(ind == 12 && wlen(buf) == 2 && buf[0] == 'a' && buf[1] == 'b',
              "emoji piece 1: 'ab' without half a pair (ind %ld, len %zu)", (long)ind, wlen(buf));
        CHECK(cur.offset == 4, "offset after piece 1 = %zu", cur.offset);
        memcpy(acc + n, buf, wlen(buf) * 2);
        n += wlen(buf);

        rc = cv_convert(&v, SQL_C_WCHAR, buf, 8, &ind, &cur, &st);
        expect("emoji piece 2", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
        CHECK(ind == 8 && wlen(buf) == 3 && buf[0] == 0xD83D && buf[1] == 0xDE00 && buf[2] == 'c',
              "emoji piece 2: pair + c");
        memcpy(acc + n, buf, wlen(buf) * 2);
        n += wlen(buf);

        rc = cv_convert(&v, SQL_C_WCHAR, buf, 8, &ind, &cur, &st);
        expect("emoji piece 3", rc, &st, SQL_SUCCESS, "");
        CHECK(ind == 2 && wlen(buf) == 1 && buf[0] == 'd' && cur.done, "emoji piece 3: d");
        memcpy(acc + n, buf, wlen(buf) * 2);
        n += wlen(buf);

        rc = cv_convert(&v, SQL_C_WCHAR, buf, 8, &ind, &cur, &st);
        CHECK(rc == SQL_NO_DATA, "emoji: NO_DATA after the last piece");
        CHECK(n == 6, "emoji units %zu", n);
        for (k = 0; k < 6 && k < n; k++)
            CHECK(acc[k] == expect_units[k], "emoji unit %zu", k);
    }
    {
        /* pair at the very start with room for one unit only: nothing fits, no progress */
        cv_value v = vt(SQL_WVARCHAR, "\xF0\x9F\x98\x80");
        cv_cursor cur = { 0, 0 };
        rc = cv_convert(&v, SQL_C_WCHAR, buf, 4, &ind, &cur, &st);
        expect("pair in 1 unit", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
        CHECK(buf[0] == 0 && ind == 4 && cur.offset == 0 && !cur.done, "pair in 1 unit: empty");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, 6, &ind, &cur, &st);
        CHECK(rc == SQL_SUCCESS && buf[0] == 0xD83D && buf[1] == 0xDE00 && buf[2] == 0,
              "pair in 2 units");
    }
    {
        /* odd buflen: 7 bytes = 3 units incl. NUL -> 2 characters */
        cv_value v = vt(SQL_VARCHAR, "abcdef");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, 7, &ind, NULL, &st);
        expect("odd buflen", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
        CHECK(wlen(buf) == 2 && ind == 12, "odd buflen content");
    }
    {
        /* long CJK text, piecewise with a small buffer, reassembled */
        char src[3 * 200 + 1];
        int i;
        cv_cursor cur = { 0, 0 };
        SQLWCHAR acc[256];
        size_t n = 0;
        int guard = 0;
        for (i = 0; i < 200; i++)
            memcpy(src + 3 * i, "\xE4\xB8\xAD", 3);
        src[600] = '\0';
        {
            cv_value v = vt(SQL_WVARCHAR, src);
            while ((rc = cv_convert(&v, SQL_C_WCHAR, buf, 14, &ind, &cur, &st)) != SQL_NO_DATA
                   && guard++ < 100) {
                size_t k = wlen(buf);
                CHECK(ind == (SQLLEN)((200 - n) * 2), "CJK piece ind %ld at %zu", (long)ind, n);
                memcpy(acc + n, buf, k * 2);
                n += k;
            }
        }
        CHECK(n == 200, "CJK pieces %zu units", n);
        for (i = 0; i < 200 && (size_t)i < n; i++)
            if (acc[i] != 0x4E2D) {
                CHECK(0, "CJK unit %d", i);
                break;
            }
    }
    {
        /* invalid UTF-8 shows as U+FFFD */
        cv_value v = vt(SQL_WVARCHAR, "a\xFF" "b");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && buf[1] == 0xFFFD && ind == 6, "invalid utf-8 -> FFFD");
    }
    {
        /* non-text sources */
        cv_value v = vi(SQL_INTEGER, -42);
        rc = cv_convert(&v, SQL_C_WCHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && ind == 6 && buf[0] == '-' && buf[1] == '4' && buf[2] == '2'
                  && buf[3] == 0,
              "int -> wchar");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, 6, &ind, NULL, &st);
        expect("int -> wchar too small", rc, &st, SQL_ERROR, "22003");
        v = vi(SQL_TYPE_TIMESTAMP, INT64_C(1709633730123000));
        rc = cv_convert(&v, SQL_C_WCHAR, buf, sizeof buf, &ind, NULL, &st);
        {
            char back[64];
            size_t k = utf16_to_utf8(buf, wlen(buf), back, sizeof back - 1);
            back[k] = '\0';
            CHECK(rc == SQL_SUCCESS && strcmp(back, "2024-03-05 10:15:30.123") == 0,
                  "timestamp -> wchar '%s'", back);
        }
    }
    {
        /* binary -> wchar: hex */
        static const unsigned char b[] = { 0xDE, 0xAD, 0xBE, 0xEF };
        cv_value v = vb(b, 4);
        cv_cursor cur = { 0, 0 };
        rc = cv_convert(&v, SQL_C_WCHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && ind == 16 && buf[0] == 'D' && buf[7] == 'F' && buf[8] == 0,
              "binary -> wchar hex");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, 8, &ind, &cur, &st);
        CHECK(rc == SQL_SUCCESS_WITH_INFO && buf[0] == 'D' && buf[1] == 'E' && buf[2] == 'A'
                  && buf[3] == 0 && ind == 16,
              "binary -> wchar piece 1");
        rc = cv_convert(&v, SQL_C_WCHAR, buf, 8, &ind, &cur, &st);
        CHECK(rc == SQL_SUCCESS_WITH_INFO && buf[0] == 'D' && buf[1] == 'B' && buf[2] == 'E'
                  && ind == 10,
              "binary -> wchar piece 2");
    }
}

/* ---- binary --------------------------------------------------------------------------------- */
static void test_binary(void)
{
    unsigned char src[10], buf[32];
    SQLLEN ind;
    cv_status st;
    SQLRETURN rc;
    cv_cursor cur = { 0, 0 };
    cv_value v;
    int i;
    for (i = 0; i < 10; i++)
        src[i] = (unsigned char)(i * 17);
    v = vb(src, 10);

    rc = cv_convert(&v, SQL_C_BINARY, buf, 4, &ind, &cur, &st);
    expect("bin piece 1", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
    CHECK(ind == 10 && memcmp(buf, src, 4) == 0, "bin piece 1 content");
    rc = cv_convert(&v, SQL_C_BINARY, buf, 4, &ind, &cur, &st);
    expect("bin piece 2", rc, &st, SQL_SUCCESS_WITH_INFO, "01004");
    CHECK(ind == 6 && memcmp(buf, src + 4, 4) == 0, "bin piece 2 content");
    rc = cv_convert(&v, SQL_C_BINARY, buf, 4, &ind, &cur, &st);
    expect("bin piece 3", rc, &st, SQL_SUCCESS, "");
    CHECK(ind == 2 && memcmp(buf, src + 8, 2) == 0 && cur.done, "bin piece 3 content");
    rc = cv_convert(&v, SQL_C_BINARY, buf, 4, &ind, &cur, &st);
    CHECK(rc == SQL_NO_DATA, "bin NO_DATA");

    rc = cv_convert(&v, SQL_C_BINARY, buf, 10, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && ind == 10 && memcmp(buf, src, 10) == 0, "bin exact fit");
    rc = cv_convert(&v, SQL_C_BINARY, NULL, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && ind == 10, "bin probe");
    rc = cv_convert(&v, SQL_C_BINARY, buf, -1, &ind, NULL, &st);
    expect("bin negative", rc, &st, SQL_ERROR, "HY090");

    /* binary -> char: upper-case hex, piecewise with odd split */
    {
        char cb[5];
        cv_cursor c2 = { 0, 0 };
        char acc[32] = "";
        int guard = 0;
        static const unsigned char b3[] = { 0x00, 0x1F, 0xA0 };
        cv_value v3 = vb(b3, 3);
        rc = cv_convert(&v3, SQL_C_CHAR, cb, 4, &ind, &c2, &st);
        CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(cb, "001") == 0 && ind == 6, "hex piece 1");
        strcat(acc, cb);
        while ((rc = cv_convert(&v3, SQL_C_CHAR, cb, 4, &ind, &c2, &st)) != SQL_NO_DATA
               && guard++ < 10)
            strcat(acc, cb);
        CHECK(strcmp(acc, "001FA0") == 0, "hex pieces '%s'", acc);
    }
    /* empty binary */
    {
        cv_value e = vb("", 0);
        cv_cursor c3 = { 0, 0 };
        rc = cv_convert(&e, SQL_C_BINARY, buf, 4, &ind, &c3, &st);
        CHECK(rc == SQL_SUCCESS && ind == 0 && c3.done, "empty binary");
    }
    /* text -> binary: its UTF-8 bytes */
    {
        cv_value t = vt(SQL_WVARCHAR, "\xC3\xA9t\xC3\xA9");
        rc = cv_convert(&t, SQL_C_BINARY, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && ind == 5 && memcmp(buf, "\xC3\xA9t\xC3\xA9", 5) == 0,
              "text -> binary");
    }
    /* fixed forms */
    {
        cv_value n = vi(SQL_INTEGER, 0x01020304);
        SQLINTEGER x;
        rc = cv_convert(&n, SQL_C_BINARY, buf, sizeof buf, &ind, NULL, &st);
        memcpy(&x, buf, 4);
        CHECK(rc == SQL_SUCCESS && ind == 4 && x == 0x01020304, "int -> binary");
        rc = cv_convert(&n, SQL_C_BINARY, buf, 3, &ind, NULL, &st);
        expect("int -> binary too small", rc, &st, SQL_ERROR, "22003");
        n = vi(SQL_SMALLINT, -2);
        rc = cv_convert(&n, SQL_C_BINARY, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && ind == 2, "smallint -> binary 2 bytes");
        n = vf(SQL_DOUBLE, 1.5);
        rc = cv_convert(&n, SQL_C_BINARY, buf, sizeof buf, &ind, NULL, &st);
        {
            double d;
            memcpy(&d, buf, 8);
            CHECK(rc == SQL_SUCCESS && ind == 8 && d == 1.5, "double -> binary");
        }
        n = vi(SQL_TYPE_DATE, 19782);
        rc = cv_convert(&n, SQL_C_BINARY, buf, sizeof buf, &ind, NULL, &st);
        {
            SQL_DATE_STRUCT ds;
            memcpy(&ds, buf, sizeof ds);
            CHECK(rc == SQL_SUCCESS && ind == (SQLLEN)sizeof ds && ds.year == 2024
                      && ds.month == 2 && ds.day == 29,
                  "date -> binary");
        }
        n = vt(SQL_DECIMAL, "-12.34");
        rc = cv_convert(&n, SQL_C_BINARY, buf, sizeof buf, &ind, NULL, &st);
        {
            SQL_NUMERIC_STRUCT ns;
            memcpy(&ns, buf, sizeof ns);
            CHECK(rc == SQL_SUCCESS && ind == (SQLLEN)sizeof ns && ns.scale == 2 && ns.sign == 0
                      && ns.val[0] == (1234 & 0xFF) && ns.val[1] == (1234 >> 8),
                  "decimal -> binary numeric struct");
        }
        n = vt(SQL_GUID, "6F9619FF-8B86-D011-B42D-00C04FC964FF");
        rc = cv_convert(&n, SQL_C_BINARY, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && ind == 16, "guid -> binary");
    }
}

/* ---- bit -------------------------------------------------------------------------------------- */
static void test_bit(void)
{
    struct {
        cv_value v;
        const char *state;
        int value;
    } cases[] = {
        { vt(SQL_VARCHAR, "1"), "", 1 },       { vt(SQL_VARCHAR, "0"), "", 0 },
        { vt(SQL_VARCHAR, " 1.0 "), "", 1 },   { vt(SQL_VARCHAR, "0.5"), "01S07", 0 },
        { vt(SQL_VARCHAR, "1.5"), "01S07", 1 }, { vt(SQL_VARCHAR, "2"), "22003", 0 },
        { vt(SQL_VARCHAR, "-1"), "22003", 0 },  { vt(SQL_VARCHAR, "-0.5"), "22003", 0 },
        { vt(SQL_VARCHAR, "abc"), "22018", 0 }, { vt(SQL_VARCHAR, "true"), "22018", 0 },
        { vi(SQL_INTEGER, 2), "22003", 0 },     { vi(SQL_INTEGER, -1), "22003", 0 },
        { vi(SQL_INTEGER, 1), "", 1 },          { vi(SQL_BIT, 0), "", 0 },
        { vf(SQL_DOUBLE, 0.999), "01S07", 0 },  { vf(SQL_DOUBLE, 2.0), "22003", 0 },
        { vt(SQL_DECIMAL, "1.00"), "", 1 },     { vi(SQL_TYPE_DATE, 1), "07006", 0 },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        SQLCHAR b = 77;
        SQLLEN ind;
        cv_status st;
        char what[48];
        SQLRETURN rc = cv_convert(&cases[i].v, SQL_C_BIT, &b, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "bit case %zu", i);
        if (expect(what, rc, &st, rc_for(cases[i].state), cases[i].state) && rc != SQL_ERROR)
            CHECK(b == cases[i].value && ind == 1, "%s value %d", what, b);
    }
}

/* ---- numeric struct ----------------------------------------------------------------------------- */
static uint64_t num_low64(const SQL_NUMERIC_STRUCT *n)
{
    uint64_t r = 0;
    int i;
    for (i = 7; i >= 0; i--)
        r = (r << 8) | n->val[i];
    return r;
}

static int num_high_zero(const SQL_NUMERIC_STRUCT *n)
{
    int i;
    for (i = 8; i < 16; i++)
        if (n->val[i])
            return 0;
    return 1;
}

static void test_numeric(void)
{
    struct {
        cv_value v;
        int precision, scale;
        const char *state;
        int sign;
        uint64_t val;
    } cases[] = {
        { vt(SQL_DECIMAL, "123.45"), 38, 0, "01S07", 1, 123 },
        { vt(SQL_DECIMAL, "123.45"), 38, 2, "", 1, 12345 },
        { vt(SQL_DECIMAL, "-123.45"), 38, 2, "", 0, 12345 },
        { vt(SQL_DECIMAL, "1.005"), 38, 2, "01S07", 1, 100 },
        { vt(SQL_DECIMAL, "1234.5"), 5, 2, "22003", 1, 0 },
        { vt(SQL_DECIMAL, "123.4"), 5, 2, "", 1, 12340 },
        { vt(SQL_DECIMAL, "0"), 38, 0, "", 1, 0 },
        { vt(SQL_DECIMAL, "-0.4"), 38, 0, "01S07", 1, 0 },
        { vt(SQL_VARCHAR, "abc"), 38, 0, "22018", 1, 0 },
        { vt(SQL_VARCHAR, "1e3"), 38, 0, "", 1, 1000 },
        { vt(SQL_VARCHAR, "12300"), 38, -2, "", 1, 123 },
        { vi(SQL_BIGINT, -5), 38, 0, "", 0, 5 },
        { vi(SQL_BIGINT, INT64_MIN), 38, 0, "", 0, (uint64_t)INT64_MAX + 1 },
        { vi(SQL_INTEGER, 7), 38, 3, "", 1, 7000 },
        { vf(SQL_DOUBLE, 0.1), 38, 3, "", 1, 100 },
        { vf(SQL_DOUBLE, 2.5), 38, 0, "01S07", 1, 2 },
        { vf(SQL_DOUBLE, 1e300), 38, 0, "22003", 1, 0 },
        { vf(SQL_DOUBLE, NAN), 38, 0, "22003", 1, 0 },
        { vi(SQL_BIT, 1), 38, 0, "", 1, 1 },
        { vi(SQL_TYPE_TIMESTAMP, 0), 38, 0, "07006", 1, 0 },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        SQL_NUMERIC_STRUCT n;
        cv_status st;
        char what[48];
        SQLRETURN rc;
        memset(&n, 0xAA, sizeof n);
        rc = cv_to_numeric_ps(&cases[i].v, cases[i].precision, cases[i].scale, &n, &st);
        snprintf(what, sizeof what, "numeric case %zu", i);
        if (expect(what, rc, &st, rc_for(cases[i].state), cases[i].state) && rc != SQL_ERROR) {
            CHECK(n.precision == cases[i].precision && n.scale == cases[i].scale,
                  "%s precision/scale", what);
            CHECK(n.sign == cases[i].sign, "%s sign %d", what, n.sign);
            CHECK(num_low64(&n) == cases[i].val && num_high_zero(&n), "%s val %llu", what,
                  (unsigned long long)num_low64(&n));
        }
    }
    /* through cv_convert: defaults 38 / 0 */
    {
        cv_value v = vt(SQL_DECIMAL, "99999999999999999999999999999999999999"); /* 38 nines */
        SQL_NUMERIC_STRUCT n;
        SQLLEN ind;
        cv_status st;
        SQLRETURN rc = cv_convert(&v, SQL_C_NUMERIC, &n, 0, &ind, NULL, &st);
        /* 10^38 - 1 = 0x4B3B4CA85A86C47A098A223FFFFFFFFF */
        static const unsigned char expect_val[16] = { 0xFF, 0xFF, 0xFF, 0xFF, 0x3F, 0x22, 0x8A,
                                                      0x09, 0x7A, 0xC4, 0x86, 0x5A, 0xA8, 0x4C,
                                                      0x3B, 0x4B };
        CHECK(rc == SQL_SUCCESS && n.precision == 38 && n.scale == 0 && n.sign == 1
                  && memcmp(n.val, expect_val, 16) == 0 && ind == (SQLLEN)sizeof n,
              "38 nines");
        v = vt(SQL_DECIMAL, "100000000000000000000000000000000000000"); /* 10^38: 39 digits */
        rc = cv_convert(&v, SQL_C_NUMERIC, &n, 0, &ind, NULL, &st);
        expect("39 digits", rc, &st, SQL_ERROR, "22003");
    }
}

/* ---- GUID ------------------------------------------------------------------------------------- */
static void test_guid(void)
{
    SQLGUID g;
    SQLLEN ind;
    cv_status st;
    SQLRETURN rc;
    static const unsigned char d4[8] = { 0xB4, 0x2D, 0x00, 0xC0, 0x4F, 0xC9, 0x64, 0xFF };
    const char *ok[] = { "6F9619FF-8B86-D011-B42D-00C04FC964FF",
                         "6f9619ff-8b86-d011-b42d-00c04fc964ff",
                         "{6F9619FF-8B86-D011-B42D-00C04FC964FF}",
                         "  6F9619FF-8B86-D011-B42D-00C04FC964FF " };
    const char *bad[] = { "6F9619FF-8B86-D011-B42D-00C04FC964F", "xyz", "",
                          "6F9619FF8B86-D011-B42D-00C04FC964FFF",
                          "6F9619FF-8B86-D011-B42D-00C04FC964FG",
                          "{6F9619FF-8B86-D011-B42D-00C04FC964FF" };
    size_t i;
    for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        cv_value v = vt(i == 0 ? SQL_GUID : SQL_VARCHAR, ok[i]);
        memset(&g, 0, sizeof g);
        rc = cv_convert(&v, SQL_C_GUID, &g, 0, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && g.Data1 == 0x6F9619FFu && g.Data2 == 0x8B86
                  && g.Data3 == 0xD011 && memcmp(g.Data4, d4, 8) == 0 && ind == 16,
              "guid ok '%s'", ok[i]);
    }
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cv_value v = vt(SQL_VARCHAR, bad[i]);
        char what[80];
        rc = cv_convert(&v, SQL_C_GUID, &g, 0, &ind, NULL, &st);
        snprintf(what, sizeof what, "guid bad '%s'", bad[i]);
        expect(what, rc, &st, SQL_ERROR, "22018");
    }
    {
        cv_value v = vi(SQL_INTEGER, 5);
        rc = cv_convert(&v, SQL_C_GUID, &g, 0, &ind, NULL, &st);
        expect("int -> guid", rc, &st, SQL_ERROR, "07006");
    }
}

/* ---- unsupported, NULL, defaults ---------------------------------------------------------------- */
static void test_restricted(void)
{
    static const unsigned char b[] = { 1, 2 };
    struct {
        cv_value v;
        SQLSMALLINT c;
        const char *state;
    } cases[] = {
        { vi(SQL_TYPE_TIMESTAMP, 0), SQL_C_SLONG, "07006" },
        { vi(SQL_TYPE_TIMESTAMP, 0), SQL_C_DOUBLE, "07006" },
        { vi(SQL_TYPE_TIMESTAMP, 0), SQL_C_BIT, "07006" },
        { vi(SQL_TYPE_TIMESTAMP, 0), SQL_C_GUID, "07006" },
        { vi(SQL_TYPE_DATE, 0), SQL_C_SLONG, "07006" },
        { vi(SQL_TYPE_DATE, 0), SQL_C_TYPE_TIME, "07006" },
        { vi(SQL_TYPE_TIME, 0), SQL_C_TYPE_DATE, "07006" },
        { vi(SQL_TYPE_TIME, 0), SQL_C_NUMERIC, "07006" },
        { vb(b, 2), SQL_C_SLONG, "07006" },
        { vb(b, 2), SQL_C_DOUBLE, "07006" },
        { vb(b, 2), SQL_C_TYPE_DATE, "07006" },
        { vb(b, 2), SQL_C_GUID, "07006" },
        { vb(b, 2), SQL_C_BIT, "07006" },
        { vi(SQL_INTEGER, 1), SQL_C_TYPE_TIMESTAMP, "07006" },
        { vf(SQL_DOUBLE, 1), SQL_C_TYPE_DATE, "07006" },
        { vt(SQL_DECIMAL, "1"), SQL_C_TYPE_TIME, "07006" },
        { vi(SQL_BIT, 1), SQL_C_TYPE_DATE, "07006" },
        { vt(SQL_GUID, "6F9619FF-8B86-D011-B42D-00C04FC964FF"), SQL_C_SLONG, "07006" },
        { vi(SQL_INTEGER, 1), SQL_C_INTERVAL_DAY, "07006" },
        { vi(SQL_INTEGER, 1), 1234, "HY003" },
        { vi(SQL_INTEGER, 1), SQL_ARD_TYPE, "HY003" },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        union { SQL_TIMESTAMP_STRUCT ts; SQL_INTERVAL_STRUCT iv; char raw[64]; } buf;
        SQLLEN ind = -99;
        cv_status st;
        char what[48];
        SQLRETURN rc = cv_convert(&cases[i].v, cases[i].c, &buf, sizeof buf, &ind, NULL, &st);
        snprintf(what, sizeof what, "restricted case %zu (C %d)", i, cases[i].c);
        expect(what, rc, &st, SQL_ERROR, cases[i].state);
        CHECK(ind == -99, "%s: ind written on error", what);
    }
    {
        cv_value v = vi(SQL_INTEGER, 1);
        SQLLEN ind;
        cv_status st;
        SQLRETURN rc = cv_convert(&v, SQL_C_SLONG, NULL, 0, &ind, NULL, &st);
        expect("fixed NULL target", rc, &st, SQL_ERROR, "HY009");
    }
}

static void test_null_and_default(void)
{
    SQLLEN ind = 0;
    cv_status st;
    SQLRETURN rc = cv_null(&ind, &st);
    CHECK(rc == SQL_SUCCESS && ind == SQL_NULL_DATA && st.sqlstate[0] == '\0', "cv_null");
    rc = cv_null(NULL, &st);
    expect("cv_null without indicator", rc, &st, SQL_ERROR, "22002");

    {
        struct {
            SQLSMALLINT sql, c;
        } map[] = {
            { SQL_CHAR, SQL_C_CHAR },           { SQL_VARCHAR, SQL_C_CHAR },
            { SQL_LONGVARCHAR, SQL_C_CHAR },    { SQL_WCHAR, SQL_C_WCHAR },
            { SQL_WVARCHAR, SQL_C_WCHAR },      { SQL_WLONGVARCHAR, SQL_C_WCHAR },
            { SQL_DECIMAL, SQL_C_CHAR },        { SQL_NUMERIC, SQL_C_CHAR },
            { SQL_BIT, SQL_C_BIT },             { SQL_TINYINT, SQL_C_STINYINT },
            { SQL_SMALLINT, SQL_C_SSHORT },     { SQL_INTEGER, SQL_C_SLONG },
            { SQL_BIGINT, SQL_C_SBIGINT },      { SQL_REAL, SQL_C_FLOAT },
            { SQL_FLOAT, SQL_C_DOUBLE },        { SQL_DOUBLE, SQL_C_DOUBLE },
            { SQL_BINARY, SQL_C_BINARY },       { SQL_VARBINARY, SQL_C_BINARY },
            { SQL_LONGVARBINARY, SQL_C_BINARY }, { SQL_TYPE_DATE, SQL_C_TYPE_DATE },
            { SQL_TYPE_TIME, SQL_C_TYPE_TIME }, { SQL_TYPE_TIMESTAMP, SQL_C_TYPE_TIMESTAMP },
            { SQL_DATE, SQL_C_DATE },           { SQL_TIME, SQL_C_TIME },
            { SQL_TIMESTAMP, SQL_C_TIMESTAMP }, { SQL_GUID, SQL_C_GUID },
            { 12345, SQL_C_CHAR },
        };
        size_t i;
        for (i = 0; i < sizeof map / sizeof map[0]; i++)
            CHECK(cv_default_c_type(map[i].sql) == map[i].c, "default C type of SQL %d: %d",
                  map[i].sql, cv_default_c_type(map[i].sql));
    }
    {
        struct {
            SQLSMALLINT c;
            SQLLEN size;
        } sizes[] = {
            { SQL_C_CHAR, 0 },       { SQL_C_WCHAR, 0 },      { SQL_C_BINARY, 0 },
            { SQL_C_BIT, 1 },        { SQL_C_STINYINT, 1 },   { SQL_C_UTINYINT, 1 },
            { SQL_C_TINYINT, 1 },    { SQL_C_SSHORT, 2 },     { SQL_C_USHORT, 2 },
            { SQL_C_SHORT, 2 },      { SQL_C_SLONG, 4 },      { SQL_C_ULONG, 4 },
            { SQL_C_LONG, 4 },       { SQL_C_SBIGINT, 8 },    { SQL_C_UBIGINT, 8 },
            { SQL_C_FLOAT, 4 },      { SQL_C_DOUBLE, 8 },     { SQL_C_NUMERIC, 19 },
            { SQL_C_TYPE_DATE, 6 },  { SQL_C_DATE, 6 },       { SQL_C_TYPE_TIME, 6 },
            { SQL_C_TIME, 6 },       { SQL_C_TYPE_TIMESTAMP, 16 }, { SQL_C_TIMESTAMP, 16 },
            { SQL_C_GUID, 16 },      { 1234, 0 },
        };
        size_t i;
        for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
            CHECK(cv_c_type_size(sizes[i].c) == sizes[i].size, "size of C %d: %ld", sizes[i].c,
                  (long)cv_c_type_size(sizes[i].c));
    }
    {
        /* SQL_C_DEFAULT end to end */
        cv_value v = vi(SQL_INTEGER, -7);
        SQLINTEGER x = 0;
        SQLLEN ind2 = 0;
        char cbuf[16];
        SQLWCHAR wbuf[16];
        rc = cv_convert(&v, SQL_C_DEFAULT, &x, 0, &ind2, NULL, &st);
        CHECK(rc == SQL_SUCCESS && x == -7 && ind2 == 4, "DEFAULT for INTEGER");
        v = vt(SQL_VARCHAR, "abc");
        rc = cv_convert(&v, SQL_C_DEFAULT, cbuf, sizeof cbuf, &ind2, NULL, &st);
        CHECK(rc == SQL_SUCCESS && strcmp(cbuf, "abc") == 0 && ind2 == 3, "DEFAULT for VARCHAR");
        v = vt(SQL_WVARCHAR, "abc");
        rc = cv_convert(&v, SQL_C_DEFAULT, wbuf, sizeof wbuf, &ind2, NULL, &st);
        CHECK(rc == SQL_SUCCESS && wbuf[0] == 'a' && wbuf[3] == 0 && ind2 == 6,
              "DEFAULT for WVARCHAR");
        v = vi(SQL_TYPE_TIMESTAMP, 0);
        {
            SQL_TIMESTAMP_STRUCT ts;
            rc = cv_convert(&v, SQL_C_DEFAULT, &ts, 0, &ind2, NULL, &st);
            CHECK(rc == SQL_SUCCESS && ts.year == 1970 && ts.month == 1 && ts.day == 1
                      && ind2 == 16,
                  "DEFAULT for TIMESTAMP");
        }
    }
    {
        /* fixed-size target with a cursor: second call NO_DATA */
        cv_value v = vi(SQL_INTEGER, 5);
        cv_cursor cur = { 0, 0 };
        SQLINTEGER x = 0;
        SQLLEN ind2;
        rc = cv_convert(&v, SQL_C_SLONG, &x, 0, &ind2, &cur, &st);
        CHECK(rc == SQL_SUCCESS && x == 5 && cur.done, "fixed with cursor: first");
        rc = cv_convert(&v, SQL_C_SLONG, &x, 0, &ind2, &cur, &st);
        CHECK(rc == SQL_NO_DATA, "fixed with cursor: second NO_DATA");
        /* a failed fixed conversion does not consume the value */
        v = vt(SQL_VARCHAR, "x");
        cur.done = 0;
        cur.offset = 0;
        rc = cv_convert(&v, SQL_C_SLONG, &x, 0, &ind2, &cur, &st);
        CHECK(rc == SQL_ERROR && !cur.done, "failed fixed conversion leaves cursor");
        rc = cv_convert(&v, SQL_C_CHAR, &x, sizeof x, &ind2, &cur, &st);
        CHECK(rc == SQL_SUCCESS, "then as char");
    }
    {
        /* ind may be NULL; st may be NULL */
        cv_value v = vt(SQL_VARCHAR, "Hello");
        char b[3];
        SQLINTEGER x;
        rc = cv_convert(&v, SQL_C_CHAR, b, sizeof b, NULL, NULL, NULL);
        CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(b, "He") == 0, "NULL ind and status");
        v = vi(SQL_INTEGER, 3);
        rc = cv_convert(&v, SQL_C_LONG, &x, 0, NULL, NULL, NULL);
        CHECK(rc == SQL_SUCCESS && x == 3, "NULL ind fixed");
    }
    {
        /* wire kind that does not match the SQL type falls back to the kind */
        cv_value v = vi(SQL_DECIMAL, 42);
        char b[8];
        rc = cv_convert(&v, SQL_C_CHAR, b, sizeof b, NULL, NULL, &st);
        CHECK(rc == SQL_SUCCESS && strcmp(b, "42") == 0, "DECIMAL carried as I64");
    }
    (void)info_or_ok;
}

int main(void)
{
    test_integer_boundaries();
    test_text_to_int();
    test_number_to_int();
    test_float();
    test_to_char();
    test_double_text();
    test_piecewise_char();
    test_char_code_page();
    test_wchar();
    test_binary();
    test_bit();
    test_numeric();
    test_guid();
    test_restricted();
    test_null_and_default();
    TEST_DONE("test_convert");
}

/* Tests of dates, times and timestamps: calendar arithmetic, text parsing, the grid. */
#include "convert/convert.h"
#include "convert/cv_internal.h"
#include "test_util.h"

#include <stdint.h>

#define US_PER_DAY INT64_C(86400000000)

static cv_value vi(SQLSMALLINT t, int64_t x)
{
    cv_value v;
    memset(&v, 0, sizeof v);
    v.sql_type = t;
    v.kind = QW_I64;
    v.i64 = x;
    return v;
}

static cv_value vt(const char *s)
{
    cv_value v;
    memset(&v, 0, sizeof v);
    v.sql_type = SQL_VARCHAR;
    v.kind = QW_UTF8;
    v.data = s;
    v.len = strlen(s);
    return v;
}

static int64_t ts_us(int64_t days, int h, int m, int s, int64_t us)
{
    return days * US_PER_DAY + ((int64_t)h * 3600 + m * 60 + s) * 1000000 + us;
}

static void test_civil(void)
{
    static const struct {
        int64_t days;
        int64_t y;
        int m, d;
    } known[] = {
        { 0, 1970, 1, 1 },       { -1, 1969, 12, 31 },     { 11016, 2000, 2, 29 },
        { -25509, 1900, 2, 28 }, { -25508, 1900, 3, 1 },   { 19782, 2024, 2, 29 },
        { -719162, 1, 1, 1 },    { 2932896, 9999, 12, 31 }, { -135081, 1600, 2, 29 },
    };
    size_t i;
    int64_t z, prev_y = 0;
    int prev_m = 0, prev_d = 0, bad = 0;
    for (i = 0; i < sizeof known / sizeof known[0]; i++) {
        int64_t y;
        int m, d;
        cv_civil_from_days(known[i].days, &y, &m, &d);
        CHECK(y == known[i].y && m == known[i].m && d == known[i].d,
              "civil_from_days(%lld) = %lld-%d-%d", (long long)known[i].days, (long long)y, m, d);
        CHECK(cv_days_from_civil(known[i].y, known[i].m, known[i].d) == known[i].days,
              "days_from_civil(%lld-%d-%d)", (long long)known[i].y, known[i].m, known[i].d);
    }
    /* every day from year -1000 to 3000: round trip and consecutive calendar days */
    for (z = cv_days_from_civil(-1000, 1, 1); z <= cv_days_from_civil(3000, 12, 31) && bad < 5;
         z++) {
        int64_t y;
        int m, d;
        cv_civil_from_days(z, &y, &m, &d);
        if (cv_days_from_civil(y, m, d) != z) {
            bad++;
            CHECK(0, "round trip day %lld", (long long)z);
        }
        if (prev_m) {
            int ok = (y == prev_y && m == prev_m && d == prev_d + 1)
                     || (y == prev_y && m == prev_m + 1 && d == 1
                         && prev_d == cv_days_in_month(prev_y, prev_m))
                     || (y == prev_y + 1 && m == 1 && d == 1 && prev_m == 12 && prev_d == 31);
            if (!ok) {
                bad++;
                CHECK(0, "day %lld follows %lld-%d-%d with %lld-%d-%d", (long long)z,
                      (long long)prev_y, prev_m, prev_d, (long long)y, m, d);
            }
        }
        prev_y = y;
        prev_m = m;
        prev_d = d;
    }
    CHECK(bad == 0, "calendar walk");
    CHECK(cv_days_in_month(2000, 2) == 29 && cv_days_in_month(1900, 2) == 28
              && cv_days_in_month(2024, 2) == 29 && cv_days_in_month(2023, 2) == 28,
          "leap years");
}

static void test_value_to_char(void)
{
    static const struct {
        SQLSMALLINT t;
        int64_t v;
        const char *text;
    } cases[] = {
        { SQL_TYPE_DATE, 0, "1970-01-01" },
        { SQL_TYPE_DATE, -1, "1969-12-31" },
        { SQL_TYPE_DATE, 11016, "2000-02-29" },
        { SQL_TYPE_DATE, -25509, "1900-02-28" },
        { SQL_TYPE_DATE, -25508, "1900-03-01" },
        { SQL_TYPE_DATE, 19782, "2024-02-29" },
        { SQL_TYPE_DATE, -719162, "0001-01-01" },
        { SQL_TYPE_TIME, 0, "00:00:00" },
        { SQL_TYPE_TIME, ((10 * 60 + 15) * 60 + 30) * INT64_C(1000000), "10:15:30" },
        { SQL_TYPE_TIME, ((10 * 60 + 15) * 60 + 30) * INT64_C(1000000) + 500000, "10:15:30.5" },
        { SQL_TYPE_TIME, US_PER_DAY - 1, "23:59:59.999999" },
        { SQL_TYPE_TIMESTAMP, 0, "1970-01-01 00:00:00" },
        { SQL_TYPE_TIMESTAMP, INT64_C(1709633730123000), "2024-03-05 10:15:30.123" },
        { SQL_TYPE_TIMESTAMP, -1, "1969-12-31 23:59:59.999999" },
        { SQL_TYPE_TIMESTAMP, -US_PER_DAY, "1969-12-31 00:00:00" },
        { SQL_TYPE_TIMESTAMP, -US_PER_DAY - 1, "1969-12-30 23:59:59.999999" },
        { SQL_TYPE_TIMESTAMP, 11016 * US_PER_DAY + 1000, "2000-02-29 00:00:00.001" },
        { SQL_TYPE_TIMESTAMP, -25509 * US_PER_DAY + 10, "1900-02-28 00:00:00.00001" },
        { SQL_TYPE_TIMESTAMP, 19782 * US_PER_DAY + US_PER_DAY - 1000000,
          "2024-02-29 23:59:59" },
        { SQL_TIMESTAMP, 0, "1970-01-01 00:00:00" },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        cv_value v = vi(cases[i].t, cases[i].v);
        char buf[64];
        SQLLEN ind;
        cv_status st;
        SQLRETURN rc = cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && strcmp(buf, cases[i].text) == 0
                  && ind == (SQLLEN)strlen(cases[i].text),
              "to char case %zu: '%s' expected '%s'", i, buf, cases[i].text);
    }
    /* buffer sizes per appendix D */
    {
        cv_value d = vi(SQL_TYPE_DATE, 0), t = vi(SQL_TYPE_TIME, 1),
                 ts = vi(SQL_TYPE_TIMESTAMP, INT64_C(1709633730123000));
        char buf[32];
        SQLLEN ind;
        cv_status st;
        SQLRETURN rc;
        rc = cv_convert(&d, SQL_C_CHAR, buf, 11, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS, "date into 11");
        rc = cv_convert(&d, SQL_C_CHAR, buf, 10, &ind, NULL, &st);
        CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22003") == 0, "date into 10: 22003");
        rc = cv_convert(&ts, SQL_C_CHAR, buf, 20, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(st.sqlstate, "01004") == 0
                  && strcmp(buf, "2024-03-05 10:15:30") == 0 && ind == 23,
              "timestamp into 20: fraction truncated");
        rc = cv_convert(&ts, SQL_C_CHAR, buf, 22, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(buf, "2024-03-05 10:15:30.1") == 0,
              "timestamp into 22");
        rc = cv_convert(&ts, SQL_C_CHAR, buf, 19, &ind, NULL, &st);
        CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22003") == 0, "timestamp into 19: 22003");
        rc = cv_convert(&t, SQL_C_CHAR, buf, 9, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(buf, "00:00:00") == 0 && ind == 15,
              "time with fraction into 9");
        rc = cv_convert(&t, SQL_C_CHAR, buf, 8, &ind, NULL, &st);
        CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22003") == 0, "time into 8: 22003");
    }
}

typedef struct {
    const char *text;
    SQLSMALLINT c;
    const char *state;
    int y, mo, d, h, mi, s;
    unsigned long frac;
} text_dt_case;

static void test_text_to_struct(void)
{
    static const text_dt_case cases[] = {
        { "2024-03-05", SQL_C_TYPE_DATE, "", 2024, 3, 5, 0, 0, 0, 0 },
        { " 2024-03-05 ", SQL_C_TYPE_DATE, "", 2024, 3, 5, 0, 0, 0, 0 },
        { "2024-3-5", SQL_C_TYPE_DATE, "", 2024, 3, 5, 0, 0, 0, 0 },
        { "2024-02-29", SQL_C_TYPE_DATE, "", 2024, 2, 29, 0, 0, 0, 0 },
        { "2000-02-29", SQL_C_DATE, "", 2000, 2, 29, 0, 0, 0, 0 },
        { "1900-02-29", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "2023-02-29", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "2024-13-01", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "2024-04-31", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "2024-00-10", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "24-03-05", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "garbage", SQL_C_TYPE_TIMESTAMP, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "", SQL_C_TYPE_TIMESTAMP, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "2024-03-05x", SQL_C_TYPE_TIMESTAMP, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "2024-03-05 10:15:30", SQL_C_TYPE_DATE, "01S07", 2024, 3, 5, 0, 0, 0, 0 },
        { "2024-03-05 00:00:00", SQL_C_TYPE_DATE, "", 2024, 3, 5, 0, 0, 0, 0 },
        { "2024-03-05 00:00:00.000", SQL_C_TYPE_DATE, "", 2024, 3, 5, 0, 0, 0, 0 },
        { "10:15:30", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "10:15:30", SQL_C_TYPE_TIME, "", 0, 0, 0, 10, 15, 30, 0 },
        { "9:05:00", SQL_C_TIME, "", 0, 0, 0, 9, 5, 0, 0 },
        { "10:15", SQL_C_TYPE_TIME, "", 0, 0, 0, 10, 15, 0, 0 },
        { "10:15:30.5", SQL_C_TYPE_TIME, "01S07", 0, 0, 0, 10, 15, 30, 0 },
        { "2024-03-05 10:15:30", SQL_C_TYPE_TIME, "", 0, 0, 0, 10, 15, 30, 0 },
        { "2024-03-05 10:15:30.25", SQL_C_TYPE_TIME, "01S07", 0, 0, 0, 10, 15, 30, 0 },
        { "2024-03-05", SQL_C_TYPE_TIME, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "24:00:00", SQL_C_TYPE_TIME, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "10:60:00", SQL_C_TYPE_TIME, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "10:15:60", SQL_C_TYPE_TIME, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "10:15:30.", SQL_C_TYPE_TIME, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "2024-03-05 10:15:30", SQL_C_TYPE_TIMESTAMP, "", 2024, 3, 5, 10, 15, 30, 0 },
        { "2024-03-05T10:15:30", SQL_C_TYPE_TIMESTAMP, "", 2024, 3, 5, 10, 15, 30, 0 },
        { "2024-03-05 10:15:30.123", SQL_C_TYPE_TIMESTAMP, "", 2024, 3, 5, 10, 15, 30,
          123000000 },
        { "2024-02-29 23:59:59.123456789", SQL_C_TIMESTAMP, "", 2024, 2, 29, 23, 59, 59,
          123456789 },
        { "2024-02-29 23:59:59.1234567891", SQL_C_TYPE_TIMESTAMP, "01S07", 2024, 2, 29, 23, 59,
          59, 123456789 },
        { "2024-02-29 23:59:59.1234567890", SQL_C_TYPE_TIMESTAMP, "", 2024, 2, 29, 23, 59, 59,
          123456789 },
        { "2024-03-05", SQL_C_TYPE_TIMESTAMP, "", 2024, 3, 5, 0, 0, 0, 0 },
        { "{ts '2024-03-05 10:15:30.5'}", SQL_C_TYPE_TIMESTAMP, "", 2024, 3, 5, 10, 15, 30,
          500000000 },
        { " { TS '2024-03-05 10:15:30' } ", SQL_C_TYPE_TIMESTAMP, "", 2024, 3, 5, 10, 15, 30,
          0 },
        { "{d '2024-03-05'}", SQL_C_TYPE_DATE, "", 2024, 3, 5, 0, 0, 0, 0 },
        { "{d '2024-03-05'}", SQL_C_TYPE_TIMESTAMP, "", 2024, 3, 5, 0, 0, 0, 0 },
        { "{t '10:15:30'}", SQL_C_TYPE_TIME, "", 0, 0, 0, 10, 15, 30, 0 },
        { "{ts '2024-03-05'}", SQL_C_TYPE_TIMESTAMP, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "{d '2024-03-05 10:00:00'}", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "{t '2024-03-05'}", SQL_C_TYPE_TIME, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "{d '2024-03-05'", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "{x '2024-03-05'}", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "{d 2024-03-05}", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
        { "{d '2024-03-05'} x", SQL_C_TYPE_DATE, "22007", 0, 0, 0, 0, 0, 0, 0 },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const text_dt_case *c = &cases[i];
        cv_value v = vt(c->text);
        union { SQL_DATE_STRUCT d; SQL_TIME_STRUCT t; SQL_TIMESTAMP_STRUCT ts; } b;
        SQLLEN ind = -1;
        cv_status st;
        SQLRETURN rc;
        SQLRETURN erc = !c->state[0] ? SQL_SUCCESS
                        : (c->state[0] == '0' && c->state[1] == '1') ? SQL_SUCCESS_WITH_INFO
                                                                     : SQL_ERROR;
        memset(&b, 0x55, sizeof b);
        rc = cv_convert(&v, c->c, &b, 0, &ind, NULL, &st);
        CHECK(rc == erc && strcmp(st.sqlstate, c->state) == 0,
              "text '%s' -> C %d: rc %d [%s], expected [%s]", c->text, c->c, rc, st.sqlstate,
              c->state);
        if (rc == SQL_ERROR || rc != erc)
            continue;
        CHECK(ind == cv_c_type_size(c->c), "text '%s': ind %ld", c->text, (long)ind);
        switch (c->c) {
        case SQL_C_TYPE_DATE:
        case SQL_C_DATE:
            CHECK(b.d.year == c->y && b.d.month == c->mo && b.d.day == c->d,
                  "text '%s' -> date %d-%d-%d", c->text, b.d.year, b.d.month, b.d.day);
            break;
        case SQL_C_TYPE_TIME:
        case SQL_C_TIME:
            CHECK(b.t.hour == c->h && b.t.minute == c->mi && b.t.second == c->s,
                  "text '%s' -> time %d:%d:%d", c->text, b.t.hour, b.t.minute, b.t.second);
            break;
        default:
            CHECK(b.ts.year == c->y && b.ts.month == c->mo && b.ts.day == c->d
                      && b.ts.hour == c->h && b.ts.minute == c->mi && b.ts.second == c->s
                      && b.ts.fraction == c->frac,
                  "text '%s' -> ts %d-%d-%d %d:%d:%d.%lu", c->text, b.ts.year, b.ts.month,
                  b.ts.day, b.ts.hour, b.ts.minute, b.ts.second, (unsigned long)b.ts.fraction);
            break;
        }
    }
    /* a time into a timestamp takes today's date */
    {
        cv_value v = vt("10:15:30");
        SQL_TIMESTAMP_STRUCT ts;
        SQLLEN ind;
        cv_status st;
        int64_t y;
        int m, d;
        SQLRETURN rc;
        int64_t before = cv_today_days(), after;
        rc = cv_convert(&v, SQL_C_TYPE_TIMESTAMP, &ts, 0, &ind, NULL, &st);
        after = cv_today_days();
        cv_civil_from_days(after, &y, &m, &d);
        CHECK(rc == SQL_SUCCESS && ts.hour == 10 && ts.minute == 15 && ts.second == 30
                  && ts.fraction == 0,
              "time text -> timestamp");
        CHECK(before != after || (ts.year == y && ts.month == m && ts.day == d),
              "time text -> timestamp: today's date");
    }
}

static void test_value_to_struct(void)
{
    SQL_DATE_STRUCT d;
    SQL_TIME_STRUCT t;
    SQL_TIMESTAMP_STRUCT ts;
    SQLLEN ind;
    cv_status st;
    SQLRETURN rc;
    cv_value v;

    /* negative epoch: one microsecond before 1970 */
    v = vi(SQL_TYPE_TIMESTAMP, -1);
    rc = cv_convert(&v, SQL_C_TYPE_TIMESTAMP, &ts, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && ts.year == 1969 && ts.month == 12 && ts.day == 31
              && ts.hour == 23 && ts.minute == 59 && ts.second == 59
              && ts.fraction == 999999000u && ind == 16,
          "ts -1us -> struct");
    rc = cv_convert(&v, SQL_C_TYPE_DATE, &d, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(st.sqlstate, "01S07") == 0 && d.year == 1969
              && d.month == 12 && d.day == 31 && ind == 6,
          "ts -1us -> date 01S07");
    rc = cv_convert(&v, SQL_C_TYPE_TIME, &t, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(st.sqlstate, "01S07") == 0 && t.hour == 23
              && t.minute == 59 && t.second == 59,
          "ts -1us -> time 01S07");

    /* midnight timestamps: date without truncation; whole second: time without truncation */
    v = vi(SQL_TYPE_TIMESTAMP, ts_us(19782, 0, 0, 0, 0));
    rc = cv_convert(&v, SQL_C_TYPE_DATE, &d, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && d.year == 2024 && d.month == 2 && d.day == 29, "ts midnight -> date");
    v = vi(SQL_TYPE_TIMESTAMP, ts_us(-25509, 13, 14, 15, 0));
    rc = cv_convert(&v, SQL_C_TYPE_TIME, &t, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && t.hour == 13 && t.minute == 14 && t.second == 15,
          "ts 1900 -> time");
    rc = cv_convert(&v, SQL_C_TIMESTAMP, &ts, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && ts.year == 1900 && ts.month == 2 && ts.day == 28 && ts.hour == 13,
          "ts 1900 -> ODBC2 timestamp");
    v = vi(SQL_TYPE_TIMESTAMP, ts_us(11016, 1, 2, 3, 456789));
    rc = cv_convert(&v, SQL_C_TYPE_TIMESTAMP, &ts, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && ts.year == 2000 && ts.month == 2 && ts.day == 29 && ts.hour == 1
              && ts.minute == 2 && ts.second == 3 && ts.fraction == 456789000u,
          "ts 2000-02-29 with micros");
    v = vi(SQL_TYPE_TIMESTAMP, ts_us(-719162, 0, 0, 0, 0));
    rc = cv_convert(&v, SQL_C_TYPE_TIMESTAMP, &ts, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && ts.year == 1 && ts.month == 1 && ts.day == 1, "ts year 1");

    /* date -> timestamp: zero time; date -> date */
    v = vi(SQL_TYPE_DATE, -1);
    rc = cv_convert(&v, SQL_C_TYPE_TIMESTAMP, &ts, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && ts.year == 1969 && ts.month == 12 && ts.day == 31 && ts.hour == 0
              && ts.minute == 0 && ts.second == 0 && ts.fraction == 0,
          "date -> timestamp");
    rc = cv_convert(&v, SQL_C_DATE, &d, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && d.year == 1969 && d.month == 12 && d.day == 31, "date -> date");
    rc = cv_convert(&v, SQL_C_TYPE_TIME, &t, 0, &ind, NULL, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "07006") == 0, "date -> time 07006");

    /* time -> time (fraction: 01S07), time -> timestamp (today) */
    v = vi(SQL_TYPE_TIME, ((8 * 60 + 30) * 60 + 1) * INT64_C(1000000));
    rc = cv_convert(&v, SQL_C_TYPE_TIME, &t, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS && t.hour == 8 && t.minute == 30 && t.second == 1, "time -> time");
    v.i64 += 250000;
    rc = cv_convert(&v, SQL_C_TYPE_TIME, &t, 0, &ind, NULL, &st);
    CHECK(rc == SQL_SUCCESS_WITH_INFO && strcmp(st.sqlstate, "01S07") == 0 && t.second == 1,
          "time with fraction -> time 01S07");
    {
        int64_t before = cv_today_days(), after, y;
        int m, dd;
        rc = cv_convert(&v, SQL_C_TYPE_TIMESTAMP, &ts, 0, &ind, NULL, &st);
        after = cv_today_days();
        cv_civil_from_days(after, &y, &m, &dd);
        CHECK(rc == SQL_SUCCESS && ts.hour == 8 && ts.minute == 30 && ts.second == 1
                  && ts.fraction == 250000000u,
              "time -> timestamp");
        CHECK(before != after || (ts.year == y && ts.month == m && ts.day == dd),
              "time -> timestamp today");
    }
    rc = cv_convert(&v, SQL_C_TYPE_DATE, &d, 0, &ind, NULL, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "07006") == 0, "time -> date 07006");

    /* year beyond SQLSMALLINT */
    v = vi(SQL_TYPE_DATE, cv_days_from_civil(40000, 1, 1));
    rc = cv_convert(&v, SQL_C_TYPE_DATE, &d, 0, &ind, NULL, &st);
    CHECK(rc == SQL_ERROR && strcmp(st.sqlstate, "22008") == 0, "year 40000 -> 22008");

    /* absurd day numbers do not overflow (clamped) */
    {
        char buf[64];
        v = vi(SQL_TYPE_DATE, INT64_MAX);
        rc = cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS, "INT64_MAX days -> char");
        v = vi(SQL_TYPE_DATE, INT64_MIN);
        rc = cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && buf[0] == '-', "INT64_MIN days -> char '%s'", buf);
        v = vi(SQL_TYPE_TIMESTAMP, INT64_MIN);
        rc = cv_convert(&v, SQL_C_CHAR, buf, sizeof buf, &ind, NULL, &st);
        CHECK(rc == SQL_SUCCESS && buf[0] == '-', "INT64_MIN micros -> char '%s'", buf);
    }

    /* piecewise cursor on a fixed type */
    {
        cv_cursor cur = { 0, 0 };
        v = vi(SQL_TYPE_DATE, 0);
        rc = cv_convert(&v, SQL_C_TYPE_DATE, &d, 0, &ind, &cur, &st);
        CHECK(rc == SQL_SUCCESS && cur.done, "date with cursor");
        rc = cv_convert(&v, SQL_C_TYPE_DATE, &d, 0, &ind, &cur, &st);
        CHECK(rc == SQL_NO_DATA, "date with cursor: NO_DATA");
    }
}

int main(void)
{
    test_civil();
    test_value_to_char();
    test_text_to_struct();
    test_value_to_struct();
    TEST_DONE("test_datetime");
}

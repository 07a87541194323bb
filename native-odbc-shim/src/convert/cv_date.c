/*
 * Calendar arithmetic (proleptic Gregorian, no time zone: values are wall-clock) and the
 * parser of date/time/timestamp text, plain or as ODBC escapes.
 */
#include "cv_internal.h"

#include <time.h>

#define MICROS_PER_DAY INT64_C(86400000000)
#define MAX_DAYS INT64_C(300000000000)

int64_t cv_floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* H. Hinnant's days_from_civil / civil_from_days. */
int64_t cv_days_from_civil(int64_t y, int m, int d)
{
    int64_t era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void cv_civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    int64_t era, doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

int cv_days_in_month(int64_t y, int m)
{
    static const int dm[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12)
        return 0;
    if (m == 2) {
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        return leap ? 29 : 28;
    }
    return dm[m - 1];
}

int64_t cv_today_days(void)
{
    time_t t = time(NULL);
    return cv_floor_div((int64_t)t, 86400);
}

void cv_dt_from_value(const cv_value *v, int cls, cv_dt *dt)
{
    int64_t days = 0, tod = 0;
    dt->has_date = cls == CL_DATE || cls == CL_TIMESTAMP;
    dt->has_time = cls == CL_TIME || cls == CL_TIMESTAMP;
    dt->frac_lost = 0;
    if (cls == CL_DATE) {
        /* keep absurd values (beyond +-800 million years) away from integer overflow */
        days = v->i64 > MAX_DAYS ? MAX_DAYS : v->i64 < -MAX_DAYS ? -MAX_DAYS : v->i64;
    } else if (cls == CL_TIME) {
        tod = v->i64 % MICROS_PER_DAY;
        if (tod < 0)
            tod += MICROS_PER_DAY;
    } else {
        days = cv_floor_div(v->i64, MICROS_PER_DAY);
        tod = v->i64 % MICROS_PER_DAY;     /* no days * MICROS_PER_DAY: may overflow */
        if (tod < 0)
            tod += MICROS_PER_DAY;
    }
    if (dt->has_date) {
        cv_civil_from_days(days, &dt->year, &dt->month, &dt->day);
    } else {
        dt->year = 0;
        dt->month = 0;
        dt->day = 0;
    }
    dt->hour = (int)(tod / INT64_C(3600000000));
    dt->minute = (int)(tod / 60000000 % 60);
    dt->second = (int)(tod / 1000000 % 60);
    dt->nanos = (uint32_t)(tod % 1000000) * 1000u;
}

/* ---- parser ----------------------------------------------------------------------------- */

typedef struct {
    const char *s;
    size_t len, i;
} scan;

static int blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Reads between min and max digits. -1 when fewer than min. */
static int digits(scan *sc, int min, int max, int64_t *out)
{
    int n = 0;
    int64_t v = 0;
    while (sc->i < sc->len && n < max && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9') {
        v = v * 10 + (sc->s[sc->i] - '0');
        sc->i++;
        n++;
    }
    if (n < min)
        return -1;
    *out = v;
    return 0;
}

static int accept(scan *sc, char c)
{
    if (sc->i < sc->len && sc->s[sc->i] == c) {
        sc->i++;
        return 1;
    }
    return 0;
}

static int at_digit(const scan *sc)
{
    return sc->i < sc->len && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9';
}

static int parse_date(scan *sc, cv_dt *dt)
{
    int64_t y, m, d;
    if (digits(sc, 4, 4, &y) || !accept(sc, '-') || digits(sc, 1, 2, &m) || !accept(sc, '-')
        || digits(sc, 1, 2, &d))
        return -1;
    if (m < 1 || m > 12 || d < 1 || d > cv_days_in_month(y, (int)m))
        return -1;
    dt->has_date = 1;
    dt->year = y;
    dt->month = (int)m;
    dt->day = (int)d;
    return 0;
}

static int parse_time(scan *sc, cv_dt *dt)
{
    int64_t h, mi, s = 0;
    if (digits(sc, 1, 2, &h) || !accept(sc, ':') || digits(sc, 2, 2, &mi))
        return -1;
    if (accept(sc, ':')) {
        if (digits(sc, 2, 2, &s))
            return -1;
        if (accept(sc, '.')) {
            int n = 0;
            uint32_t ns = 0;
            while (at_digit(sc)) {
                int dv = sc->s[sc->i] - '0';
                if (n < 9)
                    ns = ns * 10 + (uint32_t)dv;
                else if (dv != 0)
                    dt->frac_lost = 1;
                n++;
                sc->i++;
            }
            if (n == 0)
                return -1;
            for (; n < 9; n++)
                ns *= 10;
            dt->nanos = ns;
        }
    }
    if (h > 23 || mi > 59 || s > 59)
        return -1;
    dt->has_time = 1;
    dt->hour = (int)h;
    dt->minute = (int)mi;
    dt->second = (int)s;
    return 0;
}

/* want: 'd', 't', 's' (timestamp) or 0 (any form). The whole [i, len) must be consumed. */
static int parse_value(scan *sc, cv_dt *dt, char want)
{
    size_t start = sc->i;
    int is_date = 0;
    /* a date starts with 4 digits and '-' */
    {
        size_t k = start;
        while (k < sc->len && k - start < 5 && sc->s[k] >= '0' && sc->s[k] <= '9')
            k++;
        is_date = (k - start == 4 && k < sc->len && sc->s[k] == '-');
    }
    if (is_date) {
        if (parse_date(sc, dt))
            return -1;
        if (sc->i < sc->len) {
            if (sc->s[sc->i] == 'T' || sc->s[sc->i] == 't') {
                sc->i++;
            } else if (blank(sc->s[sc->i])) {
                while (sc->i < sc->len && blank(sc->s[sc->i]))
                    sc->i++;
            } else {
                return -1;
            }
            if (parse_time(sc, dt))
                return -1;
        }
    } else if (parse_time(sc, dt)) {
        return -1;
    }
    if (sc->i != sc->len)
        return -1;
    if (want == 'd' && (!dt->has_date || dt->has_time))
        return -1;
    if (want == 't' && (dt->has_date || !dt->has_time))
        return -1;
    if (want == 's' && !(dt->has_date && dt->has_time))
        return -1;
    return 0;
}

int cv_dt_parse(const char *s, size_t len, cv_dt *dt)
{
    scan sc;
    dt->has_date = dt->has_time = 0;
    dt->year = 0;
    dt->month = dt->day = dt->hour = dt->minute = dt->second = 0;
    dt->nanos = 0;
    dt->frac_lost = 0;
    if (s == NULL)
        return -1;
    while (len > 0 && blank(s[len - 1]))
        len--;
    sc.s = s;
    sc.len = len;
    sc.i = 0;
    while (sc.i < len && blank(s[sc.i]))
        sc.i++;
    if (accept(&sc, '{')) {
        /* {d 'yyyy-mm-dd'}, {t 'hh:mm:ss'}, {ts 'yyyy-mm-dd hh:mm:ss[.f]'} */
        char want;
        size_t q;
        scan inner;
        while (sc.i < len && blank(s[sc.i]))
            sc.i++;
        if (sc.i + 1 < len && (s[sc.i] == 't' || s[sc.i] == 'T')
            && (s[sc.i + 1] == 's' || s[sc.i + 1] == 'S')) {
            want = 's';
            sc.i += 2;
        } else if (sc.i < len && (s[sc.i] == 'd' || s[sc.i] == 'D')) {
            want = 'd';
            sc.i++;
        } else if (sc.i < len && (s[sc.i] == 't' || s[sc.i] == 'T')) {
            want = 't';
            sc.i++;
        } else {
            return -1;
        }
        while (sc.i < len && blank(s[sc.i]))
            sc.i++;
        if (!accept(&sc, '\''))
            return -1;
        q = sc.i;
        while (q < len && s[q] != '\'')
            q++;
        if (q >= len)
            return -1;
        inner.s = s;
        inner.i = sc.i;
        inner.len = q;
        if (parse_value(&inner, dt, want))
            return -1;
        sc.i = q + 1;
        while (sc.i < len && blank(s[sc.i]))
            sc.i++;
        if (!accept(&sc, '}') || sc.i != len)
            return -1;
        return 0;
    }
    return parse_value(&sc, dt, 0);
}

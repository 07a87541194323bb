/*
 * SQL_C_TYPE_DATE/DATE, SQL_C_TYPE_TIME/TIME, SQL_C_TYPE_TIMESTAMP/TIMESTAMP.
 * Sources: DATE, TIME, TIMESTAMP (wall-clock, no zone) and character text (plain
 * 'yyyy-mm-dd', 'hh:mm:ss[.f]', 'yyyy-mm-dd hh:mm:ss[.fffffffff]' or the ODBC escapes
 * {d '...'}, {t '...'}, {ts '...'}); unparsable text -> 22007.
 *   timestamp -> date: 01S07 when the time is not midnight;
 *   timestamp/time -> time: 01S07 when there is a fraction of a second;
 *   time -> timestamp: the current date (UTC) is used for the date fields;
 *   more than 9 fraction digits in text -> 01S07 when the dropped ones are not zero.
 */
#include "cv_internal.h"

SQLRETURN cv_to_datetime(const cv_value *v, int cls, SQLSMALLINT c_type, SQLPOINTER target,
                         cv_status *st)
{
    cv_dt dt;
    int trunc = 0;
    char want;

    switch (c_type) {
    case SQL_C_TYPE_DATE:
    case SQL_C_DATE:
        want = 'd';
        break;
    case SQL_C_TYPE_TIME:
    case SQL_C_TIME:
        want = 't';
        break;
    default:
        want = 's';
        break;
    }

    if (cls == CL_CHAR) {
        if (cv_dt_parse(v->data, v->data ? v->len : 0, &dt) != 0)
            return cv_fail(st, "22007", CV_MSG_22007);
        if ((want == 'd' && !dt.has_date) || (want == 't' && !dt.has_time))
            return cv_fail(st, "22007", CV_MSG_22007);
    } else if (cls == CL_DATE || cls == CL_TIME || cls == CL_TIMESTAMP) {
        if ((want == 'd' && cls == CL_TIME) || (want == 't' && cls == CL_DATE))
            return cv_fail(st, "07006", CV_MSG_07006);
        cv_dt_from_value(v, cls, &dt);
    } else {
        return cv_fail(st, "07006", CV_MSG_07006);
    }

    if (want != 't') {
        if (!dt.has_date) {
            /* a time into a timestamp: today's date */
            cv_civil_from_days(cv_today_days(), &dt.year, &dt.month, &dt.day);
            dt.has_date = 1;
        }
        if (dt.year < -32768 || dt.year > 32767)
            return cv_fail(st, "22008", "Datetime field overflow");
    }

    if (want == 'd') {
        SQL_DATE_STRUCT *d = (SQL_DATE_STRUCT *)target;
        d->year = (SQLSMALLINT)dt.year;
        d->month = (SQLUSMALLINT)dt.month;
        d->day = (SQLUSMALLINT)dt.day;
        trunc = dt.has_time
                && (dt.hour || dt.minute || dt.second || dt.nanos || dt.frac_lost);
    } else if (want == 't') {
        SQL_TIME_STRUCT *t = (SQL_TIME_STRUCT *)target;
        t->hour = (SQLUSMALLINT)dt.hour;
        t->minute = (SQLUSMALLINT)dt.minute;
        t->second = (SQLUSMALLINT)dt.second;
        trunc = dt.nanos != 0 || dt.frac_lost;
    } else {
        SQL_TIMESTAMP_STRUCT *ts = (SQL_TIMESTAMP_STRUCT *)target;
        ts->year = (SQLSMALLINT)dt.year;
        ts->month = (SQLUSMALLINT)dt.month;
        ts->day = (SQLUSMALLINT)dt.day;
        ts->hour = (SQLUSMALLINT)(dt.has_time ? dt.hour : 0);
        ts->minute = (SQLUSMALLINT)(dt.has_time ? dt.minute : 0);
        ts->second = (SQLUSMALLINT)(dt.has_time ? dt.second : 0);
        ts->fraction = (SQLUINTEGER)(dt.has_time ? dt.nanos : 0);
        trunc = dt.frac_lost;
    }
    if (trunc)
        return cv_info(st, "01S07", CV_MSG_01S07);
    return SQL_SUCCESS;
}

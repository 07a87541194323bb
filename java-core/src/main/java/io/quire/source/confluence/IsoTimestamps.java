package io.quire.source.confluence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Site date-times ({@code 2024-03-05T14:07:09.123Z}, {@code ...+01:00}) to the engine's TIMESTAMP
 * value: the wall-clock time in a zone, as milliseconds since 1970-01-01T00:00 of that clock.
 * <p>
 * The forms Confluence emits (seconds, an optional fraction, {@code Z} or {@code ±HH:MM}) are read
 * by hand: {@link OffsetDateTime#parse} was a fifth of the driver's CPU on a page listing (bench
 * row 1). Anything else goes to {@code OffsetDateTime.parse}, so both give the same value.
 */
final class IsoTimestamps {
    private IsoTimestamps() {
    }

    /** The wall-clock millis in zone, or null when s is not an ISO-8601 date-time with an offset. */
    static Long wallClockMillis(String s, ZoneId zone) {
        long instantMillis = fastInstantMillis(s);
        if (instantMillis == Long.MIN_VALUE) {
            return parsed(s, zone);
        }
        long seconds = Math.floorDiv(instantMillis, 1000L);
        int offset = zone instanceof ZoneOffset o ? o.getTotalSeconds()
                : zone.getRules().getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
        return instantMillis + offset * 1000L;
    }

    private static Long parsed(String s, ZoneId zone) {
        try {
            LocalDateTime local = OffsetDateTime.parse(s).atZoneSameInstant(zone).toLocalDateTime();
            return local.toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Epoch millis of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, or Long.MIN_VALUE for any
     * other form or an out-of-range field (left to the full parser).
     */
    static long fastInstantMillis(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        int i = 19;
        int millis = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i - start < 3) {
                    millis = millis * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return Long.MIN_VALUE;
            }
            for (int k = count; k < 3; k++) {
                millis *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
                return Long.MIN_VALUE;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return Long.MIN_VALUE;
        }
        long epochSeconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return epochSeconds * 1000L + millis;
    }

    /** The value of len decimal digits at from, or -1 if any is not a digit. */
    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean leap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> leap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days from 1970-01-01 to a proleptic Gregorian date (year 0-9999). */
    private static long epochDay(int year, int month, int day) {
        // shift the year to start in March, so the leap day is the year's last
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }
}

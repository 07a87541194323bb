package io.quire.source.confluence;

import io.quire.sql.Condition;
import io.quire.sql.Op;
import io.quire.sql.ScanRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The instants a TIMESTAMP column's pushed comparisons allow, widened by a day on each side
 * (the engine re-checks every row, so a wider range sent to the site only costs a few rows).
 * Either end may be null (open).
 */
record TimeRange(Instant from, Instant to) {
    private static final Duration SLACK = Duration.ofDays(1);

    /** The range on column, or null when no pushed comparison bounds it. */
    static TimeRange of(ScanRequest request, String column, ZoneId zone) {
        Instant from = null;
        Instant to = null;
        for (Condition.Compare c : request.on(column, Op.EQ, Op.GT, Op.GE, Op.LT, Op.LE)) {
            if (!(c.value() instanceof Number n)) {
                continue;
            }
            Instant at = instant(n.longValue(), zone);
            if (c.op() != Op.LT && c.op() != Op.LE && (from == null || at.isAfter(from))) {
                from = at;
            }
            if (c.op() != Op.GT && c.op() != Op.GE && (to == null || at.isBefore(to))) {
                to = at;
            }
        }
        if (from == null && to == null) {
            return null;
        }
        return new TimeRange(from == null ? null : from.minus(SLACK), to == null ? null : to.plus(SLACK));
    }

    /** A wall-clock TIMESTAMP value (millis of the wall clock in zone) as an instant. */
    static Instant instant(long wallClockMillis, ZoneId zone) {
        LocalDateTime wall = LocalDateTime.ofEpochSecond(Math.floorDiv(wallClockMillis, 1000L),
                (int) Math.floorMod(wallClockMillis, 1000L) * 1_000_000, ZoneOffset.UTC);
        return wall.atZone(zone).toInstant();
    }

    /** An instant as the engine's TIMESTAMP value: wall-clock millis in zone. */
    static long wallClock(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}

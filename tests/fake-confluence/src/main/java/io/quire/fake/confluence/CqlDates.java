package io.quire.fake.confluence;

import io.quire.fake.confluence.CqlAst.Value;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CQL date values, all in UTC. A literal denotes a half-open interval: {@code "2024-03-05"} the whole day,
 * {@code "2024-03-05 10:15"} the whole minute. A function ({@code now("-4w")}, {@code startOfMonth()}, ...) denotes
 * one instant, an interval one millisecond long.
 */
final class CqlDates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern OFFSET = Pattern.compile("([+-]?)(\\d+)([yMwdhm])");

    /** Tests pin this to make relative dates reproducible. */
    static volatile Clock clock = Clock.systemUTC();

    private CqlDates() {
    }

    static Instant[] range(Value v) {
        if (!v.function()) {
            return range(v.text());
        }
        Instant t = function(v.text().toLowerCase(Locale.ROOT), v.args().isEmpty() ? "" : v.args().getFirst());
        return new Instant[] {t, t.plusMillis(1)};
    }

    /** Half-open UTC interval [from, to) denoted by a CQL date literal. */
    static Instant[] range(String text) {
        String s = text.trim().replace('/', '-');
        try {
            if (s.length() <= 10) {
                LocalDate d = LocalDate.parse(s);
                Instant from = d.atStartOfDay().toInstant(ZoneOffset.UTC);
                return new Instant[] {from, d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)};
            }
            LocalDateTime t = LocalDateTime.parse(s, MINUTE);
            Instant from = t.toInstant(ZoneOffset.UTC);
            return new Instant[] {from, from.plusSeconds(60)};
        } catch (DateTimeParseException e) {
            throw new CqlException("Invalid date '" + text + "': expected \"yyyy-MM-dd\" or \"yyyy-MM-dd HH:mm\"");
        }
    }

    private static Instant function(String name, String offset) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        ZonedDateTime base = switch (name) {
            case "now" -> now;
            case "startofday" -> now.truncatedTo(ChronoUnit.DAYS);
            case "endofday" -> now.truncatedTo(ChronoUnit.DAYS).plusDays(1).minusNanos(1_000_000);
            case "startofweek" -> now.truncatedTo(ChronoUnit.DAYS)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            case "endofweek" -> now.truncatedTo(ChronoUnit.DAYS)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusDays(1).minusNanos(1_000_000);
            case "startofmonth" -> now.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case "endofmonth" -> now.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.firstDayOfNextMonth())
                    .minusNanos(1_000_000);
            case "startofyear" -> now.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
            case "endofyear" -> now.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.firstDayOfNextYear())
                    .minusNanos(1_000_000);
            default -> throw new CqlException("Unknown function '" + name + "()' for a date field");
        };
        return shift(base, offset).toInstant();
    }

    /** Applies an offset such as {@code -4w}, {@code +1d} or {@code 2M}; blank means none. */
    private static ZonedDateTime shift(ZonedDateTime t, String offset) {
        String s = offset.replace(" ", "");
        if (s.isEmpty()) {
            return t;
        }
        Matcher m = OFFSET.matcher(s);
        if (!m.matches()) {
            throw new CqlException("Invalid date offset '" + offset + "': expected e.g. \"-4w\" or \"+1d\"");
        }
        long n = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
        return switch (m.group(3)) {
            case "y" -> t.plusYears(n);
            case "M" -> t.plusMonths(n);
            case "w" -> t.plusWeeks(n);
            case "d" -> t.plusDays(n);
            case "h" -> t.plusHours(n);
            default -> t.plusMinutes(n);
        };
    }
}

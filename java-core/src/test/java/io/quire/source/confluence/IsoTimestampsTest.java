package io.quire.source.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written reader gives what OffsetDateTime.parse gives, for every form and zone. */
class IsoTimestampsTest {
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("UTC"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"), ZoneOffset.ofHours(-3));

    /** What the driver computed before: the reference. */
    private static Long reference(String s, ZoneId zone) {
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(zone).toLocalDateTime().toInstant(ZoneOffset.UTC)
                    .toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void randomDateTimesInEveryFormMatchTheJdkParser() {
        Random rnd = new Random(6);
        String[] fractions = {"", ".1", ".12", ".123", ".1234", ".123456789"};
        String[] offsets = {"Z", "+00:00", "+01:00", "-05:00", "+05:30", "-09:30", "+14:00", "-18:00"};
        for (int i = 0; i < 20_000; i++) {
            long sec = (long) (rnd.nextDouble() * 8_000_000_000L) - 2_000_000_000L;   // 1906-2223
            String base = Instant.ofEpochSecond(sec).toString().substring(0, 19);
            String s = base + fractions[rnd.nextInt(fractions.length)] + offsets[rnd.nextInt(offsets.length)];
            ZoneId zone = ZONES.get(rnd.nextInt(ZONES.size()));
            assertNotEquals(Long.MIN_VALUE, IsoTimestamps.fastInstantMillis(s), s);
            assertEquals(reference(s, zone), IsoTimestamps.wallClockMillis(s, zone), s + " in " + zone);
        }
    }

    @Test
    void edgesAndDaylightSavingTransitions() {
        String[] samples = {
            "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "2000-02-29T12:00:00Z", "2100-02-28T23:59:59Z",
            "2024-03-10T06:59:59.999Z", "2024-03-10T07:00:00.000Z", "2024-11-03T05:30:00Z", "2024-11-03T06:30:00Z",
            "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2024-03-05T14:07:09.123+18:00",
        };
        for (String s : samples) {
            for (ZoneId zone : ZONES) {
                assertEquals(reference(s, zone), IsoTimestamps.wallClockMillis(s, zone), s + " in " + zone);
            }
        }
    }

    @Test
    void otherFormsGoToTheJdkParserAndBadOnesGiveNull() {
        // forms the fast path leaves alone but ISO-8601 allows: the same value as before
        for (String s : new String[] {"2024-03-05T14:07Z", "2024-03-05T14:07:09+01:00:30", "+10000-01-01T00:00:00Z",
            "2024-01-01T00:00:00.Z"}) {
            assertEquals(Long.MIN_VALUE, IsoTimestamps.fastInstantMillis(s), s);
            assertEquals(reference(s, ZoneOffset.UTC), IsoTimestamps.wallClockMillis(s, ZoneOffset.UTC), s);
        }
        for (String s : new String[] {"2024-02-30T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z",
            "2024-01-01T00:60:00Z", "2024-01-01T00:00:00", "2024-01-01T00:00:00.1234567890Z",
            "2024-01-01 00:00:00Z", "2024-01-01T00:00:00+1:00", "2024-01-01T00:00:00+19:00", "not a date at all!!",
            "2024-0a-01T00:00:00Z"}) {
            assertNull(IsoTimestamps.wallClockMillis(s, ZoneOffset.UTC), s);
            assertNull(reference(s, ZoneOffset.UTC), "the JDK refuses it too: " + s);
        }
    }
}

package io.quire.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A scan specification survives its trip through the plan's JSON text unchanged. */
class ScanSpecJsonTest {
    @Test
    void roundTripsEveryPart() {
        PushedFilter f = PushedFilter.and(List.of(
                PushedFilter.compare(Op.EQ, 2, List.of("'it's \"quoted\" \\ ünïcode")),
                PushedFilter.or(List.of(PushedFilter.compare(Op.IN, 0, List.of("?1", "?2", "'x")),
                        PushedFilter.compare(Op.GE, 5, List.of("#1609459200000"))))));
        ScanSpec s = new ScanSpec(f, true, List.of(new ScanSpec.SortKey(5, true), new ScanSpec.SortKey(0, false)),
                25, new int[] {0, 2, 5});
        String json = s.toJson();
        assertEquals(s, ScanSpec.fromJson(json), json);
        assertEquals(json, ScanSpec.fromJson(json).toJson());
        ScanSpec all = ScanSpec.all(4);
        assertEquals(all, ScanSpec.fromJson(all.toJson()));
        assertEquals("{\"filter\":null,\"exact\":false,\"sort\":[],\"fetch\":-1,\"fields\":[0,1,2,3]}", all.toJson());
    }

    @Test
    void refusesWhatIsNotASpecification() {
        assertThrows(IllegalStateException.class, () -> ScanSpec.fromJson("[1,2]"));
        assertThrows(IllegalStateException.class, () -> ScanSpec.fromJson("{\"filter\":{\"args\":3"));
    }
}

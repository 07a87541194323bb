package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.Page;
import io.quire.fake.confluence.RequestLog;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parameters reach the engine as values (and the site as pushed filters), typed as the statement needs. */
class ParametersIT {
    private static FakeSite site;
    private static long conn;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
        conn = FakeSite.connect("Url=" + site.dcUrl() + ";User=demo;Password=demo-password");
    }

    @AfterAll
    static void stop() throws Exception {
        Bridge.disconnect(conn);
        site.close();
    }

    @Test
    void textParameterIsPushedToTheSite() throws Exception {
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(conn, "SELECT Title FROM Pages WHERE SpaceKey = ?",
                new Params().text(12, "FIN").bytes(), 0);
        long want = site.data.pages().stream().filter(Page::isCurrent).filter(p -> p.space().key().equals("FIN")).count();
        assertEquals(want, rows.size());
        List<RequestLog.Entry> reqs = site.requests().stream().filter(r -> r.path().contains("/content")).toList();
        assertTrue(reqs.stream().allMatch(r -> r.query().contains("spaceKey=FIN")), reqs.toString());
    }

    @Test
    void parametersTakeTheTypeTheStatementNeeds() throws Exception {
        // an integer sent as text, a timestamp as wall-clock microseconds
        List<Object[]> byVersion = FakeSite.query(conn,
                "SELECT COUNT(*) FROM Pages WHERE VersionNumber = ? AND CreatedDate >= ?",
                new Params().text(4, " 1 ").int64(93, micros(LocalDateTime.of(2000, 1, 1, 0, 0))).bytes(), 0);
        long want = site.data.pages().stream().filter(Page::isCurrent).filter(p -> p.version() == 1).count();
        assertEquals(want, byVersion.get(0)[0]);
        List<Object[]> none = FakeSite.query(conn, "SELECT COUNT(*) FROM Pages WHERE CreatedDate >= ?",
                new Params().text(93, "2100-01-01 00:00:00").bytes(), 0);
        assertEquals(0L, none.get(0)[0]);
    }

    @Test
    void timestampParameterMatchesToTheMillisecond() throws Exception {
        Page p = site.data.pages().stream().filter(Page::isCurrent).filter(x -> x.space().key().equals("OPS"))
                .findFirst().orElseThrow();
        long micros = p.created().toEpochMilli() * 1000; // UTC is the default Timezone
        List<Object[]> rows = FakeSite.query(conn, "SELECT Id FROM Pages WHERE SpaceKey = 'OPS' AND CreatedDate = ?",
                new Params().int64(93, micros).bytes(), 0);
        assertEquals(List.of(Long.toString(p.id())), rows.stream().map(r -> (String) r[0]).toList());
        List<Object[]> asText = FakeSite.query(conn, "SELECT Id FROM Pages WHERE SpaceKey = 'OPS' AND CreatedDate = ?",
                new Params().text(12, LocalDateTime.ofInstant(p.created(), ZoneOffset.UTC).toString().replace('T', ' '))
                        .bytes(), 0);
        assertEquals(1, asText.size());
    }

    @Test
    void theSameStatementRunsAgainWithOtherValues() throws Exception {
        for (String key : new String[] {"ENG", "HR", "ENG", "~demo"}) {
            List<Object[]> rows = FakeSite.query(conn, "SELECT COUNT(*) FROM Pages WHERE SpaceKey = ?",
                    new Params().text(-9, key).bytes(), 0);
            long want = site.data.pages().stream().filter(Page::isCurrent).filter(p -> p.space().key().equals(key)).count();
            assertEquals(want, rows.get(0)[0], key);
        }
    }

    @Test
    void nullParameterMatchesNothing() throws Exception {
        assertEquals(0, FakeSite.query(conn, "SELECT Id FROM Pages WHERE SpaceKey = ?",
                new Params().nul(12).bytes(), 0).size());
    }

    @Test
    void describeParamsReportsInferredTypes() throws Exception {
        long stmt = Bridge.prepare(conn, "SELECT Id FROM Pages WHERE SpaceKey = ? AND VersionNumber > ?"
                .getBytes(StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.wrap(Bridge.describeParams(stmt)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(2, b.getInt());
        assertEquals(-9, b.getInt()); // WVARCHAR
        assertEquals(255, b.getLong());
        b.getInt();
        b.getInt();
        assertEquals(4, b.getInt()); // INTEGER
        Bridge.free(stmt);
    }

    @Test
    void badValuesAndMissingParametersHaveTheirStates() {
        assertEquals("22018", assertThrows(BridgeException.class, () -> FakeSite.query(conn,
                "SELECT Id FROM Pages WHERE VersionNumber = ?", new Params().text(4, "seven").bytes(), 0)).sqlState());
        assertEquals("22003", assertThrows(BridgeException.class, () -> FakeSite.query(conn,
                "SELECT Id FROM Pages WHERE VersionNumber = ?", new Params().text(4, "99999999999").bytes(), 0)).sqlState());
        assertEquals("07002", assertThrows(BridgeException.class, () -> FakeSite.query(conn,
                "SELECT Id FROM Pages WHERE VersionNumber = ?", null, 0)).sqlState());
    }

    @Test
    void escapesAreRewritten() throws Exception {
        assertEquals(1, FakeSite.query(conn,
                "SELECT s.Key FROM {oj Spaces s LEFT OUTER JOIN Spaces t ON s.Id = t.Id} WHERE s.Key LIKE 'E\\_G' {escape '\\'} OR s.Key = {fn UCASE('eng')}").size());
        List<Object[]> fns = FakeSite.query(conn, "SELECT {fn CHAR_LENGTH(Key)}, {fn CHARACTER_LENGTH(Name)}, "
                + "{fn POSITION('N' IN Key)}, {fn EXTRACT(YEAR FROM CreatedDate)}, {fn CURRENT_DATE()}, "
                + "{fn CURRENT_TIMESTAMP()} FROM Spaces WHERE Key = 'ENG'");
        assertEquals(3L, fns.get(0)[0]);
        assertEquals((long) "Engineering".length(), fns.get(0)[1]);
        assertEquals(2L, fns.get(0)[2]);
        List<Object[]> more = FakeSite.query(conn, "SELECT {fn OCTET_LENGTH('Café')}, {fn BIT_LENGTH(Key)}, "
                + "{fn CURRENT_TIME()}, {fn USER()}, {fn DATABASE()} FROM Spaces WHERE Key = 'ENG'");
        assertEquals(5L, more.get(0)[0], "UTF-8 bytes");
        assertEquals(24L, more.get(0)[1]);
        assertNotNull(more.get(0)[2]);
        assertEquals("demo", more.get(0)[3]);
        assertEquals("", more.get(0)[4]);
        byte[] rewritten = Bridge.nativeSql(conn, "SELECT {fn NOW()} FROM {oj Spaces}".getBytes(StandardCharsets.UTF_8));
        assertEquals("SELECT {fn NOW()} FROM  Spaces", new String(rewritten, StandardCharsets.UTF_8));
    }

    private static long micros(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    }
}

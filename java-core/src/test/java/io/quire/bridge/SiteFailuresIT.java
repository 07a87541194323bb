package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.RequestLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A site that rate-limits or answers garbage: retries as told, then clear errors; nothing hangs. */
class SiteFailuresIT {
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static long connect(String extra) throws BridgeException {
        return site.connectAs(false, extra);
    }

    @Test
    void rateLimitedRequestsAreRetriedAfterRetryAfter(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("q.log");
        long c = connect(";Logfile=" + log + ";Verbosity=2");
        site.clearRequests();
        site.server.injectFaults(Map.of("status", "429", "count", "2", "retryAfter", "1"));
        assertEquals(1, FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'ENG'").size());
        List<Integer> statuses = site.requests().stream().map(RequestLog.Entry::status).toList();
        assertEquals(List.of(429, 429, 200), statuses);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("HTTP 429 from /rest/api/space; retry 1 of 4 in 1000 ms"), text);
        assertTrue(text.contains("retry 2 of 4 in 1000 ms"), text);
        Bridge.disconnect(c);
    }

    @Test
    void unavailableWithoutRetryAfterBacksOffAndSucceeds() throws Exception {
        long c = connect("");
        site.clearRequests();
        site.server.injectFaults(Map.of("status", "503", "count", "1"));
        assertEquals(1, FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'HR'").size());
        assertEquals(List.of(503, 200), site.requests().stream().map(RequestLog.Entry::status).toList());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT Key FROM Spaces", "SELECT * FROM Spaces"})
    void persistentRateLimitingEndsWithAClearError(String sql) throws Exception {
        long c = connect(";RetryCount=1");
        site.server.injectFaults(Map.of("status", "429", "count", "2", "retryAfter", "0"));
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, sql));
        assertEquals("HY000", e.sqlState());
        assertEquals(429, e.nativeCode());
        assertTrue(e.getMessage().contains("rate-limiting"), e.getMessage());
        assertEquals(7, FakeSite.query(c, "SELECT Key FROM Spaces").size()); // current spaces: the connection still works
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT Key FROM Spaces", "SELECT * FROM Spaces"})
    void garbageInsteadOfJsonIsAClearError(String sql) throws Exception {
        long c = connect("");
        site.server.injectFaults(Map.of("garbage", "1", "count", "1"));
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, sql));
        assertEquals("HY000", e.sqlState());
        assertTrue(e.getMessage().contains("not the expected JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("demo-password"));
        Bridge.disconnect(c);
    }
}

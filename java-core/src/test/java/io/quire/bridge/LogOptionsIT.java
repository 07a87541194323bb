package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LogModules keeps only the named modules' lines; MaxLogFileSize and MaxLogFileCount rotate the log. */
class LogOptionsIT {
    private static FakeSite site;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void logModulesKeepsOnlyTheNamedModules() throws Exception {
        Path log = dir.resolve("modules.log");
        long c = site.connectAs(false, ";Logfile=" + log + ";Verbosity=3;LogModules=HTTP");
        FakeSite.query(c, "SELECT Key FROM Spaces");
        Bridge.disconnect(c);
        List<String> lines = Files.readAllLines(log);
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.split(" ")[1].equals("HTTP")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("HTTP GET " + site.dcUrl() + "/rest/api/space")));
        // every module without LogModules: connection and statement lines too
        Path all = dir.resolve("all.log");
        long c2 = site.connectAs(false, ";Logfile=" + all + ";Verbosity=3");
        FakeSite.query(c2, "SELECT Key FROM Spaces");
        Bridge.disconnect(c2);
        String text = Files.readString(all);
        assertTrue(text.contains(" INFO ") && text.contains(" EXEC ") && text.contains(" HTTP "), text);
        BridgeException e = assertThrows(BridgeException.class,
                () -> site.connectAs(false, ";Logfile=" + log + ";LogModules=HTTP;Everything"));
        assertEquals("08001", e.sqlState());
        assertTrue(e.getMessage().contains("Everything"), e.getMessage());
    }

    @Test
    void theLogRotatesAtMaxLogFileSizeKeepingMaxLogFileCount() throws Exception {
        Path log = dir.resolve("rotating.log");
        long c = site.connectAs(false, ";Logfile=" + log + ";Verbosity=5;MaxLogFileSize=100KB;MaxLogFileCount=2;Pagesize=25");
        for (int i = 0; i < 20 && !Files.exists(dir.resolve("rotating.log.1")); i++) {
            FakeSite.query(c, "SELECT Id FROM Pages");
        }
        FakeSite.query(c, "SELECT Id FROM Pages");
        Bridge.disconnect(c);
        assertTrue(Files.exists(dir.resolve("rotating.log.1")), "rotated");
        assertFalse(Files.exists(dir.resolve("rotating.log.2")), "MaxLogFileCount=2");
        assertTrue(Files.size(log) <= 100 * 1024 && Files.size(dir.resolve("rotating.log.1")) <= 100 * 1024);
    }
}

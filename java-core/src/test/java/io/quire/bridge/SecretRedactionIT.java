package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At the highest verbosity the log shows requests and headers, and never a secret. */
class SecretRedactionIT {
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void logAtVerbosity5HasNoSecret(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("quire.log");
        String common = ";Logfile=" + log + ";Verbosity=5";
        long c = FakeSite.connect("Url=" + site.dcUrl() + ";User=demo;Password=demo-password" + common);
        assertEquals(3, FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'ENG' OR Key = 'HR' OR Key = 'OPS'").size());
        Bridge.disconnect(c);
        long pat = FakeSite.connect("Url=" + site.dcUrl() + ";AuthScheme=PAT;PAT=demo-pat-token" + common);
        Bridge.disconnect(pat);
        assertThrows(BridgeException.class, () -> FakeSite.connect(
                "Url=" + site.cloudUrl() + ";User=demo@quire.example;APIToken=Wr0ng-T0ken-Value" + common));

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("HTTP GET " + site.dcUrl() + "/rest/api/space"), text);
        assertTrue(text.contains("Authorization: ********"), text);
        assertTrue(text.contains("[28000]"), text);
        for (String secret : List.of("demo-password", "demo-pat-token", "Wr0ng-T0ken-Value",
                b64("demo:demo-password"), b64("demo@quire.example:Wr0ng-T0ken-Value"))) {
            assertFalse(text.contains(secret), "log contains a secret: " + secret);
        }
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}

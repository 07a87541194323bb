package io.quire.auth.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OAuthSettingsFileTest {
    private static final OAuthTokens TOKENS = new OAuthTokens("qat_secret-access", "qrt_secret-refresh",
            Instant.ofEpochSecond(1_900_000_000L));

    @Test
    void roundTripIsEncryptedAndOwnerOnly(@TempDir Path dir) throws Exception {
        OAuthSettingsFile f = new OAuthSettingsFile(dir.resolve("sub/settings.oauth"));
        assertNull(f.load());
        f.save(new OAuthSettingsFile.Stored(TOKENS, "cloud-1", "abc", "client", "https://x.atlassian.net/wiki"));
        OAuthSettingsFile.Stored s = f.load();
        assertEquals(TOKENS, s.tokens());
        assertEquals("cloud-1", s.cloudId());
        assertEquals("abc", s.verifierHash());
        assertEquals("client", s.clientId());
        byte[] raw = Files.readAllBytes(f.path());
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("qat_secret-access") || text.contains("qrt_secret-refresh") || text.contains("cloud-1"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.path())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.keyPath())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.path().getParent())));
        assertTrue(Files.readString(f.keyPath()).startsWith("quire-oauth-key 1 plain "));
        // a second save keeps the key and leaves no temporary file
        f.save(new OAuthSettingsFile.Stored(TOKENS, null, null, "client", "s"));
        try (var files = Files.list(f.path().getParent())) {
            assertEquals(2, files.filter(p -> !p.toString().endsWith(".lock")).count());
        }
    }

    @Test
    void tamperedFileIsAClearError(@TempDir Path dir) throws Exception {
        OAuthSettingsFile f = new OAuthSettingsFile(dir.resolve("settings.oauth"));
        f.save(new OAuthSettingsFile.Stored(TOKENS, null, null, "client", "s"));
        byte[] raw = Files.readAllBytes(f.path());
        raw[raw.length - 3] ^= 0x20;
        Files.write(f.path(), raw);
        QuireException e = assertThrows(QuireException.class, f::load);
        assertEquals(SqlState.INVALID_AUTHORIZATION, e.state());
        assertTrue(e.getMessage().contains("was changed"), e.getMessage());
        assertTrue(e.getMessage().contains("Delete it"), e.getMessage());

        Files.writeString(f.path(), "not a settings file at all");
        assertTrue(assertThrows(QuireException.class, f::load).getMessage().contains("not a Quire OAuth settings file"));
    }

    @Test
    void wrongOrMissingKeyIsAClearError(@TempDir Path dir) throws Exception {
        OAuthSettingsFile f = new OAuthSettingsFile(dir.resolve("settings.oauth"));
        f.save(new OAuthSettingsFile.Stored(TOKENS, null, null, "client", "s"));
        OAuthSettingsFile other = new OAuthSettingsFile(dir.resolve("other.oauth"));
        other.save(new OAuthSettingsFile.Stored(TOKENS, null, null, "client", "s"));
        Files.copy(other.keyPath(), f.keyPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(assertThrows(QuireException.class, f::load).getMessage().contains("key file is not the one"));
        Files.delete(f.keyPath());
        assertTrue(assertThrows(QuireException.class, f::load).getMessage().contains("key file"));
        Files.writeString(f.keyPath(), "garbage");
        assertEquals(SqlState.INVALID_AUTHORIZATION, assertThrows(QuireException.class, f::load).state());
    }

    @Test
    void copiedWithItsKeyToAnotherPlaceItStillOpens(@TempDir Path dir) throws Exception {
        OAuthSettingsFile f = new OAuthSettingsFile(dir.resolve("a/settings.oauth"));
        f.save(new OAuthSettingsFile.Stored(TOKENS, null, null, "client", "s"));
        Path to = Files.createDirectories(dir.resolve("b"));
        Files.copy(f.path(), to.resolve("moved.oauth"));
        Files.copy(f.keyPath(), to.resolve("moved.oauth.key"));
        Files.setPosixFilePermissions(to.resolve("moved.oauth.key"), PosixFilePermissions.fromString("rw-r--r--"));
        OAuthSettingsFile moved = new OAuthSettingsFile(to.resolve("moved.oauth"));
        assertEquals(TOKENS, moved.load().tokens());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(moved.keyPath())),
                "a copied-in key is made owner-only");
    }

    @Test
    void defaultLocationIsOneFilePerSiteAndClient(@TempDir Path dir) {
        assertEquals(Path.of("/cfg/quire/oauth"), OAuthSettingsFile.defaultDirectory(Map.of("XDG_CONFIG_HOME", "/cfg"),
                "Linux", "/home/u"));
        assertEquals(Path.of("/home/u/.config/quire/oauth"), OAuthSettingsFile.defaultDirectory(Map.of(), "Linux", "/home/u"));
        assertTrue(OAuthSettingsFile.defaultDirectory(Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "x")
                .endsWith(Path.of("Quire", "oauth")));
        String a = OAuthSettingsFile.defaultName("https://a.atlassian.net/wiki", "c1");
        assertTrue(a.startsWith("a.atlassian.net-") && a.endsWith(".oauth"), a);
        assertFalse(a.equals(OAuthSettingsFile.defaultName("https://a.atlassian.net/wiki", "c2")));
        assertFalse(a.equals(OAuthSettingsFile.defaultName("https://b.atlassian.net/wiki", "c1")));
        OAuthSettingsFile inDir = OAuthSettingsFile.forConfig(dir.toString(), "https://a.atlassian.net/wiki", "c1");
        assertEquals(dir.resolve(a), inDir.path());
        assertEquals(dir.resolve("x.txt"), OAuthSettingsFile.forConfig(dir.resolve("x.txt").toString(), "s", "c").path());
    }
}

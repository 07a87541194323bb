package io.quire.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectionConfigTest {

    @Test
    void keysAreCaseInsensitiveAndAliasesWork() throws Exception {
        ConnectionConfig c = ConnectionConfig.from("url=http://h;UID=bob;pwd=s3cret;authscheme=basic", null);
        assertEquals("http://h", c.get(ConnectionProperties.URL));
        assertEquals("bob", c.get(ConnectionProperties.USER));
        assertEquals("s3cret", c.get(ConnectionProperties.PASSWORD));
        assertEquals("Basic", c.get(ConnectionProperties.AUTH_SCHEME));
    }

    @Test
    void explicitKeysWinOverDsnKeysAndDsnFillsTheRest() throws Exception {
        ConnectionConfig c = ConnectionConfig.from("DSN=Demo;Url=http://override:1",
                "Driver=Quire\nUrl=http://dsn:2\nUser=demo\nPagesize=50\n");
        assertEquals("http://override:1", c.get(ConnectionProperties.URL));
        assertEquals("demo", c.get(ConnectionProperties.USER));
        assertEquals(50, c.getInt(ConnectionProperties.PAGESIZE));
    }

    @Test
    void otherFillsGapsWithCheckedProperties() throws Exception {
        ConnectionConfig c = ConnectionConfig.from("Url=http://h;Pagesize=25;Other={Pagesize=50;MaxThreads=2}", null);
        assertEquals(25, c.getInt(ConnectionProperties.PAGESIZE), "an explicit key wins over Other");
        assertEquals(2, c.getInt(ConnectionProperties.MAX_THREADS));
        ConnectionStringException unknown = assertThrows(ConnectionStringException.class,
                () -> ConnectionConfig.from("Url=http://h;Other={Pagesise=50}", null));
        assertTrue(unknown.getMessage().contains("'Pagesise' at position 1 of Other"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("Pagesize"), unknown.getMessage());
        assertThrows(ConnectionStringException.class, () -> ConnectionConfig.from("Url=http://h;Other={MaxThreads=x}", null));
        assertThrows(ConnectionStringException.class, () -> ConnectionConfig.from("Url=http://h;Other={Other={A=1}}", null));
        assertTrue(ConnectionConfig.from("Url=http://h;IncludeCustomFields=true", null)
                .getBoolean(ConnectionProperties.INCLUDE_CUSTOM_FIELDS), "accepted (Jira's; nothing to do on Confluence)");
    }

    @Test
    void firstOccurrenceOfARepeatedKeyWins() throws Exception {
        ConnectionConfig c = ConnectionConfig.from("User=a;User=b", null);
        assertEquals("a", c.get(ConnectionProperties.USER));
    }

    @Test
    void defaultsApplyWhenUnset() throws Exception {
        ConnectionConfig c = ConnectionConfig.from("Url=http://h", null);
        assertEquals(60, c.getInt(ConnectionProperties.TIMEOUT));
        assertEquals("UTC", c.get(ConnectionProperties.TIMEZONE));
        assertFalse(c.isSet(ConnectionProperties.USER));
    }

    @Test
    void unknownKeyNamesKeyPositionAndSuggestion() {
        ConnectionStringException e = assertThrows(ConnectionStringException.class,
                () -> ConnectionConfig.from("Url=http://h;Usr=bob", null));
        assertTrue(e.getMessage().contains("'Usr'"), e.getMessage());
        assertTrue(e.getMessage().contains("position 14"), e.getMessage());
        assertTrue(e.getMessage().contains("Did you mean 'User'?"), e.getMessage());
    }

    @Test
    void unknownDsnKeyNamesTheDsnAndLine() {
        ConnectionStringException e = assertThrows(ConnectionStringException.class,
                () -> ConnectionConfig.from("DSN=Demo", "Driver=Quire\nBogusSetting=1\n"));
        assertTrue(e.getMessage().contains("'BogusSetting'"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2 of DSN 'Demo'"), e.getMessage());
    }

    @Test
    void badEnumAndIntegerValuesAreRefused() {
        ConnectionStringException e = assertThrows(ConnectionStringException.class,
                () -> ConnectionConfig.from("AuthScheme=Kerberos", null));
        assertTrue(e.getMessage().contains("allowed values are Basic, APIToken, LDAP, PAT, OAuth"), e.getMessage());
        e = assertThrows(ConnectionStringException.class, () -> ConnectionConfig.from("Timeout=soon", null));
        assertTrue(e.getMessage().contains("'Timeout'"), e.getMessage());
    }

    @Test
    void secretsNeverAppearInErrorsOrRedactedViews() throws Exception {
        ConnectionStringException e = assertThrows(ConnectionStringException.class,
                () -> ConnectionConfig.from("Password={hunter2;x", null));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        ConnectionConfig c = ConnectionConfig.from("User=a;Password=hunter2;APIToken=tok123", null);
        assertFalse(c.redacted().toString().contains("hunter2"));
        assertFalse(c.redacted().toString().contains("tok123"));
    }

    @Test
    void everyPropertyHasADescriptionAndUniqueNames() {
        for (ConnectionProperty p : ConnectionProperties.all()) {
            assertFalse(p.description().isBlank(), p.name());
            assertEquals(p, ConnectionProperties.lookup(p.name().toUpperCase()));
        }
    }
}

package io.quire.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionStringParserTest {

    private static List<ConnectionStringParser.Entry> parse(String s) throws ConnectionStringException {
        return ConnectionStringParser.parse(s);
    }

    @Test
    void plainPairsWithSpacesAndEmptySegments() throws Exception {
        List<ConnectionStringParser.Entry> e = parse(" DSN = QuireDemo ;; User=demo;Url=http://x:1/wiki;");
        assertEquals(3, e.size());
        assertEquals("DSN", e.get(0).key());
        assertEquals("QuireDemo", e.get(0).value());
        assertEquals("http://x:1/wiki", e.get(2).value());
        assertEquals(2, e.get(0).position());
    }

    @Test
    void bracesKeepSemicolonsAndDoubledClosingBrace() throws Exception {
        List<ConnectionStringParser.Entry> e = parse("Password={a;b}}c=d};User=x");
        assertEquals("a;b}c=d", e.get(0).value());
        assertEquals("x", e.get(1).value());
    }

    @Test
    void singleAndDoubleQuotes() throws Exception {
        List<ConnectionStringParser.Entry> e = parse("A='it''s;here';B=\"say \"\"hi\"\"\"");
        assertEquals("it's;here", e.get(0).value());
        assertEquals("say \"hi\"", e.get(1).value());
    }

    @Test
    void emptyValueAndLastPairWithoutSemicolon() throws Exception {
        List<ConnectionStringParser.Entry> e = parse("A=;B=2");
        assertEquals("", e.get(0).value());
        assertEquals("2", e.get(1).value());
    }

    @Test
    void missingEqualsNamesKeyAndPosition() {
        ConnectionStringException ex = assertThrows(ConnectionStringException.class, () -> parse("User=a;Oops;B=1"));
        assertTrue(ex.getMessage().contains("'Oops'"), ex.getMessage());
        assertTrue(ex.getMessage().contains("position 8"), ex.getMessage());
    }

    @Test
    void unterminatedBraceNamesKeyAndOpeningPosition() {
        ConnectionStringException ex = assertThrows(ConnectionStringException.class, () -> parse("User=a;Password={abc"));
        assertTrue(ex.getMessage().contains("'Password'"), ex.getMessage());
        assertTrue(ex.getMessage().contains("position 17"), ex.getMessage());
    }

    @Test
    void garbageAfterClosingBraceIsRefused() {
        ConnectionStringException ex = assertThrows(ConnectionStringException.class, () -> parse("A={x}y;B=1"));
        assertTrue(ex.getMessage().contains("after the closing brace of 'A'"), ex.getMessage());
    }

    @Test
    void missingKeyIsRefused() {
        assertThrows(ConnectionStringException.class, () -> parse("=value"));
    }
}

package io.quire.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an ODBC connection string into key/value pairs: {@code Key=Value;} with keys
 * case-insensitive, values plain, in single or double quotes (a doubled quote is a literal
 * quote), or in ODBC braces {@code {...}} (a doubled {@code }} is a literal brace).
 * Knows nothing about which keys exist: {@link ConnectionConfig} checks that.
 */
public final class ConnectionStringParser {

    /** One key=value pair; position is the 1-based character position of the key. */
    public record Entry(String key, String value, int position) {
    }

    private final String text;
    private int pos;

    private ConnectionStringParser(String text) {
        this.text = text;
    }

    public static List<Entry> parse(String text) throws ConnectionStringException {
        return text == null ? List.of() : new ConnectionStringParser(text).entries();
    }

    private List<Entry> entries() throws ConnectionStringException {
        List<Entry> out = new ArrayList<>();
        while (true) {
            skipSpacesAndSemicolons();
            if (pos >= text.length()) {
                return out;
            }
            int keyStart = pos;
            int eq = text.indexOf('=', pos);
            int semi = text.indexOf(';', pos);
            if (eq < 0 || (semi >= 0 && semi < eq)) {
                int end = semi < 0 ? text.length() : semi;
                throw error("expected '=' after '" + text.substring(keyStart, end).trim() + "'", keyStart);
            }
            String key = text.substring(keyStart, eq).trim();
            if (key.isEmpty()) {
                throw error("missing key before '='", keyStart);
            }
            if (key.indexOf('{') >= 0 || key.indexOf('}') >= 0) {
                throw error("key '" + key + "' contains a brace", keyStart);
            }
            pos = eq + 1;
            out.add(new Entry(key, value(key), keyStart + 1));
        }
    }

    private String value(String key) throws ConnectionStringException {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos >= text.length()) {
            return "";
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return enclosed(key, '}', "brace");
        }
        if (c == '"' || c == '\'') {
            return enclosed(key, c, "quote");
        }
        int semi = text.indexOf(';', pos);
        int end = semi < 0 ? text.length() : semi;
        String v = text.substring(pos, end).trim();
        pos = end;
        return v;
    }

    /** Reads a value opened at pos and closed by close; a doubled close is a literal one. */
    private String enclosed(String key, char close, String what) throws ConnectionStringException {
        int open = pos;
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("value of '" + key + "' has no closing " + what + " (opened", open);
            }
            char c = text.charAt(pos++);
            if (c == close) {
                if (pos < text.length() && text.charAt(pos) == close) {
                    sb.append(close);
                    pos++;
                    continue;
                }
                break;
            }
            sb.append(c);
        }
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) != ';') {
            throw error("unexpected '" + text.charAt(pos) + "' after the closing " + what + " of '" + key
                    + "'; expected ';'", pos);
        }
        return sb.toString();
    }

    private void skipSpacesAndSemicolons() {
        while (pos < text.length() && (text.charAt(pos) == ';' || Character.isWhitespace(text.charAt(pos)))) {
            pos++;
        }
    }

    private static ConnectionStringException error(String what, int zeroBasedPos) {
        String msg = what.endsWith("(opened")
                ? what + " at position " + (zeroBasedPos + 1) + ")"
                : what + " at position " + (zeroBasedPos + 1);
        return new ConnectionStringException("Malformed connection string: " + msg + ".");
    }
}

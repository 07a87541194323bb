package io.quire.sql;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Table names that the SQL parser reserves (Groups: GROUPS is a window-frame keyword) are
 * quoted where they stand as table names, so {@code SELECT * FROM Groups} works as it does with
 * other drivers. A bare word is taken for a table name right after FROM, JOIN, INTO, UPDATE or
 * a schema prefix ({@code Confluence.Groups}); strings, quoted identifiers and comments are
 * copied untouched.
 */
public final class ReservedTableNames {
    private final Map<String, String> reserved = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public ReservedTableNames(Iterable<String> tableNames) {
        var meta = SqlParser.create("").getMetadata();
        for (String t : tableNames) {
            if (meta.isReservedWord(t.toUpperCase(Locale.ROOT))) {
                reserved.put(t, t);
            }
        }
    }

    public String quote(String sql) {
        if (reserved.isEmpty()) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length() + 8);
        String previous = "";
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"') {
                end = OdbcEscapes.quotedEnd(sql, i, c);
                previous = "";
            } else if (sql.startsWith("--", i)) {
                end = sql.indexOf('\n', i) < 0 ? n : sql.indexOf('\n', i);
            } else if (sql.startsWith("/*", i)) {
                end = sql.indexOf("*/", i + 2) < 0 ? n : sql.indexOf("*/", i + 2) + 2;
            } else if (Character.isLetter(c) || c == '_') {
                end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String word = sql.substring(i, end);
                String table = reserved.get(word);
                if (table != null && (previous.equals(".") || previous.equalsIgnoreCase("FROM")
                        || previous.equalsIgnoreCase("JOIN") || previous.equalsIgnoreCase("INTO")
                        || previous.equalsIgnoreCase("UPDATE"))) {
                    out.append('"').append(table).append('"');
                    previous = word;
                    i = end;
                    continue;
                }
                previous = word;
            } else {
                end = i + 1;
                if (!Character.isWhitespace(c)) {
                    previous = String.valueOf(c);
                }
            }
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }
}

package io.quire.sql;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Table and column names that the SQL parser reserves are quoted where they stand as names, so
 * {@code SELECT * FROM Groups} (GROUPS is a window-frame keyword) and {@code SELECT Name, Value
 * FROM sys_sqlinfo} (VALUE) work as they do with other drivers. A bare word is taken for a table
 * name right after FROM, JOIN, INTO, UPDATE or a schema prefix ({@code Confluence.Groups}); a
 * reserved column name anywhere except where it calls a function (followed by '(') or follows
 * NEXT ({@code NEXT VALUE FOR}). Strings, quoted identifiers and comments are copied untouched.
 */
public final class ReservedNames {
    private final Map<String, String> reserved = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public ReservedNames(Iterable<String> tableNames, Iterable<String> columnNames) {
        var meta = SqlParser.create("").getMetadata();
        for (String t : tableNames) {
            if (meta.isReservedWord(t.toUpperCase(Locale.ROOT))) {
                reserved.put(t, t);
            }
        }
        for (String c : columnNames) {
            if (meta.isReservedWord(c.toUpperCase(Locale.ROOT))) {
                columns.putIfAbsent(c, c);
            }
        }
    }

    public String quote(String sql) {
        if (reserved.isEmpty() && columns.isEmpty()) {
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
                String column = columns.get(word);
                if (column != null && !previous.equalsIgnoreCase("NEXT") && !callFollows(sql, end)) {
                    out.append('"').append(column).append('"');
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

    private static boolean callFollows(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '(';
    }
}

package io.quire.sql;

/**
 * Recognises the statement BI tools send first and most: {@code SELECT * FROM table} (Excel's
 * and Power BI's previews, MS Query, Access links), with the table optionally schema-qualified,
 * each name bare or double-quoted, and an optional trailing semicolon. Such a statement reads
 * every column of every row in table order, which the bridge can do without planning it in the
 * engine. Anything else (a comment, a WHERE, a column list, an ODBC escape) is not recognised
 * and goes through the engine as usual.
 */
public final class WholeTableQuery {
    /** The named table; schema is null when unqualified. Names are as written (unquoted). */
    public record Target(String schema, String table) {
    }

    private final String sql;
    private int pos;

    private WholeTableQuery(String sql) {
        this.sql = sql;
    }

    /** The table sql reads whole, or null when sql is not exactly {@code SELECT * FROM [schema.]table}. */
    public static Target parse(String sql) {
        return sql == null ? null : new WholeTableQuery(sql).target();
    }

    private Target target() {
        space();
        if (!keyword("SELECT") || !symbol('*') || !keyword("FROM")) {
            return null;
        }
        String first = name();
        if (first == null) {
            return null;
        }
        String second = null;
        if (symbol('.')) {
            second = name();
            if (second == null) {
                return null;
            }
        }
        symbol(';');
        return pos != sql.length() ? null : second == null ? new Target(null, first) : new Target(first, second);
    }

    private void space() {
        while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) {
            pos++;
        }
    }

    private boolean symbol(char c) {
        if (pos < sql.length() && sql.charAt(pos) == c) {
            pos++;
            space();
            return true;
        }
        return false;
    }

    private boolean keyword(String word) {
        if (!sql.regionMatches(true, pos, word, 0, word.length())) {
            return false;
        }
        int end = pos + word.length();
        if (end < sql.length() && isNamePart(sql.charAt(end))) {
            return false;
        }
        pos = end;
        space();
        return true;
    }

    /** A bare name (letters, digits, '_', '$'; not starting with a digit) or a double-quoted one. */
    private String name() {
        if (pos >= sql.length()) {
            return null;
        }
        char c = sql.charAt(pos);
        if (c == '"') {
            StringBuilder out = new StringBuilder();
            int i = pos + 1;
            while (i < sql.length()) {
                char q = sql.charAt(i);
                if (q == '"') {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                        out.append('"');
                        i += 2;
                        continue;
                    }
                    pos = i + 1;
                    space();
                    return out.isEmpty() ? null : out.toString();
                }
                out.append(q);
                i++;
            }
            return null;
        }
        if (!Character.isLetter(c) && c != '_') {
            return null;
        }
        int start = pos;
        while (pos < sql.length() && isNamePart(sql.charAt(pos))) {
            pos++;
        }
        String name = sql.substring(start, pos);
        space();
        return name;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

package io.quire.sql;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Rewrites the ODBC escape sequences the engine's parser does not read itself: {@code {oj ...}}
 * (outer joins), {@code {escape 'c'}} (LIKE escape), the SQL-92 and system functions of
 * {@code {fn ...}} Calcite does not know in their ODBC form (USER(), DATABASE(), OCTET_LENGTH,
 * BIT_LENGTH, the CURRENT_* ones); {@code {call ...}} is a procedure call (see io.quire.proc),
 * refused inside other SQL. Other {@code {fn ...}}, {@code {d ...}}, {@code {t ...}} and {@code {ts ...}} are
 * left as they are: Calcite parses them as the JDBC escapes they also are. String literals,
 * quoted identifiers and comments are copied untouched.
 */
public final class OdbcEscapes {
    private OdbcEscapes() {
    }

    public static String rewrite(String sql) {
        return rewrite(sql, "");
    }

    /** user: what {@code {fn USER()}} answers (the connection's user name). */
    public static String rewrite(String sql, String user) {
        StringBuilder out = new StringBuilder(sql.length());
        Deque<Boolean> keepClosing = new ArrayDeque<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = quotedEnd(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql, i, end);
                i = end;
            } else if (c == '{') {
                int k = skipSpaces(sql, i + 1);
                String word = keyword(sql, k);
                switch (word) {
                    case "oj" -> {
                        keepClosing.push(false);
                        i = k + 2;
                    }
                    case "escape" -> {
                        keepClosing.push(false);
                        out.append("ESCAPE");
                        i = k + 6;
                    }
                    case "fn" -> i = scalarFunction(sql, k + 2, out, keepClosing, user);
                    case "call", "?" -> throw new QuireException(SqlState.SYNTAX_OR_ACCESS,
                            "{call ...} must be the whole statement: a procedure's result cannot be part of a query.");
                    default -> {
                        keepClosing.push(true);
                        out.append(c);
                        i++;
                    }
                }
            } else if (c == '}') {
                if (keepClosing.isEmpty()) {
                    throw new QuireException(SqlState.SYNTAX_OR_ACCESS,
                            "SQL syntax error: '}' at position " + (i + 1) + " closes no escape sequence.");
                }
                if (keepClosing.pop()) {
                    out.append(c);
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        if (!keepClosing.isEmpty()) {
            throw new QuireException(SqlState.SYNTAX_OR_ACCESS, "SQL syntax error: an escape sequence '{' is not closed.");
        }
        return out.toString();
    }

    /**
     * {@code {fn NAME(...)}}: the parser reads the JDBC forms itself, except these SQL-92
     * functions, which it knows only in their plain form; for them the escape is dropped
     * (and the empty parentheses of the CURRENT_* niladic functions). Returns where to go on.
     */
    private static int scalarFunction(String sql, int afterFn, StringBuilder out, Deque<Boolean> keepClosing,
                                      String user) {
        int nameStart = skipSpaces(sql, afterFn);
        int nameEnd = nameStart;
        while (nameEnd < sql.length() && (Character.isLetterOrDigit(sql.charAt(nameEnd)) || sql.charAt(nameEnd) == '_')) {
            nameEnd++;
        }
        String name = sql.substring(nameStart, nameEnd).toUpperCase(Locale.ROOT);
        if (PLAIN_SQL92.contains(name)) {
            keepClosing.push(false);
            out.append(name);
            return nameEnd;
        }
        if (name.equals("OCTET_LENGTH") || name.equals("BIT_LENGTH")) {
            keepClosing.push(false);
            out.append(name.equals("BIT_LENGTH") ? OdbcScalarFunctions.BIT_LENGTH : OdbcScalarFunctions.OCTET_LENGTH);
            return nameEnd;
        }
        if (NILADIC.contains(name) || name.equals("USER") || name.equals("DATABASE")) {
            keepClosing.push(false);
            out.append(switch (name) {
                // the user the connection signs in as; no catalogs, so the database name is empty
                case "USER" -> "'" + (user == null ? "" : user.replace("'", "''")) + "'";
                case "DATABASE" -> "CAST('' AS VARCHAR(128))";
                default -> name;
            });
            int p = skipSpaces(sql, nameEnd);
            if (p < sql.length() && sql.charAt(p) == '(') {
                int q = skipSpaces(sql, p + 1);
                if (q < sql.length() && sql.charAt(q) == ')') {
                    return q + 1;
                }
            }
            return nameEnd;
        }
        keepClosing.push(true);
        out.append('{');
        return afterFn - 2;
    }

    private static final java.util.Set<String> PLAIN_SQL92 = java.util.Set.of(
            "CHAR_LENGTH", "CHARACTER_LENGTH", "POSITION", "EXTRACT");
    private static final java.util.Set<String> NILADIC = java.util.Set.of(
            "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP");

    /** Index just past the literal or quoted identifier starting at start (a doubled quote continues it). */
    static int quotedEnd(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int skipSpaces(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String keyword(String sql, int i) {
        if (i < sql.length() && sql.charAt(i) == '?') {
            return "?";
        }
        int j = i;
        while (j < sql.length() && Character.isLetter(sql.charAt(j))) {
            j++;
        }
        return sql.substring(i, j).toLowerCase(Locale.ROOT);
    }
}

package io.quire.proc;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A procedure call as applications write it: the ODBC escape {@code {call Name(a, ?, 'x')}},
 * {@code CALL Name(...)}, or {@code EXEC[UTE] Name @Param = 'x', ?} / {@code EXEC Name Param = 'x'}.
 * Arguments are string or number literals, NULL, or {@code ?} parameter markers; each may be
 * named. Parsed here, never by the SQL engine.
 */
public record ProcedureCall(String name, List<Arg> args) {

    /** One argument: named (or null for positional), and a literal or the index of its marker (0-based). */
    public record Arg(String name, String literal, int marker) {
        public boolean isMarker() {
            return marker >= 0;
        }
    }

    /** The call sql makes, or null when sql is not a procedure call. */
    public static ProcedureCall parse(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean escaped = s.startsWith("{");
        if (escaped) {
            if (!s.endsWith("}")) {
                return null;
            }
            s = s.substring(1, s.length() - 1).strip();
            if (s.startsWith("?")) {
                throw new QuireException(SqlState.SYNTAX_OR_ACCESS,
                        "{?= call ...}: the driver's procedures return a result set, not a return value; use {call ...}.");
            }
        }
        Lexer lx = new Lexer(s);
        String verb = lx.word();
        if (verb == null) {
            return null;
        }
        String v = verb.toUpperCase(Locale.ROOT);
        boolean exec = v.equals("EXEC") || v.equals("EXECUTE");
        if (!v.equals("CALL") && !exec) {
            return null;
        }
        String name = lx.name();
        if (name == null) {
            throw syntax("a procedure name after " + verb);
        }
        List<Arg> args = new ArrayList<>();
        int[] markers = {0};
        boolean parens = lx.accept('(');
        if (!exec && !parens && !lx.atEnd()) {
            throw syntax("'(' after the procedure name");
        }
        if (!(parens && lx.accept(')')) && !lx.atEnd()) {
            do {
                args.add(arg(lx, markers));
            } while (lx.accept(','));
            if (parens && !lx.accept(')')) {
                throw syntax("')' closing the argument list");
            }
        }
        if (!lx.atEnd()) {
            throw syntax("the end of the call, not '" + lx.rest() + "'");
        }
        return new ProcedureCall(name, List.copyOf(args));
    }

    private static Arg arg(Lexer lx, int[] markers) {
        int mark = lx.pos;
        String argName = null;
        if (lx.accept('@')) {
            argName = lx.name();
            if (argName == null || !lx.accept('=')) {
                throw syntax("@Name = value");
            }
        } else {
            String w = lx.name();
            if (w != null && (lx.acceptArrow() || lx.accept('='))) {
                argName = w;
            } else {
                lx.pos = mark;
            }
        }
        if (lx.accept('?')) {
            return new Arg(argName, null, markers[0]++);
        }
        String lit = lx.literal();
        if (lit == null) {
            throw syntax("a value (a 'string', a number, NULL or ?)");
        }
        return new Arg(argName, lit.equals("\0NULL") ? null : lit, -1);
    }

    /** How many {@code ?} markers the call has. */
    public int markerCount() {
        return (int) args.stream().filter(Arg::isMarker).count();
    }

    private static QuireException syntax(String expected) {
        return new QuireException(SqlState.SYNTAX_OR_ACCESS, "Procedure call syntax error: expected " + expected + ".");
    }

    private static final class Lexer {
        private final String s;
        int pos;

        Lexer(String s) {
            this.s = s;
        }

        private void spaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean atEnd() {
            spaces();
            return pos >= s.length();
        }

        String rest() {
            return s.substring(pos);
        }

        boolean accept(char c) {
            spaces();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        boolean acceptArrow() {
            spaces();
            if (s.startsWith("=>", pos)) {
                pos += 2;
                return true;
            }
            return false;
        }

        String word() {
            spaces();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            return pos > start ? s.substring(start, pos) : null;
        }

        /** An identifier, plain or quoted with "..." or [...]; a schema prefix (x.Name) is dropped. */
        String name() {
            String n = part();
            while (n != null && accept('.')) {
                n = part();
            }
            return n;
        }

        private String part() {
            spaces();
            if (pos < s.length() && (s.charAt(pos) == '"' || s.charAt(pos) == '[')) {
                char close = s.charAt(pos) == '"' ? '"' : ']';
                int end = s.indexOf(close, pos + 1);
                if (end < 0) {
                    return null;
                }
                String n = s.substring(pos + 1, end);
                pos = end + 1;
                return n;
            }
            return word();
        }

        /** A 'string' (with '' for a quote), a number, or NULL (returned as "\0NULL"); null when none. */
        String literal() {
            spaces();
            if (pos < s.length() && s.charAt(pos) == '\'') {
                StringBuilder b = new StringBuilder();
                int i = pos + 1;
                while (i < s.length()) {
                    char c = s.charAt(i);
                    if (c == '\'') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                            b.append('\'');
                            i += 2;
                            continue;
                        }
                        pos = i + 1;
                        return b.toString();
                    }
                    b.append(c);
                    i++;
                }
                throw syntax("a closing quote");
            }
            int start = pos;
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                pos++;
            }
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos > start && Character.isDigit(s.charAt(pos - 1))) {
                return s.substring(start, pos);
            }
            pos = start;
            String w = word();
            if (w != null && w.equalsIgnoreCase("NULL")) {
                return "\0NULL";
            }
            if (w != null && (w.equalsIgnoreCase("TRUE") || w.equalsIgnoreCase("FALSE"))) {
                return w.toLowerCase(Locale.ROOT);
            }
            pos = start;
            return null;
        }
    }
}

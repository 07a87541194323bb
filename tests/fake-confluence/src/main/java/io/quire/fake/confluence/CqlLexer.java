package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.List;

/** Splits CQL text into tokens. A {@code ~} right after an operator starts a bare word (e.g. {@code space = ~demo}). */
public final class CqlLexer {

    public enum Kind { WORD, STRING, OP, LPAREN, RPAREN, COMMA, EOF }

    public record Token(Kind kind, String text, int pos) {

        boolean isKeyword(String kw) {
            return kind == Kind.WORD && text.equalsIgnoreCase(kw);
        }
    }

    private CqlLexer() {
    }

    public static List<Token> tokenize(String cql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = cql.length();
        while (i < n) {
            char c = cql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Kind.LPAREN, "(", i++));
            } else if (c == ')') {
                out.add(new Token(Kind.RPAREN, ")", i++));
            } else if (c == ',') {
                out.add(new Token(Kind.COMMA, ",", i++));
            } else if (c == '"' || c == '\'') {
                int start = i++;
                StringBuilder sb = new StringBuilder();
                while (i < n && cql.charAt(i) != c) {
                    char ch = cql.charAt(i);
                    if (ch == '\\' && i + 1 < n) {
                        ch = cql.charAt(++i);
                    }
                    sb.append(ch);
                    i++;
                }
                if (i >= n) {
                    throw new CqlException("Unterminated string starting at position " + start);
                }
                i++;
                out.add(new Token(Kind.STRING, sb.toString(), start));
            } else if (c == '~' && !out.isEmpty() && out.getLast().kind() == Kind.OP) {
                int start = i;
                i = word(cql, i + 1);
                out.add(new Token(Kind.WORD, cql.substring(start, i), start));
            } else if (c == '=' || c == '~') {
                out.add(new Token(Kind.OP, String.valueOf(c), i++));
            } else if (c == '!' || c == '<' || c == '>') {
                int start = i++;
                if (i < n && (cql.charAt(i) == '=' || (c == '!' && cql.charAt(i) == '~'))) {
                    i++;
                } else if (c == '!') {
                    throw new CqlException("Unexpected character '!' at position " + start);
                }
                out.add(new Token(Kind.OP, cql.substring(start, i), start));
            } else if (isWordChar(c)) {
                int start = i;
                i = word(cql, i);
                out.add(new Token(Kind.WORD, cql.substring(start, i), start));
            } else {
                throw new CqlException("Unexpected character '" + c + "' at position " + i);
            }
        }
        out.add(new Token(Kind.EOF, "", n));
        return out;
    }

    private static int word(String s, int i) {
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == ':' || c == '/' || c == '*'
                || c == '@' || c == '+' || Character.isSurrogate(c);
    }
}

package io.quire.fake.confluence;

import io.quire.fake.confluence.CqlAst.And;
import io.quire.fake.confluence.CqlAst.Clause;
import io.quire.fake.confluence.CqlAst.Expr;
import io.quire.fake.confluence.CqlAst.Not;
import io.quire.fake.confluence.CqlAst.Or;
import io.quire.fake.confluence.CqlAst.OrderBy;
import io.quire.fake.confluence.CqlAst.Query;
import io.quire.fake.confluence.CqlAst.Value;
import io.quire.fake.confluence.CqlLexer.Kind;
import io.quire.fake.confluence.CqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser for the supported CQL subset. Precedence: NOT binds tighter than AND, AND tighter than OR.
 * Fields and operators are validated here, so an unsupported field is a parse error.
 */
public final class CqlParser {

    private static final Set<String> EQUALITY = Set.of("=", "!=", "in", "not in");
    private static final Set<String> DATES = Set.of("=", "!=", "<", "<=", ">", ">=");
    /** Supported fields and the operators each accepts. */
    static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("space", EQUALITY), Map.entry("space.key", EQUALITY), Map.entry("space.id", EQUALITY),
            Map.entry("type", EQUALITY), Map.entry("id", EQUALITY), Map.entry("content", EQUALITY),
            Map.entry("title", Set.of("=", "!=", "~", "!~", "in", "not in")),
            Map.entry("parent", EQUALITY), Map.entry("ancestor", EQUALITY), Map.entry("creator", EQUALITY),
            Map.entry("contributor", EQUALITY), Map.entry("container", EQUALITY), Map.entry("space.type", EQUALITY),
            Map.entry("label", EQUALITY), Map.entry("created", DATES), Map.entry("lastmodified", DATES),
            // user search (GET /search/user) only
            Map.entry("user", EQUALITY), Map.entry("user.accountid", EQUALITY), Map.entry("user.userkey", EQUALITY),
            Map.entry("user.fullname", Set.of("=", "!=", "~", "!~")));
    static final Set<String> ORDER_FIELDS = Set.of("title", "created", "lastmodified", "id", "space", "type");

    private final List<Token> tokens;
    private int pos;

    private CqlParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Query parse(String cql) {
        if (cql == null || cql.isBlank()) {
            throw new CqlException("CQL query is empty");
        }
        CqlParser p = new CqlParser(CqlLexer.tokenize(cql));
        Expr where = p.or();
        List<OrderBy> order = new ArrayList<>();
        if (p.peek().isKeyword("order")) {
            p.next();
            if (!p.next().isKeyword("by")) {
                throw new CqlException("Expected 'by' after 'order'");
            }
            do {
                Token f = p.expect(Kind.WORD, "an order by field");
                String field = f.text().toLowerCase(Locale.ROOT);
                if (!ORDER_FIELDS.contains(field)) {
                    throw new CqlException("Field '" + f.text() + "' does not support ordering");
                }
                boolean desc = false;
                if (p.peek().isKeyword("asc") || p.peek().isKeyword("desc")) {
                    desc = p.next().isKeyword("desc");
                }
                order.add(new OrderBy(field, desc));
            } while (p.accept(Kind.COMMA));
        }
        Token end = p.peek();
        if (end.kind() != Kind.EOF) {
            throw new CqlException("Unexpected '" + end.text() + "' at position " + end.pos());
        }
        return new Query(where, List.copyOf(order));
    }

    private Expr or() {
        Expr left = and();
        while (peek().isKeyword("or")) {
            next();
            left = new Or(left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().isKeyword("and")) {
            next();
            left = new And(left, not());
        }
        return left;
    }

    private Expr not() {
        if (peek().isKeyword("not")) {
            next();
            return new Not(not());
        }
        if (accept(Kind.LPAREN)) {
            Expr e = or();
            expect(Kind.RPAREN, "')'");
            return e;
        }
        return clause();
    }

    private Expr clause() {
        Token f = expect(Kind.WORD, "a field name");
        String field = f.text().toLowerCase(Locale.ROOT);
        if (field.equals("and") || field.equals("or") || field.equals("order")) {
            throw new CqlException("Expected a field name at position " + f.pos() + " but found '" + f.text() + "'");
        }
        Set<String> ops = FIELDS.get(field);
        if (ops == null) {
            throw new CqlException("The field '" + f.text() + "' is not supported");
        }
        String op;
        Token t = next();
        if (t.kind() == Kind.OP) {
            op = t.text();
        } else if (t.isKeyword("in")) {
            op = "in";
        } else if (t.isKeyword("not") && peek().isKeyword("in")) {
            next();
            op = "not in";
        } else {
            throw new CqlException("Expected an operator after '" + f.text() + "' at position " + t.pos());
        }
        if (!ops.contains(op)) {
            throw new CqlException("The operator '" + op + "' is not supported for field '" + f.text() + "'");
        }
        List<Value> values = new ArrayList<>();
        if (op.endsWith("in")) {
            expect(Kind.LPAREN, "'(' after " + op);
            do {
                values.add(value());
            } while (accept(Kind.COMMA));
            expect(Kind.RPAREN, "')'");
        } else {
            values.add(value());
        }
        return new Clause(field, op, List.copyOf(values));
    }

    private Value value() {
        Token t = next();
        if (t.kind() == Kind.STRING) {
            return new Value(t.text(), false);
        }
        if (t.kind() != Kind.WORD || t.isKeyword("and") || t.isKeyword("or") || t.isKeyword("order")) {
            throw new CqlException("Expected a value at position " + t.pos());
        }
        if (accept(Kind.LPAREN)) {
            List<String> args = new ArrayList<>();
            if (!accept(Kind.RPAREN)) {
                do {
                    Token a = next();
                    if (a.kind() != Kind.STRING && a.kind() != Kind.WORD) {
                        throw new CqlException("Expected a function argument at position " + a.pos());
                    }
                    args.add(a.text());
                } while (accept(Kind.COMMA));
                expect(Kind.RPAREN, "')'");
            }
            return new Value(t.text(), true, List.copyOf(args));
        }
        return new Value(t.text(), false);
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.EOF) {
            pos++;
        }
        return t;
    }

    private boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            pos++;
            return true;
        }
        return false;
    }

    private Token expect(Kind kind, String what) {
        Token t = next();
        if (t.kind() != kind) {
            String found = t.kind() == Kind.EOF ? "end of query" : "'" + t.text() + "'";
            throw new CqlException("Expected " + what + " at position " + t.pos() + " but found " + found);
        }
        return t;
    }
}

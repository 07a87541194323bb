package io.quire.fake.confluence;

import java.util.List;

/** The CQL syntax tree. */
public final class CqlAst {

    private CqlAst() {
    }

    /** A boolean expression. */
    public sealed interface Expr permits And, Or, Not, Clause {
    }

    public record And(Expr left, Expr right) implements Expr {
    }

    public record Or(Expr left, Expr right) implements Expr {
    }

    public record Not(Expr expr) implements Expr {
    }

    /** {@code field op value} or {@code field [not] in (v, ...)}; field is lower-cased. */
    public record Clause(String field, String op, List<Value> values) implements Expr {
    }

    /** A literal (quoted or bare) or a function call such as {@code currentUser()} or {@code now("-4w")}. */
    public record Value(String text, boolean function, List<String> args) {

        public Value(String text, boolean function) {
            this(text, function, List.of());
        }
    }

    public record OrderBy(String field, boolean descending) {
    }

    /** A whole query; {@code where} is never null. */
    public record Query(Expr where, List<OrderBy> orderBy) {
    }
}

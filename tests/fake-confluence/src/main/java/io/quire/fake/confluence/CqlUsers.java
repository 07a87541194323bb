package io.quire.fake.confluence;

import io.quire.fake.confluence.CqlAst.And;
import io.quire.fake.confluence.CqlAst.Clause;
import io.quire.fake.confluence.CqlAst.Expr;
import io.quire.fake.confluence.CqlAst.Not;
import io.quire.fake.confluence.CqlAst.Or;
import io.quire.fake.confluence.CqlAst.Query;
import io.quire.fake.confluence.CqlAst.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CQL for Cloud's {@code GET /search/user}: {@code type = user} with {@code user}, {@code user.accountid},
 * {@code user.userkey} and {@code user.fullname} (=, !=, ~, !~). A query must say {@code type = user}, as Cloud
 * requires; content fields are rejected.
 */
final class CqlUsers {

    private CqlUsers() {
    }

    static List<User> search(String cql, SiteData data) {
        Query q = CqlParser.parse(cql);
        if (!mentionsUserType(q.where())) {
            throw new CqlException("User search requires the clause type = user");
        }
        Predicate<User> p = expr(q.where(), data);
        List<User> out = new ArrayList<>();
        for (User u : data.users()) {
            if (p.test(u)) {
                out.add(u);
            }
        }
        return out;
    }

    private static boolean mentionsUserType(Expr e) {
        return switch (e) {
            case And a -> mentionsUserType(a.left()) || mentionsUserType(a.right());
            case Or o -> mentionsUserType(o.left()) && mentionsUserType(o.right());
            case Not n -> false;
            case Clause c -> c.field().equals("type") && (c.op().equals("=") || c.op().equals("in"))
                    && c.values().stream().anyMatch(v -> v.text().equalsIgnoreCase("user"));
        };
    }

    private static Predicate<User> expr(Expr e, SiteData data) {
        return switch (e) {
            case And a -> expr(a.left(), data).and(expr(a.right(), data));
            case Or o -> expr(o.left(), data).or(expr(o.right(), data));
            case Not n -> expr(n.expr(), data).negate();
            case Clause c -> clause(c, data);
        };
    }

    private static Predicate<User> clause(Clause c, SiteData data) {
        Set<String> vals = new HashSet<>();
        for (Value v : c.values()) {
            if (v.function() && v.text().equalsIgnoreCase("currentUser")) {
                vals.add(data.demoUser().accountId());
            } else if (v.function()) {
                throw new CqlException("Unknown function '" + v.text() + "()'");
            } else {
                vals.add(v.text());
            }
        }
        boolean neg = c.op().equals("!=") || c.op().equals("not in") || c.op().equals("!~");
        Predicate<User> p = switch (c.field()) {
            case "type" -> u -> vals.stream().anyMatch(v -> v.equalsIgnoreCase("user"));
            case "user", "user.accountid" -> u -> vals.contains(u.accountId()) || vals.contains(u.username());
            case "user.userkey" -> u -> vals.contains(u.userKey());
            case "user.fullname" -> c.op().endsWith("~")
                    ? u -> vals.stream().anyMatch(v -> u.displayName().toLowerCase(Locale.ROOT)
                            .contains(v.replace("*", "").toLowerCase(Locale.ROOT)))
                    : u -> vals.stream().anyMatch(v -> v.equalsIgnoreCase(u.displayName()));
            default -> throw new CqlException("The field '" + c.field() + "' is not supported when searching users");
        };
        return neg ? p.negate() : p;
    }
}

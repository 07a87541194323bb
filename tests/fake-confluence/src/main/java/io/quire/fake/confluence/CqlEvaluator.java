package io.quire.fake.confluence;

import io.quire.fake.confluence.CqlAst.And;
import io.quire.fake.confluence.CqlAst.Clause;
import io.quire.fake.confluence.CqlAst.Expr;
import io.quire.fake.confluence.CqlAst.Not;
import io.quire.fake.confluence.CqlAst.Or;
import io.quire.fake.confluence.CqlAst.OrderBy;
import io.quire.fake.confluence.CqlAst.Query;
import io.quire.fake.confluence.CqlAst.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compiles a parsed CQL query into a content predicate and an ordering. Pages, blog posts, comments and
 * attachments are all searchable; without a {@code type} clause every type matches, as in Confluence. Dates are
 * UTC (see {@link CqlDates}). Relations: a page's {@code parent} is its parent page, a comment's the comment it
 * replies to (else its container), an attachment's its container; {@code container} is the page or blog post a
 * comment or attachment belongs to; {@code ancestor} covers a page's ancestors and, for comments and attachments,
 * their container and its ancestors.
 */
public final class CqlEvaluator {

    /** The compiled form of a query; {@code query} is kept so {@link CqlPlanner} can use the indexes. */
    public record Compiled(Predicate<Content> filter, Comparator<Content> order, Query query) {

        /** Matching items of {@code items} (current ones only, as search does), ordered. */
        public <T extends Content> List<T> apply(List<T> items) {
            List<T> out = new ArrayList<>();
            for (T c : items) {
                if (c.isCurrent() && filter.test(c)) {
                    out.add(c);
                }
            }
            if (order != null) {
                out.sort(order);
            }
            return out;
        }

        /** Matching content of the whole site, narrowed through the indexes where the query allows. */
        public List<Content> search(SiteData data) {
            return apply(CqlPlanner.candidates(query.where(), data));
        }
    }

    private static final Set<String> USER_FIELDS = Set.of("user", "user.accountid", "user.userkey", "user.fullname");

    private final SiteData data;

    private CqlEvaluator(SiteData data) {
        this.data = data;
    }

    public static Compiled compile(String cql, SiteData data) {
        return compile(CqlParser.parse(cql), data);
    }

    public static Compiled compile(Query q, SiteData data) {
        CqlEvaluator ev = new CqlEvaluator(data);
        Predicate<Content> filter = ev.expr(q.where());
        Comparator<Content> order = null;
        for (OrderBy ob : q.orderBy()) {
            Comparator<Content> c = comparator(ob.field());
            c = ob.descending() ? c.reversed() : c;
            order = order == null ? c : order.thenComparing(c);
        }
        if (order != null) {
            order = order.thenComparingLong(Content::id);
        }
        return new Compiled(filter, order, q);
    }

    private static Comparator<Content> comparator(String field) {
        return switch (field) {
            case "title" -> Comparator.comparing(p -> p.title().toLowerCase(Locale.ROOT));
            case "created" -> Comparator.comparing(Content::created);
            case "lastmodified" -> Comparator.comparing(Content::updated);
            case "space" -> Comparator.comparing(p -> p.space().key());
            case "type" -> Comparator.comparing(Content::type);
            default -> Comparator.comparingLong(Content::id);
        };
    }

    private Predicate<Content> expr(Expr e) {
        return switch (e) {
            case And a -> expr(a.left()).and(expr(a.right()));
            case Or o -> expr(o.left()).or(expr(o.right()));
            case Not n -> expr(n.expr()).negate();
            case Clause c -> clause(c);
        };
    }

    private Predicate<Content> clause(Clause c) {
        if (USER_FIELDS.contains(c.field())) {
            throw new CqlException("The field '" + c.field() + "' is only supported when searching for users");
        }
        return switch (c.field()) {
            case "space", "space.key" -> set(c, p -> p.space().key(), false);
            case "space.id" -> set(c, p -> Long.toString(p.space().id()), false);
            case "space.type" -> set(c, p -> p.space().type(), true);
            case "type" -> set(c, Content::type, true);
            case "id", "content" -> ids(c);
            case "parent" -> related(c, this::parentOf);
            case "container" -> related(c, CqlEvaluator::containerOf);
            case "creator" -> user(c, p -> List.of(p.creator()));
            case "contributor" -> user(c, data::contributors);
            case "title" -> title(c);
            case "label" -> label(c);
            case "ancestor" -> ancestor(c);
            case "created" -> date(c, Content::created);
            case "lastmodified" -> date(c, Content::updated);
            default -> throw new CqlException("The field '" + c.field() + "' is not supported");
        };
    }

    private long parentOf(Content c) {
        return switch (c) {
            case Page p -> p.parentId();
            case Comment m -> m.parentId() != 0 ? m.parentId() : m.container().id();
            case Attachment a -> a.container().id();
            case BlogPost b -> 0;
        };
    }

    static long containerOf(Content c) {
        return switch (c) {
            case Comment m -> m.container().id();
            case Attachment a -> a.container().id();
            default -> 0;
        };
    }

    private static String literal(Value v) {
        if (v.function()) {
            throw new CqlException("Unknown function '" + v.text() + "()'");
        }
        return v.text();
    }

    private static Set<String> values(Clause c, boolean lower) {
        Set<String> out = new HashSet<>();
        for (Value v : c.values()) {
            String s = literal(v);
            out.add(lower ? s.toLowerCase(Locale.ROOT) : s);
        }
        return out;
    }

    private static boolean negated(Clause c) {
        return c.op().equals("!=") || c.op().equals("not in");
    }

    private static Predicate<Content> set(Clause c, Function<Content, String> getter, boolean ignoreCase) {
        Set<String> vals = values(c, ignoreCase);
        Predicate<Content> in = ignoreCase
                ? p -> vals.contains(getter.apply(p).toLowerCase(Locale.ROOT))
                : p -> vals.contains(getter.apply(p));
        return negated(c) ? in.negate() : in;
    }

    /** Content ids are numbers; attachments also answer to their REST form {@code att123}. */
    static Set<Long> idValues(Clause c) {
        Set<Long> out = new HashSet<>();
        for (Value v : c.values()) {
            String s = literal(v).trim();
            try {
                out.add(Long.parseLong(s.startsWith("att") ? s.substring(3) : s));
            } catch (NumberFormatException e) {
                throw new CqlException("Invalid content id '" + v.text() + "' for field '" + c.field() + "'");
            }
        }
        return out;
    }

    private static Predicate<Content> ids(Clause c) {
        Set<Long> ids = idValues(c);
        Predicate<Content> in = p -> ids.contains(p.id());
        return negated(c) ? in.negate() : in;
    }

    private static Predicate<Content> related(Clause c, java.util.function.ToLongFunction<Content> getter) {
        Set<Long> ids = idValues(c);
        Predicate<Content> in = p -> ids.contains(getter.applyAsLong(p));
        return negated(c) ? in.negate() : in;
    }

    private Predicate<Content> user(Clause c, Function<Content, List<User>> getter) {
        Set<User> users = new HashSet<>();
        Set<String> unknown = new HashSet<>();
        for (Value v : c.values()) {
            if (v.function()) {
                if (!v.text().equalsIgnoreCase("currentUser")) {
                    throw new CqlException("Unknown function '" + v.text() + "()'");
                }
                users.add(data.demoUser());
            } else {
                User u = data.directory().byAnyId(v.text());
                if (u != null) {
                    users.add(u);
                } else {
                    unknown.add(v.text());
                }
            }
        }
        // identifiers not on the site still compare by account id, so they simply match nothing
        Predicate<Content> in = p -> {
            for (User u : getter.apply(p)) {
                if (users.contains(u) || unknown.contains(u.accountId())) {
                    return true;
                }
            }
            return false;
        };
        return negated(c) ? in.negate() : in;
    }

    private static Predicate<Content> title(Clause c) {
        Set<String> vals = values(c, true);
        if (c.op().endsWith("~")) {
            List<String> needles = vals.stream().map(v -> v.replace("*", "").trim()).toList();
            Predicate<Content> contains = p -> {
                String t = p.title().toLowerCase(Locale.ROOT);
                return needles.stream().anyMatch(t::contains);
            };
            return c.op().equals("!~") ? contains.negate() : contains;
        }
        Predicate<Content> eq = p -> vals.contains(p.title().toLowerCase(Locale.ROOT));
        return negated(c) ? eq.negate() : eq;
    }

    private static Predicate<Content> label(Clause c) {
        Set<String> vals = values(c, true);
        Predicate<Content> has = p -> p.labels().stream().anyMatch(vals::contains);
        return negated(c) ? has.negate() : has;
    }

    private Predicate<Content> ancestor(Clause c) {
        Set<Long> ids = idValues(c);
        Predicate<Content> has = p -> {
            Content host = p;
            if (p instanceof Comment || p instanceof Attachment) {
                host = data.content(containerOf(p));
                if (ids.contains(host.id())) {
                    return true;
                }
            }
            if (host instanceof Page page) {
                for (long a : ids) {
                    if (data.hasAncestor(page, a)) {
                        return true;
                    }
                }
            }
            return false;
        };
        return negated(c) ? has.negate() : has;
    }

    private static Predicate<Content> date(Clause c, Function<Content, Instant> getter) {
        Instant[] range = CqlDates.range(c.values().getFirst());
        Instant from = range[0];
        Instant to = range[1];
        return switch (c.op()) {
            case "=" -> p -> !getter.apply(p).isBefore(from) && getter.apply(p).isBefore(to);
            case "!=" -> p -> getter.apply(p).isBefore(from) || !getter.apply(p).isBefore(to);
            case "<" -> p -> getter.apply(p).isBefore(from);
            case "<=" -> p -> getter.apply(p).isBefore(to);
            case ">" -> p -> !getter.apply(p).isBefore(to);
            case ">=" -> p -> !getter.apply(p).isBefore(from);
            default -> throw new CqlException("The operator '" + c.op() + "' is not supported for dates");
        };
    }
}

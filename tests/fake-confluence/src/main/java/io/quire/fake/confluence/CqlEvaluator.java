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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compiles a parsed CQL query into a page predicate and an ordering. Dates are interpreted in UTC; a date-only value
 * covers that whole day and a {@code yyyy-MM-dd HH:mm} value that whole minute, so {@code created = "2024-03-05"}
 * matches pages created on that day and {@code created > "2024-03-05"} pages created after it.
 */
public final class CqlEvaluator {

    /** The compiled form of a query. */
    public record Compiled(Predicate<Page> filter, Comparator<Page> order) {

        /** Matching pages (current ones only, as search does), ordered. */
        public List<Page> apply(List<Page> pages) {
            List<Page> out = new ArrayList<>();
            for (Page p : pages) {
                if (p.isCurrent() && filter.test(p)) {
                    out.add(p);
                }
            }
            if (order != null) {
                out.sort(order);
            }
            return out;
        }
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SiteData data;

    private CqlEvaluator(SiteData data) {
        this.data = data;
    }

    public static Compiled compile(String cql, SiteData data) {
        return compile(CqlParser.parse(cql), data);
    }

    public static Compiled compile(Query q, SiteData data) {
        CqlEvaluator ev = new CqlEvaluator(data);
        Predicate<Page> filter = ev.expr(q.where());
        Comparator<Page> order = null;
        for (OrderBy ob : q.orderBy()) {
            Comparator<Page> c = comparator(ob.field());
            c = ob.descending() ? c.reversed() : c;
            order = order == null ? c : order.thenComparing(c);
        }
        if (order != null) {
            order = order.thenComparingLong(Page::id);
        }
        return new Compiled(filter, order);
    }

    private static Comparator<Page> comparator(String field) {
        return switch (field) {
            case "title" -> Comparator.comparing(p -> p.title().toLowerCase(Locale.ROOT));
            case "created" -> Comparator.comparing(Page::created);
            case "lastmodified" -> Comparator.comparing(Page::updated);
            case "space" -> Comparator.comparing(p -> p.space().key());
            case "type" -> Comparator.comparing(p -> "page");
            default -> Comparator.comparingLong(Page::id);
        };
    }

    private Predicate<Page> expr(Expr e) {
        return switch (e) {
            case And a -> expr(a.left()).and(expr(a.right()));
            case Or o -> expr(o.left()).or(expr(o.right()));
            case Not n -> expr(n.expr()).negate();
            case Clause c -> clause(c);
        };
    }

    private Predicate<Page> clause(Clause c) {
        return switch (c.field()) {
            case "space", "space.key" -> set(c, p -> p.space().key(), false);
            case "space.id" -> set(c, p -> Long.toString(p.space().id()), false);
            case "type" -> set(c, p -> "page", true);
            case "id", "content" -> set(c, p -> Long.toString(p.id()), false);
            case "parent" -> set(c, p -> Long.toString(p.parentId()), false);
            case "creator" -> set(c, p -> p.creator().accountId(), false);
            case "title" -> title(c);
            case "label" -> label(c);
            case "ancestor" -> ancestor(c);
            case "created" -> date(c, Page::created);
            case "lastmodified" -> date(c, Page::updated);
            default -> throw new CqlException("The field '" + c.field() + "' is not supported");
        };
    }

    private String literal(Value v) {
        if (v.function()) {
            if (v.text().equalsIgnoreCase("currentUser")) {
                return data.demoUser().accountId();
            }
            throw new CqlException("Unknown function '" + v.text() + "()'");
        }
        return v.text();
    }

    private Set<String> values(Clause c, boolean lower) {
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

    private Predicate<Page> set(Clause c, Function<Page, String> getter, boolean ignoreCase) {
        Set<String> vals = values(c, ignoreCase);
        Predicate<Page> in = ignoreCase
                ? p -> vals.contains(getter.apply(p).toLowerCase(Locale.ROOT))
                : p -> vals.contains(getter.apply(p));
        return negated(c) ? in.negate() : in;
    }

    private Predicate<Page> title(Clause c) {
        Set<String> vals = values(c, true);
        if (c.op().endsWith("~")) {
            List<String> needles = vals.stream().map(v -> v.replace("*", "").trim()).toList();
            Predicate<Page> contains = p -> {
                String t = p.title().toLowerCase(Locale.ROOT);
                return needles.stream().anyMatch(t::contains);
            };
            return c.op().equals("!~") ? contains.negate() : contains;
        }
        Predicate<Page> eq = p -> vals.contains(p.title().toLowerCase(Locale.ROOT));
        return negated(c) ? eq.negate() : eq;
    }

    private Predicate<Page> label(Clause c) {
        Set<String> vals = values(c, true);
        Predicate<Page> has = p -> p.labels().stream().anyMatch(vals::contains);
        return negated(c) ? has.negate() : has;
    }

    private Predicate<Page> ancestor(Clause c) {
        List<Long> ids = new ArrayList<>();
        for (Value v : c.values()) {
            try {
                ids.add(Long.parseLong(literal(v)));
            } catch (NumberFormatException e) {
                throw new CqlException("Invalid content id '" + v.text() + "' for field 'ancestor'");
            }
        }
        Predicate<Page> has = p -> ids.stream().anyMatch(id -> data.hasAncestor(p, id));
        return negated(c) ? has.negate() : has;
    }

    private Predicate<Page> date(Clause c, Function<Page, Instant> getter) {
        Instant[] range = range(literal(c.values().getFirst()));
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

    /** Half-open UTC interval [from, to) denoted by a CQL date literal. */
    static Instant[] range(String text) {
        String s = text.trim().replace('/', '-');
        try {
            if (s.length() <= 10) {
                LocalDate d = LocalDate.parse(s);
                Instant from = d.atStartOfDay().toInstant(ZoneOffset.UTC);
                return new Instant[] {from, d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)};
            }
            LocalDateTime t = LocalDateTime.parse(s, MINUTE);
            Instant from = t.toInstant(ZoneOffset.UTC);
            return new Instant[] {from, from.plusSeconds(60)};
        } catch (DateTimeParseException e) {
            throw new CqlException("Invalid date '" + text + "': expected \"yyyy-MM-dd\" or \"yyyy-MM-dd HH:mm\"");
        }
    }
}

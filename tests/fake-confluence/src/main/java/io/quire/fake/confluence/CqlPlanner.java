package io.quire.fake.confluence;

import io.quire.fake.confluence.CqlAst.And;
import io.quire.fake.confluence.CqlAst.Clause;
import io.quire.fake.confluence.CqlAst.Expr;
import io.quire.fake.confluence.CqlAst.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the smallest index list that must contain every match: top-level {@code AND}ed equality (or {@code IN})
 * clauses on id, container, ancestor, label, space and type narrow the scan; anything else scans all content. The full
 * predicate is still applied to the candidates, so this only decides speed, never results.
 */
final class CqlPlanner {

    private CqlPlanner() {
    }

    static List<Content> candidates(Expr where, SiteData data) {
        List<Clause> conj = new ArrayList<>();
        flatten(where, conj);
        ContentIndex ix = data.index();
        List<Content> best = ix.all();
        Set<Space> spaces = null;
        Set<String> types = null;
        for (Clause c : conj) {
            if (!c.op().equals("=") && !c.op().equals("in")) {
                continue;
            }
            List<Content> cand = switch (c.field()) {
                case "id", "content" -> byIds(c, data);
                case "container" -> byContainer(c, data);
                case "label" -> byLabel(c, data);
                case "ancestor" -> byAncestor(c, data);
                default -> null;
            };
            if (cand != null && cand.size() < best.size()) {
                best = cand;
            }
            if (c.field().equals("space") || c.field().equals("space.key")) {
                Set<Space> s = new LinkedHashSet<>();
                for (Value v : c.values()) {
                    Space sp = v.function() ? null : data.spaceByKey(v.text());
                    if (sp != null) {
                        s.add(sp);
                    }
                }
                spaces = spaces == null ? s : intersect(spaces, s);
            } else if (c.field().equals("type")) {
                Set<String> t = new LinkedHashSet<>();
                for (Value v : c.values()) {
                    t.add(v.text().toLowerCase(Locale.ROOT));
                }
                types = types == null ? t : intersect(types, t);
            }
        }
        if (spaces != null || types != null) {
            List<Content> cand = bySpaceAndType(spaces, types, ix);
            if (cand.size() < best.size()) {
                best = cand;
            }
        }
        return best;
    }

    private static void flatten(Expr e, List<Clause> out) {
        if (e instanceof And a) {
            flatten(a.left(), out);
            flatten(a.right(), out);
        } else if (e instanceof Clause c) {
            out.add(c);
        }
    }

    private static <T> Set<T> intersect(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static List<Content> byIds(Clause c, SiteData data) {
        List<Content> out = new ArrayList<>();
        for (long id : CqlEvaluator.idValues(c)) {
            Content x = data.content(id);
            if (x != null) {
                out.add(x);
            }
        }
        return sorted(out);
    }

    private static List<Content> byContainer(Clause c, SiteData data) {
        List<Content> out = new ArrayList<>();
        for (long id : CqlEvaluator.idValues(c)) {
            out.addAll(data.commentsOf(id));
            out.addAll(data.attachmentsOf(id));
        }
        return sorted(out);
    }

    /** Descendant pages of the ancestors, plus the comments and attachments of those and of the ancestors. */
    private static List<Content> byAncestor(Clause c, SiteData data) {
        Set<Content> out = new LinkedHashSet<>();
        for (long id : CqlEvaluator.idValues(c)) {
            List<Content> hosts = new ArrayList<>(data.descendants(id));
            Content self = data.content(id);
            if (self != null) {
                hosts.add(self);
            }
            for (Content h : hosts) {
                if (h.id() != id) {
                    out.add(h);
                }
                out.addAll(data.commentsOf(h.id()));
                out.addAll(data.attachmentsOf(h.id()));
            }
        }
        return sorted(new ArrayList<>(out));
    }

    private static List<Content> byLabel(Clause c, SiteData data) {
        Set<Content> out = new LinkedHashSet<>();
        for (Value v : c.values()) {
            if (!v.function()) {
                out.addAll(data.index().labeled(v.text().toLowerCase(Locale.ROOT)));
            }
        }
        return sorted(new ArrayList<>(out));
    }

    private static List<Content> bySpaceAndType(Set<Space> spaces, Set<String> types, ContentIndex ix) {
        List<Content> out = new ArrayList<>();
        if (spaces == null) {
            types.forEach(t -> out.addAll(ix.ofType(t)));
        } else if (types == null) {
            spaces.forEach(s -> out.addAll(ix.inSpace(s)));
        } else {
            for (Space s : spaces) {
                types.forEach(t -> out.addAll(ix.inSpace(s, t)));
            }
        }
        return spaces != null && spaces.size() == 1 && (types == null || types.size() == 1) ? out : sorted(out);
    }

    private static List<Content> sorted(List<Content> list) {
        list.sort(Comparator.comparingLong(Content::id));
        return list;
    }
}

package io.quire.sql;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a table's site can do with a query, declared per column: which comparisons it can
 * narrow a scan with, which of those it evaluates exactly (same rows as SQL would keep),
 * whether it can combine them with OR, and which columns it can sort by.
 * The engine re-checks every pushed comparison anyway, so a comparison the site evaluates
 * loosely only has to return a superset; exactness matters only for pushing LIMIT.
 */
public final class Pushdown {
    public static final Pushdown NONE = new Pushdown();

    private final Map<String, Set<Op>> ops = new HashMap<>();
    private final Map<String, Set<Op>> exact = new HashMap<>();
    private final Set<String> sortable = new java.util.HashSet<>();
    private boolean or;

    /** Comparisons on column that the site evaluates exactly. */
    public Pushdown exact(String column, Op... o) {
        add(ops, column, o);
        add(exact, column, o);
        return this;
    }

    /** Comparisons on column the site can narrow by, returning a superset of the matching rows. */
    public Pushdown loose(String column, Op... o) {
        add(ops, column, o);
        return this;
    }

    public Pushdown sortable(String... columns) {
        sortable.addAll(Set.of(columns));
        return this;
    }

    public Pushdown withOr() {
        or = true;
        return this;
    }

    private static void add(Map<String, Set<Op>> m, String column, Op[] o) {
        m.computeIfAbsent(column.toUpperCase(java.util.Locale.ROOT), k -> EnumSet.noneOf(Op.class)).addAll(Set.of(o));
    }

    public boolean can(String column, Op op) {
        Set<Op> s = ops.get(column.toUpperCase(java.util.Locale.ROOT));
        return s != null && s.contains(op);
    }

    public boolean isExact(String column, Op op) {
        Set<Op> s = exact.get(column.toUpperCase(java.util.Locale.ROOT));
        return s != null && s.contains(op);
    }

    public boolean canOr() {
        return or;
    }

    public boolean canSort(String column) {
        return sortable.contains(column);
    }

    /** One line per column the site can filter by, for the table reference: "Col: =, IN (exact)". */
    public java.util.List<String> summary(java.util.List<ColumnDef> columns) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ColumnDef c : columns) {
            String key = c.name().toUpperCase(java.util.Locale.ROOT);
            Set<Op> all = ops.get(key);
            if (all == null) {
                continue;
            }
            Set<Op> ex = exact.getOrDefault(key, Set.of());
            java.util.List<String> shown = new java.util.ArrayList<>();
            for (Op o : all) {
                shown.add(SQL.get(o) + (ex.contains(o) ? "" : "*"));
            }
            out.add(c.name() + " " + String.join(", ", shown));
        }
        return out;
    }

    private static final Map<Op, String> SQL = Map.of(Op.EQ, "=", Op.NE, "<>", Op.LT, "<", Op.LE, "<=", Op.GT, ">",
            Op.GE, ">=", Op.IN, "IN", Op.NOT_IN, "NOT IN", Op.LIKE, "LIKE", Op.NOT_LIKE, "NOT LIKE");

    public java.util.List<String> sortable() {
        return java.util.List.copyOf(new java.util.TreeSet<>(sortable));
    }
}

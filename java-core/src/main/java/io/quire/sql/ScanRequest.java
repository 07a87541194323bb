package io.quire.sql;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A scan as a source table receives it, with parameters already bound.
 *
 * @param filter    what the site may narrow by (rows outside it may still come back: the
 *                  engine re-checks), or null
 * @param sort      the order rows must come in when non-empty (then limit counts in that order)
 * @param limit     at most this many rows are needed, or -1
 * @param columns   names of the columns the query uses (lets a source skip bodies and the like)
 * @param cancelled true once the statement has been cancelled
 */
public record ScanRequest(Condition filter, List<Sort> sort, long limit, Set<String> columns,
                          BooleanSupplier cancelled) {

    /** A sort key by column name. */
    public record Sort(String column, boolean descending) {
    }

    public boolean wants(String column) {
        return columns.contains(column);
    }

    /** The value of a top-level {@code column = value}, or null. */
    public Object equalTo(String column) {
        if (filter == null) {
            return null;
        }
        List<Condition.Compare> eq = filter.on(column, Op.EQ);
        return eq.isEmpty() ? null : eq.getFirst().value();
    }

    /** The filter's top-level comparisons on column with one of ops. */
    public List<Condition.Compare> on(String column, Op... ops) {
        return filter == null ? List.of() : filter.on(column, ops);
    }

    /**
     * The values column may take by the filter's top-level {@code =} and {@code IN}
     * comparisons (their intersection), or null when none constrains it.
     */
    public java.util.Set<String> allowedValues(String column) {
        java.util.Set<String> out = null;
        for (Condition.Compare c : on(column, Op.EQ, Op.IN)) {
            java.util.Set<String> these = new java.util.LinkedHashSet<>();
            c.values().forEach(v -> these.add(String.valueOf(v)));
            if (out == null) {
                out = these;
            } else {
                out.retainAll(these);
            }
        }
        return out;
    }
}

package io.quire.sql;

import java.util.Arrays;
import java.util.List;

/**
 * What a table scan asks of the site: a filter to narrow by, an order, a row limit and the
 * columns wanted. Carried into generated code as JSON text, so it must stay plain data.
 *
 * @param filter pushed comparisons, or null
 * @param exact  the filter is the whole WHERE clause and the site evaluates it exactly
 *               (so a LIMIT may be pushed through it)
 * @param sort   the order the site must return rows in (only with a fetch)
 * @param fetch  maximum rows the scan must return, or -1
 * @param fields indexes of the table columns the scan returns, in order
 */
public record ScanSpec(PushedFilter filter, boolean exact, List<SortKey> sort, long fetch, int[] fields) {
    /** One sort key: table column index, descending or not. */
    public record SortKey(int column, boolean descending) {
    }

    public ScanSpec {
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static ScanSpec all(int columnCount) {
        int[] fields = new int[columnCount];
        for (int i = 0; i < columnCount; i++) {
            fields[i] = i;
        }
        return new ScanSpec(null, false, List.of(), -1, fields);
    }

    public boolean hasFilter() {
        return filter != null;
    }

    public ScanSpec withFilter(PushedFilter f, boolean isExact) {
        return new ScanSpec(f, isExact, sort, fetch, fields);
    }

    public ScanSpec withFetch(long n) {
        return new ScanSpec(filter, exact, sort, n, fields);
    }

    public ScanSpec withSort(List<SortKey> keys, long n) {
        return new ScanSpec(filter, exact, keys, n, fields);
    }

    public ScanSpec withFields(int[] f) {
        return new ScanSpec(filter, exact, sort, fetch, f);
    }

    public String toJson() {
        return ScanSpecJson.write(this);
    }

    public static ScanSpec fromJson(String json) {
        return ScanSpecJson.read(json);
    }

    @Override
    public String toString() {
        return "ScanSpec[filter=" + filter + ", exact=" + exact + ", sort=" + sort + ", fetch=" + fetch
                + ", fields=" + Arrays.toString(fields) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScanSpec s && java.util.Objects.equals(s.filter, filter) && s.exact == exact
                && s.sort.equals(sort) && s.fetch == fetch && Arrays.equals(s.fields, fields);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(filter, exact, sort, fetch) * 31 + Arrays.hashCode(fields);
    }
}

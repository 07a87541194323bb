package io.quire.sql;

import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A scan as a source table receives it, with parameters already bound.
 *
 * @param equalities column name -> value the rows must equal (pushed to the site)
 * @param limit      at most this many rows are needed, or -1
 * @param columns    names of the columns the query uses (lets a source skip bodies and the like)
 * @param cancelled  true once the statement has been cancelled
 */
public record ScanRequest(Map<String, Object> equalities, long limit, Set<String> columns,
                          BooleanSupplier cancelled) {

    public boolean wants(String column) {
        return columns.contains(column);
    }
}

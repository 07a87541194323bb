package io.quire.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A pushed filter as a source receives it: column names and bound values (String, Long,
 * Integer, BigDecimal, Boolean; TIMESTAMPs as wall-clock millis in the connection's time
 * zone). Rows outside it may be returned (the engine re-checks); rows inside it must be.
 */
public sealed interface Condition {

    record And(List<Condition> args) implements Condition {
    }

    record Or(List<Condition> args) implements Condition {
    }

    record Compare(String column, Op op, List<Object> values) implements Condition {
        public Object value() {
            return values.getFirst();
        }
    }

    /** The top-level conjuncts (the condition itself when it is not an AND). */
    default List<Condition> conjuncts() {
        return this instanceof And a ? a.args() : List.of(this);
    }

    /** Top-level comparisons on column (case-insensitive name) with one of ops. */
    default List<Compare> on(String column, Op... ops) {
        List<Compare> out = new ArrayList<>();
        for (Condition c : conjuncts()) {
            if (c instanceof Compare k && k.column().equalsIgnoreCase(column)) {
                for (Op o : ops) {
                    if (k.op() == o) {
                        out.add(k);
                    }
                }
            }
        }
        return out;
    }
}

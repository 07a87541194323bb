package io.quire.sql;

import java.util.List;

/**
 * A filter pushed into a scan, as plain data (it travels in {@link ScanSpec}'s JSON):
 * AND/OR nodes over comparisons of a table column with operands, each a literal written as
 * {@code 'text}, {@code #millis} (a TIMESTAMP) or a parameter {@code ?N}.
 *
 * @param op       "AND", "OR", or an {@link Op} name
 * @param column   table column index of a comparison, -1 for AND/OR
 * @param operands the comparison's operands (one, or several for IN / NOT IN)
 * @param args     the children of AND/OR
 */
public record PushedFilter(String op, int column, List<String> operands, List<PushedFilter> args) {

    static PushedFilter and(List<PushedFilter> args) {
        return args.size() == 1 ? args.getFirst() : new PushedFilter("AND", -1, List.of(), List.copyOf(args));
    }

    static PushedFilter or(List<PushedFilter> args) {
        return new PushedFilter("OR", -1, List.of(), List.copyOf(args));
    }

    static PushedFilter compare(Op op, int column, List<String> operands) {
        return new PushedFilter(op.name(), column, List.copyOf(operands), List.of());
    }
}

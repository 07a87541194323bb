package io.quire.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * Splits a filter condition into what the site can evaluate (equalities between a pushable
 * column and a literal or parameter) and what the engine must still check. Anything not
 * understood stays with the engine, so pushing down never changes a result.
 */
final class PredicateAnalyzer {

    /** The outcome: pushed equalities (column index -> operand) and the conjuncts left over. */
    record Split(Map<Integer, String> pushed, List<RexNode> remaining) {
    }

    private PredicateAnalyzer() {
    }

    /**
     * @param fields maps the filter's input positions to table column indexes
     */
    static Split split(RexNode condition, int[] fields, List<ColumnDef> columns, Set<String> pushable) {
        Map<Integer, String> pushed = new LinkedHashMap<>();
        List<RexNode> remaining = new ArrayList<>();
        for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
            if (!tryPush(conjunct, fields, columns, pushable, pushed)) {
                remaining.add(conjunct);
            }
        }
        return new Split(pushed, remaining);
    }

    private static boolean tryPush(RexNode node, int[] fields, List<ColumnDef> columns, Set<String> pushable,
                                   Map<Integer, String> pushed) {
        if (node.getKind() != SqlKind.EQUALS) {
            return false;
        }
        List<RexNode> ops = ((RexCall) node).getOperands();
        RexNode left = ops.get(0);
        RexNode right = ops.get(1);
        if (!(left instanceof RexInputRef)) {
            RexNode t = left;
            left = right;
            right = t;
        }
        if (!(left instanceof RexInputRef ref)) {
            return false;
        }
        int column = fields[ref.getIndex()];
        ColumnDef def = columns.get(column);
        if (!pushable.contains(def.name()) || pushed.containsKey(column)) {
            return false;
        }
        String operand = operand(right, ref.getType().getSqlTypeName().getFamily());
        if (operand == null) {
            return false;
        }
        pushed.put(column, operand);
        return true;
    }

    /** A literal of the column's type family as {@code 'text}, or a parameter as {@code ?N}. */
    private static String operand(RexNode node, SqlTypeFamily columnFamily) {
        RexNode n = node;
        if (n.getKind() == SqlKind.CAST && n.getType().getSqlTypeName().getFamily() == columnFamily) {
            n = ((RexCall) n).getOperands().get(0);
        }
        if (n instanceof RexDynamicParam p) {
            return "?" + p.getIndex();
        }
        if (n instanceof RexLiteral lit && !lit.isNull()) {
            SqlTypeFamily family = lit.getType().getSqlTypeName().getFamily();
            if (family != columnFamily) {
                return null;
            }
            if (family == SqlTypeFamily.CHARACTER) {
                return "'" + lit.getValueAs(String.class);
            }
            if (family == SqlTypeFamily.NUMERIC) {
                return "'" + lit.getValueAs(java.math.BigDecimal.class).toPlainString();
            }
        }
        return null;
    }
}

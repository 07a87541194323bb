package io.quire.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.util.DateString;

/**
 * Turns a filter condition into what the site can narrow a scan by ({@link PushedFilter}),
 * following the table's {@link Pushdown}, and says what it could not translate: those
 * conjuncts are only evaluated by the engine. The engine keeps the whole condition in any
 * case, so pushing down never changes a result; it only makes the site send fewer rows.
 */
final class PredicateAnalyzer {

    /**
     * @param pushed    the translated part, or null when nothing could be pushed
     * @param exact     every conjunct was pushed and the site evaluates each exactly
     * @param remaining the conjuncts that were not pushed (for the log)
     * @param correlated the other side's columns ({@code $cor.field}) the pushed filter refers to
     *                  as {@code $N}, in N order: a join hands their values to the scan
     */
    record Result(PushedFilter pushed, boolean exact, List<RexNode> remaining, List<RexFieldAccess> correlated) {
    }

    private final int[] fields;
    private final List<ColumnDef> columns;
    private final Pushdown caps;
    private boolean exact = true;
    private final List<RexFieldAccess> correlated = new ArrayList<>();

    private PredicateAnalyzer(int[] fields, List<ColumnDef> columns, Pushdown caps) {
        this.fields = fields;
        this.columns = columns;
        this.caps = caps;
    }

    /** @param fields maps the filter's input positions to table column indexes */
    static Result analyze(RexBuilder rex, RexNode condition, int[] fields, List<ColumnDef> columns, Pushdown caps) {
        PredicateAnalyzer a = new PredicateAnalyzer(fields, columns, caps);
        RexNode expanded = RexUtil.expandSearch(rex, null, condition);
        List<PushedFilter> pushed = new ArrayList<>();
        List<RexNode> remaining = new ArrayList<>();
        for (RexNode conjunct : RelOptUtil.conjunctions(expanded)) {
            PushedFilter f = a.translate(conjunct);
            if (f == null) {
                remaining.add(conjunct);
                a.exact = false;
            } else {
                pushed.add(f);
            }
        }
        return new Result(pushed.isEmpty() ? null : PushedFilter.and(pushed), a.exact && !pushed.isEmpty(), remaining,
                List.copyOf(a.correlated));
    }

    private PushedFilter translate(RexNode node) {
        return switch (node.getKind()) {
            case OR -> or(((RexCall) node).getOperands());
            case AND -> and(((RexCall) node).getOperands());
            case EQUALS -> compare(node, Op.EQ);
            case NOT_EQUALS -> compare(node, Op.NE);
            case LESS_THAN -> compare(node, Op.LT);
            case LESS_THAN_OR_EQUAL -> compare(node, Op.LE);
            case GREATER_THAN -> compare(node, Op.GT);
            case GREATER_THAN_OR_EQUAL -> compare(node, Op.GE);
            case LIKE -> like(node, Op.LIKE);
            case NOT -> {
                RexNode inner = ((RexCall) node).getOperands().getFirst();
                yield inner.getKind() == SqlKind.LIKE ? like(inner, Op.NOT_LIKE) : null;
            }
            default -> null;
        };
    }

    /** An AND inside an OR: its translatable part is a superset of it. */
    private PushedFilter and(List<RexNode> operands) {
        List<PushedFilter> parts = new ArrayList<>();
        for (RexNode o : operands) {
            PushedFilter f = translate(o);
            if (f == null) {
                exact = false;
            } else {
                parts.add(f);
            }
        }
        List<PushedFilter> merged = mergeSameColumn(parts, Op.NE, Op.NOT_IN);
        return merged.isEmpty() ? null : PushedFilter.and(merged);
    }

    private PushedFilter or(List<RexNode> operands) {
        List<PushedFilter> parts = new ArrayList<>();
        boolean before = exact;
        for (RexNode o : operands) {
            PushedFilter f = translate(o);
            if (f == null) {
                exact = before;
                return null;   // one untranslatable branch makes the whole OR unusable
            }
            parts.add(f);
        }
        List<PushedFilter> merged = mergeSameColumn(parts, Op.EQ, Op.IN);
        if (merged.size() == 1) {
            return merged.getFirst();
        }
        if (!caps.canOr()) {
            exact = before;
            return null;
        }
        return PushedFilter.or(merged);
    }

    /** x = a OR x = b becomes x IN (a, b); x <> a AND x <> b becomes x NOT IN (a, b). */
    private List<PushedFilter> mergeSameColumn(List<PushedFilter> parts, Op single, Op list) {
        List<PushedFilter> out = new ArrayList<>();
        for (PushedFilter p : parts) {
            PushedFilter prev = out.stream().filter(o -> o.column() >= 0 && o.column() == p.column()
                    && (o.op().equals(single.name()) || o.op().equals(list.name()))
                    && p.op().equals(single.name())).findFirst().orElse(null);
            String name = columns.get(Math.max(p.column(), 0)).name();
            if (prev != null && caps.can(name, list)) {
                List<String> ops = new ArrayList<>(prev.operands());
                ops.addAll(p.operands());
                out.set(out.indexOf(prev), PushedFilter.compare(list, p.column(), ops));
                if (!caps.isExact(name, list)) {
                    exact = false;
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private PushedFilter compare(RexNode node, Op op) {
        List<RexNode> ops = ((RexCall) node).getOperands();
        RexNode left = ops.get(0);
        RexNode right = ops.get(1);
        Op o = op;
        if (!(strip(left) instanceof RexInputRef)) {
            RexNode t = left;
            left = right;
            right = t;
            o = op.flipped();
        }
        return leaf(strip(left), right, o);
    }

    private PushedFilter like(RexNode node, Op op) {
        List<RexNode> ops = ((RexCall) node).getOperands();
        if (ops.size() != 2) {
            return null;   // LIKE ... ESCAPE stays with the engine
        }
        return leaf(strip(ops.get(0)), ops.get(1), op);
    }

    private PushedFilter leaf(RexNode left, RexNode right, Op op) {
        if (!(left instanceof RexInputRef ref)) {
            return null;
        }
        int column = fields[ref.getIndex()];
        String name = columns.get(column).name();
        if (!caps.can(name, op)) {
            return null;
        }
        String operand = operand(right, ref.getType().getSqlTypeName().getFamily());
        if (operand == null) {
            return null;
        }
        if (!caps.isExact(name, op)) {
            exact = false;
        }
        return PushedFilter.compare(op, column, List.of(operand));
    }

    /** A column under a CAST that does not change its family (VARCHAR(255) to VARCHAR). */
    private static RexNode strip(RexNode n) {
        if (n.getKind() == SqlKind.CAST) {
            RexNode inner = ((RexCall) n).getOperands().getFirst();
            if (inner instanceof RexInputRef
                    && inner.getType().getSqlTypeName().getFamily() == n.getType().getSqlTypeName().getFamily()) {
                return inner;
            }
        }
        return n;
    }

    /**
     * A literal as {@code 'text} or {@code #millis}, a parameter as {@code ?N}, or a column of the
     * other side of a join that hands its keys to this scan as {@code $N}.
     */
    private String operand(RexNode node, SqlTypeFamily columnFamily) {
        RexNode n = node;
        if (n.getKind() == SqlKind.CAST) {
            n = ((RexCall) n).getOperands().getFirst();
        }
        if (n instanceof RexDynamicParam p) {
            return "?" + p.getIndex();
        }
        if (n instanceof RexFieldAccess fa && fa.getReferenceExpr() instanceof RexCorrelVariable) {
            if (fa.getType().getSqlTypeName().getFamily() != columnFamily) {
                return null;
            }
            int i = correlated.indexOf(fa);
            if (i < 0) {
                i = correlated.size();
                correlated.add(fa);
            }
            return "$" + i;
        }
        if (!(n instanceof RexLiteral lit) || lit.isNull()) {
            return null;
        }
        SqlTypeFamily family = lit.getType().getSqlTypeName().getFamily();
        if (columnFamily == SqlTypeFamily.TIMESTAMP) {
            if (family == SqlTypeFamily.TIMESTAMP) {
                return "#" + lit.getValueAs(Long.class);
            }
            if (family == SqlTypeFamily.DATE) {
                return "#" + lit.getValueAs(DateString.class).getMillisSinceEpoch();
            }
            return null;
        }
        if (family != columnFamily) {
            return null;
        }
        if (family == SqlTypeFamily.CHARACTER) {
            return "'" + lit.getValueAs(String.class);
        }
        if (family == SqlTypeFamily.NUMERIC) {
            return "'" + lit.getValueAs(BigDecimal.class).toPlainString();
        }
        return null;
    }
}

package io.quire.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexFieldAccess;

/**
 * Scan of a {@link QuireTable} carrying what was pushed into it ({@link ScanSpec}). It is
 * directly executable (Enumerable convention): the generated code calls
 * {@link QuireTable#scan} with the spec.
 */
public final class QuireTableScan extends TableScan implements EnumerableRel {
    final QuireTable quireTable;
    final ScanSpec spec;
    /** Columns of a join's other side the pushed filter refers to as {@code $N} (see PredicateAnalyzer). */
    final List<RexFieldAccess> correlated;

    QuireTableScan(RelOptCluster cluster, RelOptTable table, QuireTable quireTable, ScanSpec spec) {
        this(cluster, table, quireTable, spec, List.of());
    }

    private QuireTableScan(RelOptCluster cluster, RelOptTable table, QuireTable quireTable, ScanSpec spec,
                           List<RexFieldAccess> correlated) {
        super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
        this.quireTable = quireTable;
        this.spec = spec;
        this.correlated = correlated;
    }

    QuireTableScan with(ScanSpec newSpec) {
        return new QuireTableScan(getCluster(), getTable(), quireTable, newSpec, correlated);
    }

    QuireTableScan with(ScanSpec newSpec, List<RexFieldAccess> newCorrelated) {
        return new QuireTableScan(getCluster(), getTable(), quireTable, newSpec, newCorrelated);
    }

    /**
     * The table needs a key in WHERE ({@link QuireTable#requiredKey}) and this scan has none: it
     * would fail when run, so the planner treats it as the last resort (a join that hands it the
     * keys is preferred; alone, it runs and says which filter is missing).
     */
    boolean lacksRequiredKey() {
        String key = quireTable.requiredKey();
        return key != null && (spec.filter() == null || !constrains(spec.filter(), key));
    }

    private boolean constrains(PushedFilter f, String key) {
        if (f.op().equals("AND")) {
            return f.args().stream().anyMatch(a -> constrains(a, key));
        }
        if (f.op().equals("OR")) {
            return !f.args().isEmpty() && f.args().stream().allMatch(a -> constrains(a, key));
        }
        return (f.op().equals(Op.EQ.name()) || f.op().equals(Op.IN.name()))
                && quireTable.columns().get(f.column()).name().equalsIgnoreCase(key);
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return this;
    }

    @Override
    public RelDataType deriveRowType() {
        List<RelDataTypeField> all = table.getRowType().getFieldList();
        var b = getCluster().getTypeFactory().builder();
        for (int f : spec.fields()) {
            b.add(all.get(f));
        }
        return b.build();
    }

    @Override
    public void register(RelOptPlanner planner) {
        QuireRules.register(planner);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw)
                .itemIf("filter", spec.filter(), spec.hasFilter())
                .itemIf("exact", spec.exact(), spec.hasFilter())
                .itemIf("sort", spec.sort(), !spec.sort().isEmpty())
                .itemIf("fetch", spec.fetch(), spec.fetch() >= 0)
                .itemIf("correlated", correlated, !correlated.isEmpty())
                .item("fields", java.util.Arrays.toString(spec.fields()));
    }

    @Override
    public double estimateRowCount(RelMetadataQuery mq) {
        double rows = quireTable.estimatedRows();
        if (spec.filter() != null) {
            rows *= spec.filter().op().equals("AND") ? Math.pow(0.05, spec.filter().args().size()) : 0.05;
        }
        if (spec.fetch() >= 0) {
            rows = Math.min(rows, spec.fetch());
        }
        return Math.max(rows, 1);
    }

    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        // Fewer rows and narrower rows cost less: this is what makes the planner prefer scans
        // with pushed filters, limits and projections.
        if (lacksRequiredKey()) {
            return planner.getCostFactory().makeHugeCost();
        }
        double rows = estimateRowCount(mq);
        double width = (double) spec.fields().length / quireTable.columns().size();
        return planner.getCostFactory().makeCost(rows * (0.5 + width), rows, rows);
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.preferArray());
        BlockBuilder block = new BlockBuilder();
        List<Expression> args = new ArrayList<>(List.of(implementor.getRootExpression(), Expressions.constant(spec.toJson())));
        if (!correlated.isEmpty()) {
            // inside a join that hands keys over: the current values of the other side's columns
            List<Expression> values = new ArrayList<>();
            for (RexFieldAccess fa : correlated) {
                String name = ((RexCorrelVariable) fa.getReferenceExpr()).getName();
                Expression v = implementor.getCorrelVariableGetter(name).field(block, fa.getField().getIndex(), null);
                values.add(Expressions.convert_(v, Object.class));
            }
            args.add(Expressions.newArrayInit(Object.class, values));
        }
        block.add(Expressions.call(table.getExpression(QuireTable.class), "scan", args));
        return implementor.result(physType, block.toBlock());
    }
}

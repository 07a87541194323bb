package io.quire.sql;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
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

/**
 * Scan of a {@link QuireTable} carrying what was pushed into it ({@link ScanSpec}). It is
 * directly executable (Enumerable convention): the generated code calls
 * {@link QuireTable#scan} with the spec.
 */
public final class QuireTableScan extends TableScan implements EnumerableRel {
    final QuireTable quireTable;
    final ScanSpec spec;

    QuireTableScan(RelOptCluster cluster, RelOptTable table, QuireTable quireTable, ScanSpec spec) {
        super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
        this.quireTable = quireTable;
        this.spec = spec;
    }

    QuireTableScan with(ScanSpec newSpec) {
        return new QuireTableScan(getCluster(), getTable(), quireTable, newSpec);
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
        double rows = estimateRowCount(mq);
        double width = (double) spec.fields().length / quireTable.columns().size();
        return planner.getCostFactory().makeCost(rows * (0.5 + width), rows, rows);
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.preferArray());
        Expression tableExpr = table.getExpression(QuireTable.class);
        return implementor.result(physType, Blocks.toBlock(
                Expressions.call(tableExpr, "scan", implementor.getRootExpression(),
                        Expressions.constant(spec.toJson()))));
    }
}

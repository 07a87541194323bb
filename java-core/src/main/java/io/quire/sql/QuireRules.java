package io.quire.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Planner rules that move work from the engine into {@link QuireTableScan}: the filters the
 * site understands, the columns the query uses, and ORDER BY ... LIMIT when the site can sort
 * and filter exactly. The engine keeps every filter and sort, so results never depend on how
 * well the site did.
 */
final class QuireRules {
    private QuireRules() {
    }

    static void register(RelOptPlanner planner) {
        planner.addRule(FilterIntoScan.INSTANCE);
        planner.addRule(ProjectIntoScan.INSTANCE);
        planner.addRule(LimitIntoScan.INSTANCE);
        planner.addRule(LimitIntoScan.THROUGH_FILTER);
    }

    /**
     * Filter(scan) -> Filter(scan(pushed filter)): the site narrows the scan by what it can
     * evaluate; the Filter stays and re-checks every row.
     */
    static final class FilterIntoScan extends RelOptRule {
        static final FilterIntoScan INSTANCE = new FilterIntoScan();

        private FilterIntoScan() {
            super(operand(LogicalFilter.class, operand(QuireTableScan.class, none())), "QuireFilterIntoScan");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalFilter filter = call.rel(0);
            QuireTableScan scan = call.rel(1);
            if (scan.spec.fetch() >= 0 || scan.spec.hasFilter()) {
                return; // a filter above a limit cannot move below it; one filter per scan
            }
            PredicateAnalyzer.Result r = PredicateAnalyzer.analyze(filter.getCluster().getRexBuilder(),
                    filter.getCondition(), scan.spec.fields(), scan.quireTable.columns(), scan.quireTable.pushdown());
            if (r.pushed() == null) {
                return;
            }
            QuireTableScan narrowed = scan.with(scan.spec.withFilter(r.pushed(), r.exact()));
            call.transformTo(filter.copy(filter.getTraitSet(), narrowed, filter.getCondition()));
        }
    }

    /** Project(scan) -> Project(scan of only the used columns). */
    static final class ProjectIntoScan extends RelOptRule {
        static final ProjectIntoScan INSTANCE = new ProjectIntoScan();

        private ProjectIntoScan() {
            super(operand(LogicalProject.class, operand(QuireTableScan.class, none())), "QuireProjectIntoScan");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalProject project = call.rel(0);
            QuireTableScan scan = call.rel(1);
            ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
            if (used.isEmpty()) {
                used = ImmutableBitSet.of(0); // COUNT(*) and constants still need rows
            }
            int[] oldFields = scan.spec.fields();
            if (used.cardinality() == oldFields.length) {
                return;
            }
            int[] newFields = new int[used.cardinality()];
            int[] oldToNew = new int[oldFields.length];
            int n = 0;
            for (int i : used) {
                oldToNew[i] = n;
                newFields[n++] = oldFields[i];
            }
            QuireTableScan newScan = scan.with(scan.spec.withFields(newFields));
            RexShuttle remap = new RexShuttle() {
                @Override
                public RexNode visitInputRef(RexInputRef ref) {
                    return new RexInputRef(oldToNew[ref.getIndex()], ref.getType());
                }
            };
            List<RexNode> projects = new ArrayList<>();
            for (RexNode p : project.getProjects()) {
                projects.add(p.accept(remap));
            }
            call.transformTo(call.builder().push(newScan)
                    .project(projects, project.getRowType().getFieldNames(), true).build());
        }
    }

    /**
     * Sort(fetch)(scan) or Sort(fetch)(Filter(scan)) -> the same with scan(sort, fetch): the site
     * returns rows in the wanted order and stops after that many. Only when the site sorts by
     * every key and evaluates the whole filter exactly; the Sort stays and re-sorts the few rows.
     */
    static final class LimitIntoScan extends RelOptRule {
        static final LimitIntoScan INSTANCE = new LimitIntoScan(false);
        static final LimitIntoScan THROUGH_FILTER = new LimitIntoScan(true);
        private final boolean throughFilter;

        private LimitIntoScan(boolean throughFilter) {
            super(throughFilter
                    ? operand(LogicalSort.class, operand(LogicalFilter.class, operand(QuireTableScan.class, none())))
                    : operand(LogicalSort.class, operand(QuireTableScan.class, none())),
                    throughFilter ? "QuireLimitThroughFilterIntoScan" : "QuireLimitIntoScan");
            this.throughFilter = throughFilter;
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalSort sort = call.rel(0);
            LogicalFilter filter = throughFilter ? call.rel(1) : null;
            QuireTableScan scan = call.rel(throughFilter ? 2 : 1);
            if (sort.fetch == null || scan.spec.fetch() >= 0 || !(sort.fetch instanceof RexLiteral fetchLit)) {
                return;
            }
            if (throughFilter && !(scan.spec.exact() && scan.spec.hasFilter())) {
                return;
            }
            long rows = fetchLit.getValueAs(Long.class);
            if (sort.offset != null) {
                if (!(sort.offset instanceof RexLiteral offLit)) {
                    return;
                }
                rows += offLit.getValueAs(Long.class);
            }
            List<ScanSpec.SortKey> keys = new ArrayList<>();
            for (RelFieldCollation fc : sort.getCollation().getFieldCollations()) {
                int column = scan.spec.fields()[fc.getFieldIndex()];
                if (!scan.quireTable.pushdown().canSort(scan.quireTable.columns().get(column).name())) {
                    return;
                }
                keys.add(new ScanSpec.SortKey(column, fc.direction.isDescending()));
            }
            QuireTableScan limited = scan.with(scan.spec.withSort(keys, rows));
            RelNode input = filter == null ? limited : filter.copy(filter.getTraitSet(), limited, filter.getCondition());
            call.transformTo(sort.copy(sort.getTraitSet(), List.of(input)));
        }
    }
}

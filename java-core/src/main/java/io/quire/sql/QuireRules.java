package io.quire.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.adapter.enumerable.EnumerableBatchNestedLoopJoinRule;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.rules.JoinCommuteRule;
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
        planner.addRule(KeysFromLeft.RULE);
        planner.addRule(KeysFromLeft.COMMUTE);
        planner.addRule(FilterIntoScan.THROUGH_PROJECT);
    }

    /**
     * Joins whose other side needs keys in WHERE ({@link QuireTable#requiredKey}: Labels,
     * Contributors): {@code Pages p JOIN Labels l ON l.ContentId = p.Id} runs as a batched nested
     * loop: rows of the left side are taken 100 at a time and the right scan is asked for
     * {@code ContentId IN (their ids)} (Calcite's EnumerableBatchNestedLoopJoin; the ids reach
     * the scan as correlation variables, see PredicateAnalyzer and QuireTableScan). When the
     * keyed table is on the left, the join is commuted first. Only such joins are touched; every
     * other join keeps Calcite's usual choices.
     */
    static final class KeysFromLeft {
        static final int BATCH = 100;
        static final RelOptRule RULE = EnumerableBatchNestedLoopJoinRule.Config.DEFAULT
                .withBatchSize(BATCH)
                .withDescription("QuireKeysFromLeft")
                .withOperandSupplier(b -> b.operand(LogicalJoin.class)
                        .predicate(j -> needsKeys(j.getRight())).anyInputs())
                .as(EnumerableBatchNestedLoopJoinRule.Config.class)
                .toRule();
        static final RelOptRule COMMUTE = JoinCommuteRule.Config.DEFAULT
                .withDescription("QuireKeyedTableToTheRight")
                .withOperandSupplier(b -> b.operand(LogicalJoin.class)
                        .predicate(j -> j.getJoinType() == JoinRelType.INNER && needsKeys(j.getLeft())
                                && !needsKeys(j.getRight())).anyInputs())
                .as(JoinCommuteRule.Config.class)
                .toRule();

        private KeysFromLeft() {
        }

        /** The input is (a filter or projection of) a scan of a table that needs keys. */
        static boolean needsKeys(RelNode input) {
            return keyedScan(input, 4);
        }

        private static boolean keyedScan(RelNode n, int depth) {
            if (depth < 0) {
                return false;
            }
            if (n instanceof RelSubset subset) {
                for (RelNode r : subset.getRelList()) {
                    if (keyedScan(r, depth - 1)) {
                        return true;
                    }
                }
                return false;
            }
            if (n instanceof QuireTableScan scan) {
                return scan.quireTable.requiredKey() != null;
            }
            if (n instanceof LogicalFilter || n instanceof LogicalProject) {
                return keyedScan(n.getInput(0), depth - 1);
            }
            return false;
        }
    }

    /**
     * Filter(scan) -> Filter(scan(pushed filter)): the site narrows the scan by what it can
     * evaluate; the Filter stays and re-checks every row.
     */
    static final class FilterIntoScan extends RelOptRule {
        static final FilterIntoScan INSTANCE = new FilterIntoScan(false);
        /**
         * Filter(Project(scan)) where the projection only picks columns: the filter a batched
         * join puts over its keyed side ({@link KeysFromLeft}) meets the columns the query kept,
         * and Calcite's own transpose rule leaves filters with correlation variables alone.
         */
        static final FilterIntoScan THROUGH_PROJECT = new FilterIntoScan(true);
        private final boolean throughProject;

        private FilterIntoScan(boolean throughProject) {
            super(throughProject
                    ? operand(LogicalFilter.class, operand(LogicalProject.class, operand(QuireTableScan.class, none())))
                    : operand(LogicalFilter.class, operand(QuireTableScan.class, none())),
                    throughProject ? "QuireFilterThroughProjectIntoScan" : "QuireFilterIntoScan");
            this.throughProject = throughProject;
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalFilter filter = call.rel(0);
            LogicalProject project = throughProject ? call.rel(1) : null;
            QuireTableScan scan = call.rel(throughProject ? 2 : 1);
            if (scan.spec.fetch() >= 0 || scan.spec.hasFilter()) {
                return; // a filter above a limit cannot move below it; one filter per scan
            }
            RexNode condition = filter.getCondition();
            if (project != null) {
                if (!project.getProjects().stream().allMatch(e -> e instanceof RexInputRef)) {
                    return;
                }
                condition = RelOptUtil.pushPastProject(condition, project);
            }
            PredicateAnalyzer.Result r = PredicateAnalyzer.analyze(filter.getCluster().getRexBuilder(),
                    condition, scan.spec.fields(), scan.quireTable.columns(), scan.quireTable.pushdown());
            if (r.pushed() == null) {
                return;
            }
            QuireTableScan narrowed = scan.with(scan.spec.withFilter(r.pushed(), r.exact()), r.correlated());
            RelNode input = project == null ? narrowed : project.copy(project.getTraitSet(), List.of(narrowed));
            call.transformTo(filter.copy(filter.getTraitSet(), input, filter.getCondition()));
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

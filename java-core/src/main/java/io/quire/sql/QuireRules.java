package io.quire.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Planner rules that move work from the engine into {@link QuireTableScan}: equality filters
 * the site understands, the columns the query uses, and LIMIT when nothing stands between it
 * and the scan. Each rule keeps whatever the site cannot do in the engine.
 */
final class QuireRules {
    private QuireRules() {
    }

    static void register(RelOptPlanner planner) {
        planner.addRule(FilterIntoScan.INSTANCE);
        planner.addRule(ProjectIntoScan.INSTANCE);
        planner.addRule(LimitIntoScan.INSTANCE);
    }

    /** Filter(scan) -> scan(pushed equalities) + Filter(rest). */
    static final class FilterIntoScan extends RelOptRule {
        static final FilterIntoScan INSTANCE = new FilterIntoScan();

        private FilterIntoScan() {
            super(operand(LogicalFilter.class, operand(QuireTableScan.class, none())), "QuireFilterIntoScan");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalFilter filter = call.rel(0);
            QuireTableScan scan = call.rel(1);
            if (scan.spec.fetch() >= 0) {
                return; // a filter above a limit cannot move below it
            }
            PredicateAnalyzer.Split split = PredicateAnalyzer.split(filter.getCondition(), scan.spec.fields(),
                    scan.quireTable.columns(), scan.quireTable.pushableEqualities());
            if (split.pushed().isEmpty()) {
                return;
            }
            Map<Integer, String> merged = new LinkedHashMap<>(scan.spec.equalities());
            split.pushed().forEach(merged::putIfAbsent);
            RelBuilder b = call.builder().push(scan.with(scan.spec.withEqualities(merged)));
            if (!split.remaining().isEmpty()) {
                b.filter(split.remaining());
            }
            call.transformTo(b.build());
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

    /** Sort(fetch, no ordering)(scan) -> Sort(scan(fetch)): the site stops after that many rows. */
    static final class LimitIntoScan extends RelOptRule {
        static final LimitIntoScan INSTANCE = new LimitIntoScan();

        private LimitIntoScan() {
            super(operand(LogicalSort.class, operand(QuireTableScan.class, none())), "QuireLimitIntoScan");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalSort sort = call.rel(0);
            QuireTableScan scan = call.rel(1);
            if (sort.fetch == null || !sort.getCollation().getFieldCollations().isEmpty() || scan.spec.fetch() >= 0
                    || !(sort.fetch instanceof RexLiteral fetchLit)) {
                return;
            }
            long rows = fetchLit.getValueAs(Long.class);
            if (sort.offset != null) {
                if (!(sort.offset instanceof RexLiteral offLit)) {
                    return;
                }
                rows += offLit.getValueAs(Long.class);
            }
            QuireTableScan limited = scan.with(scan.spec.withFetch(rows));
            call.transformTo(sort.copy(sort.getTraitSet(), List.of(limited)));
        }
    }
}

package io.quire.sql;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rex.RexBuilder;

/**
 * Calcite's statement preparation, with the engine's clusters asking metadata of the handlers
 * compiled with the driver ({@link MetadataHandlers}) instead of handlers Janino compiles in
 * every process.
 */
final class QuirePrepare extends CalcitePrepareImpl {
    @Override
    protected RelOptCluster createCluster(RelOptPlanner planner, RexBuilder rexBuilder) {
        RelOptCluster cluster = super.createCluster(planner, rexBuilder);
        cluster.setMetadataQuerySupplier(MetadataHandlers::query);
        return cluster;
    }
}

package io.quire.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.sql.metadata.GeneratedMetadataHandlers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The metadata handlers compiled with the driver serve every handler Calcite defines and give the
 * planner the answers Janino's handlers give: the same plans, row counts and costs.
 */
class MetadataHandlersTest {
    private static final ListTable T = new ListTable(List.of(ColumnDef.of("Id", SqlTypeName.BIGINT, null),
            ColumnDef.text("Name", 255, null), ColumnDef.of("Created", SqlTypeName.TIMESTAMP, null)),
            List.of("Id"), () -> List.<Object[]>of(new Object[] {1L, "a", null}, new Object[] {2L, "b", null}));
    private static final ListTable U = new ListTable(List.of(ColumnDef.of("TId", SqlTypeName.BIGINT, null),
            ColumnDef.text("Label", 255, null)), List.of("TId", "Label"),
            () -> List.<Object[]>of(new Object[] {1L, "x"}, new Object[] {1L, "y"}));

    @Test
    void everyCalciteHandlerHasItsCompiledClass() {
        assertTrue(GeneratedMetadataHandlers.CLASSES.size() >= 25, GeneratedMetadataHandlers.CLASSES.toString());
        assertTrue(GeneratedMetadataHandlers.CLASSES.containsKey(BuiltInMetadata.NonCumulativeCost.Handler.class));
        GeneratedMetadataHandlers.CLASSES.forEach((handler, generated) -> {
            @SuppressWarnings("unchecked")
            Class<? extends MetadataHandler<?>> h = (Class<? extends MetadataHandler<?>>) handler;
            assertInstanceOf(generated, MetadataHandlers.generated(h), handler.getName());
            assertInstanceOf(generated, MetadataHandlers.INSTANCE.revise(h), handler.getName());
        });
    }

    @Test
    void plansAndCostsAreJaninosPlansAndCosts() throws Exception {
        String[] queries = {
            "SELECT * FROM t WHERE Name <> 'x' ORDER BY Id",
            "SELECT t.Name, COUNT(*) FROM t JOIN u ON t.Id = u.TId WHERE u.Label LIKE 'x%' GROUP BY t.Name",
            "SELECT Id FROM t WHERE Id IN (SELECT TId FROM u) UNION ALL SELECT TId FROM u FETCH FIRST 3 ROWS ONLY",
            "SELECT DISTINCT Name FROM t WHERE Created IS NULL OR Id > 1"};
        try (Connection ours = QuireEngine.openNow("S", new AbstractSchema(), Map.of("t", T, "u", U));
             Connection janinos = plainCalcite()) {
            for (String q : queries) {
                String plan = explain(ours, q);
                assertTrue(plan.contains("cumulative cost"), plan);
                assertEquals(explain(janinos, q), plan, q);
            }
        }
    }

    /** Calcite as it comes: Janino's metadata handlers. */
    private static Connection plainCalcite() throws Exception {
        Connection c = new org.apache.calcite.jdbc.Driver().connect("jdbc:calcite:", QuireEngine.properties());
        CalciteConnection cc = c.unwrap(CalciteConnection.class);
        SchemaPlus s = cc.getRootSchema().add("S", new AbstractSchema());
        s.add("t", T);
        s.add("u", U);
        cc.setSchema("S");
        return c;
    }

    private static String explain(Connection c, String q) throws Exception {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN PLAN INCLUDING ALL ATTRIBUTES FOR " + q)) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(rs.getString(1));
            }
            assertFalse(b.isEmpty());
            return b.toString().replaceAll(", id = \\d+", "");   // node ids count every node either planner made
        }
    }
}

package io.quire.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/** A connection opened while the engine warms up waits for the warm-up, then works; the warm-up runs once. */
class EngineWarmupTest {
    @Test
    void openWaitsForTheWarmupThenQueries() throws Exception {
        Thread warmup = EngineWarmup.begin();
        ListTable t = new ListTable(List.of(ColumnDef.of("N", SqlTypeName.INTEGER, null)), List.of("N"),
                () -> List.<Object[]>of(new Object[] {1}, new Object[] {2}));
        try (Connection c = QuireEngine.open("S", new AbstractSchema(), Map.of("t", t));
             ResultSet rs = c.createStatement().executeQuery("SELECT SUM(N) FROM t")) {
            assertFalse(warmup.isAlive(), "open returned while the warm-up was still in Calcite");
            rs.next();
            assertEquals(3, rs.getInt(1));
        }
        assertSame(warmup, EngineWarmup.begin());
    }
}

package io.quire.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.Config;
import io.quire.fake.confluence.DataGenerator;
import io.quire.fake.confluence.FakeConfluenceServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The AOT cache's training run takes the path of a real first query: every training query gives
 * rows from the training site's canned answers (a query that failed or found nothing there
 * would train only half the path), and the same queries give rows from the fake site, so the
 * canned answers have not drifted from what the driver reads.
 */
class AotTrainingIT {
    @Test
    void everyTrainingQueryGivesRowsFromTheTrainingSite() throws Exception {
        try (TrainingSite site = TrainingSite.start()) {
            assertRows(AotTraining.run(site.url()));
        }
    }

    @Test
    void theSameQueriesGiveRowsFromTheFakeSite() throws Exception {
        Config cfg = Config.defaults();
        FakeConfluenceServer server = FakeConfluenceServer.start(cfg, DataGenerator.generate(cfg));
        try {
            // the fake knows the user demo, not the training's user: the connection string differs only there
            Map<String, Long> rows = AotTraining.run(server.url(), cfg.user(), cfg.password());
            assertRows(rows);
        } finally {
            server.close();
        }
    }

    private static void assertRows(Map<String, Long> rows) {
        assertEquals(List.of(AotTraining.QUERIES), List.copyOf(rows.keySet()));
        rows.forEach((sql, n) -> assertTrue(n > 0, n + " rows from " + sql));
    }
}

package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchWriterTest {
    private static final List<ColumnMeta> COLS = List.of(
            ColumnMeta.simple("T", OdbcType.WVARCHAR, true),
            ColumnMeta.simple("N", OdbcType.BIGINT, true),
            ColumnMeta.simple("D", OdbcType.DOUBLE, true));

    private static List<Object[]> rows(int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {i % 3 == 0 ? null : "row " + i + " 日本語🚀", i % 4 == 0 ? null : (long) i, i * 1.5});
        }
        return rows;
    }

    @Test
    void roundTripsValuesNullsAndUnicodeAcrossBatches() throws Exception {
        BatchWriter w = new BatchWriter(new ListCursor(COLS, rows(25)));
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 16);
        List<Object[]> got = new ArrayList<>();
        BatchReader r;
        do {
            int bytes = w.write(buf, 10, -1);
            assertTrue(bytes > 0);
            r = new BatchReader(buf);
            got.addAll(r.values);
        } while (!r.end);
        assertEquals(25, got.size());
        List<Object[]> want = rows(25);
        for (int i = 0; i < 25; i++) {
            assertEquals(want.get(i)[0], got.get(i)[0], "row " + i);
            assertEquals(want.get(i)[1], got.get(i)[1], "row " + i);
            assertEquals(want.get(i)[2], got.get(i)[2], "row " + i);
        }
    }

    @Test
    void aRowTooBigForTheBufferAsksForMoreAndIsNotLost() throws Exception {
        String big = "x".repeat(5000);
        List<Object[]> data = List.of(new Object[] {"small", 1L, 1.0}, new Object[] {big, 2L, 2.0});
        BatchWriter w = new BatchWriter(new ListCursor(COLS, data));
        ByteBuffer small = ByteBuffer.allocateDirect(1024);
        assertTrue(w.write(small, 10, -1) > 0);
        BatchReader first = new BatchReader(small);
        assertEquals(1, first.rows);
        assertFalse(first.end);
        int need = w.write(small, 10, -1);
        assertTrue(need < -5000, "needs " + need);
        ByteBuffer bigger = ByteBuffer.allocateDirect(-need);
        assertEquals(-need, w.write(bigger, 10, -1));
        BatchReader second = new BatchReader(bigger);
        assertEquals(big, second.values.get(0)[0]);
        assertTrue(second.end);
    }

    @Test
    void rowBudgetEndsTheResult() throws Exception {
        BatchWriter w = new BatchWriter(new ListCursor(COLS, rows(25)));
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 16);
        w.write(buf, 100, 7);
        BatchReader r = new BatchReader(buf);
        assertEquals(7, r.rows);
        assertTrue(r.end);
    }

    @Test
    void emptyResultIsOneEndBatch() throws Exception {
        BatchWriter w = new BatchWriter(new ListCursor(COLS, List.of()));
        ByteBuffer buf = ByteBuffer.allocateDirect(256);
        w.write(buf, 10, -1);
        BatchReader r = new BatchReader(buf);
        assertEquals(0, r.rows);
        assertTrue(r.end);
    }
}

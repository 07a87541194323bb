package io.quire.bridge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows from a {@link Cursor} into one columnar batch (docs/bridge.md): per column a
 * null bitmap and either 8-byte values or offsets plus UTF-8 bytes. Rows are staged first so
 * the batch is sized exactly; a row that does not fit waits for the next call.
 */
final class BatchWriter {
    static final int END = 1;

    private final Cursor cursor;
    private final int columnCount;
    private final boolean[] variable;
    private final int[] kinds;
    private Object[] pending;
    private boolean exhausted;

    BatchWriter(Cursor cursor) {
        this.cursor = cursor;
        List<ColumnMeta> cols = cursor.columns();
        this.columnCount = cols.size();
        this.variable = new boolean[columnCount];
        this.kinds = new int[columnCount];
        for (int c = 0; c < columnCount; c++) {
            OdbcType.Wire w = cols.get(c).type().wire;
            kinds[c] = w.code;
            variable[c] = w == OdbcType.Wire.UTF8 || w == OdbcType.Wire.BYTES;
        }
    }

    /**
     * Fills buf with up to maxRows rows; returns the bytes written, or -n when one row alone
     * needs n bytes and buf is smaller (the row is kept for the next call).
     * @param rowBudget rows still allowed by MaxRows, or a negative number for no bound
     */
    int write(ByteBuffer buf, int maxRows, long rowBudget) throws Exception {
        int cap = buf.capacity();
        long limit = rowBudget < 0 ? maxRows : Math.min(maxRows, rowBudget);
        List<Object[]> rows = new ArrayList<>();
        long[] varBytes = new long[columnCount];
        while (rows.size() < limit) {
            Object[] row = pending != null ? pending : read();
            pending = null;
            if (row == null) {
                break;
            }
            long need = size(rows.size() + 1, varBytes, row);
            if (need > cap) {
                pending = row;
                if (rows.isEmpty()) {
                    return (int) -Math.min(need, Integer.MAX_VALUE);
                }
                break;
            }
            for (int c = 0; c < columnCount; c++) {
                if (variable[c] && row[c] != null) {
                    varBytes[c] += ((byte[]) row[c]).length;
                }
            }
            rows.add(row);
        }
        boolean end = pending == null && (exhausted || (rowBudget >= 0 && rows.size() >= rowBudget));
        return encode(buf, rows, end);
    }

    private Object[] read() throws Exception {
        if (exhausted) {
            return null;
        }
        if (!cursor.next()) {
            exhausted = true;
            return null;
        }
        Object[] row = new Object[columnCount];
        for (int c = 0; c < columnCount; c++) {
            row[c] = cursor.wireValue(c);
        }
        return row;
    }

    /** Exact batch size for n rows whose variable columns hold varBytes plus extra's bytes. */
    private long size(int n, long[] varBytes, Object[] extra) {
        long total = 16;
        long bitmap = pad8((n + 7) / 8);
        for (int c = 0; c < columnCount; c++) {
            total += 8 + bitmap;
            if (variable[c]) {
                long bytes = varBytes[c] + (extra[c] == null ? 0 : ((byte[]) extra[c]).length);
                total += pad8(4L * (n + 1) + bytes);
            } else {
                total += 8L * n;
            }
        }
        return total;
    }

    private int encode(ByteBuffer buf, List<Object[]> rows, boolean end) {
        ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        b.clear();
        int n = rows.size();
        b.putInt(n).putInt(end ? END : 0).putInt(columnCount).putInt(0);
        int bitmapBytes = (int) pad8((n + 7) / 8);
        for (int c = 0; c < columnCount; c++) {
            b.putInt(kinds[c]).putInt(0);
            int bitmapStart = b.position();
            for (int i = 0; i < bitmapBytes; i++) {
                b.put((byte) 0);
            }
            for (int r = 0; r < n; r++) {
                if (rows.get(r)[c] == null) {
                    int at = bitmapStart + r / 8;
                    b.put(at, (byte) (b.get(at) | (1 << (r % 8))));
                }
            }
            if (variable[c]) {
                int offsetsStart = b.position();
                int dataStart = offsetsStart + 4 * (n + 1);
                int off = 0;
                b.putInt(0);
                b.position(dataStart);
                for (int r = 0; r < n; r++) {
                    byte[] v = (byte[]) rows.get(r)[c];
                    if (v != null) {
                        b.put(v);
                        off += v.length;
                    }
                    b.putInt(offsetsStart + 4 * (r + 1), off);
                }
                b.position(dataStart + off);
                align(b);
            } else if (kinds[c] == OdbcType.Wire.F64.code) {
                for (Object[] row : rows) {
                    b.putDouble(row[c] == null ? 0.0 : (Double) row[c]);
                }
            } else {
                for (Object[] row : rows) {
                    b.putLong(row[c] == null ? 0L : (Long) row[c]);
                }
            }
        }
        return b.position();
    }

    private static void align(ByteBuffer b) {
        while ((b.position() & 7) != 0) {
            b.put((byte) 0);
        }
    }

    private static long pad8(long n) {
        return (n + 7) & ~7L;
    }
}

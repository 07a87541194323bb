package io.quire.bridge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes a fetch batch the way the native shim does (docs/bridge.md), for tests. */
final class BatchReader {
    final int rows;
    final boolean end;
    final List<Object[]> values = new ArrayList<>();

    BatchReader(ByteBuffer buf) {
        ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        rows = b.getInt(0);
        end = (b.getInt(4) & 1) != 0;
        int cols = b.getInt(8);
        for (int r = 0; r < rows; r++) {
            values.add(new Object[cols]);
        }
        int pos = 16;
        for (int c = 0; c < cols; c++) {
            int kind = b.getInt(pos);
            pos += 8;
            int bitmap = pos;
            pos += ((rows + 7) / 8 + 7) & ~7;
            if (kind == 3 || kind == 4) {
                int data = pos + 4 * (rows + 1);
                for (int r = 0; r < rows; r++) {
                    int from = b.getInt(pos + 4 * r);
                    int to = b.getInt(pos + 4 * (r + 1));
                    if (!isNull(b, bitmap, r)) {
                        byte[] v = new byte[to - from];
                        b.get(data + from, v);
                        values.get(r)[c] = kind == 3 ? new String(v, StandardCharsets.UTF_8) : v;
                    }
                }
                pos = (data + b.getInt(pos + 4 * rows) + 7) & ~7;
            } else {
                for (int r = 0; r < rows; r++) {
                    if (!isNull(b, bitmap, r)) {
                        values.get(r)[c] = kind == 1 ? (Object) b.getLong(pos + 8 * r) : (Object) b.getDouble(pos + 8 * r);
                    }
                }
                pos += 8 * rows;
            }
        }
    }

    private static boolean isNull(ByteBuffer b, int bitmap, int r) {
        return (b.get(bitmap + r / 8) & (1 << (r % 8))) != 0;
    }
}

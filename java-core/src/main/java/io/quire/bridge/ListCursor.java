package io.quire.bridge;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A result held in memory, for catalog functions; values are plain Java objects. */
final class ListCursor extends RowsCursor {

    ListCursor(List<ColumnMeta> columns, List<Object[]> rows) {
        super(columns, rows.iterator());
    }

    @Override
    public Object wireValue(int i) {
        Object v = value(i);
        if (v == null) {
            return null;
        }
        return switch (columns().get(i).type().wire) {
            case I64 -> v instanceof Boolean b ? (b ? 1L : 0L) : ((Number) v).longValue();
            case F64 -> ((Number) v).doubleValue();
            case UTF8 -> v.toString().getBytes(StandardCharsets.UTF_8);
            case BYTES -> (byte[]) v;
        };
    }
}

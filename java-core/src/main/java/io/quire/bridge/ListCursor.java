package io.quire.bridge;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/** A result held in memory, for catalog functions; values are plain Java objects. */
final class ListCursor implements Cursor {
    private final List<ColumnMeta> columns;
    private final Iterator<Object[]> rows;
    private Object[] current;

    ListCursor(List<ColumnMeta> columns, List<Object[]> rows) {
        this.columns = columns;
        this.rows = rows.iterator();
    }

    @Override
    public List<ColumnMeta> columns() {
        return columns;
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            current = null;
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object wireValue(int i) {
        Object v = current[i];
        if (v == null) {
            return null;
        }
        return switch (columns.get(i).type().wire) {
            case I64 -> v instanceof Boolean b ? (b ? 1L : 0L) : ((Number) v).longValue();
            case F64 -> ((Number) v).doubleValue();
            case UTF8 -> v.toString().getBytes(StandardCharsets.UTF_8);
            case BYTES -> (byte[]) v;
        };
    }

    @Override
    public void close() {
    }
}

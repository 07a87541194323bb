package io.quire.bridge;

import java.util.Iterator;
import java.util.List;

/**
 * A result read from rows of one value per column; subclasses say how a value travels
 * ({@link Cursor#wireValue}). The rows are closed with the cursor when they hold a resource.
 */
abstract class RowsCursor implements Cursor {
    private final List<ColumnMeta> columns;
    private final Iterator<Object[]> rows;
    private Object[] current;

    RowsCursor(List<ColumnMeta> columns, Iterator<Object[]> rows) {
        this.columns = columns;
        this.rows = rows;
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

    /** Column i (0-based) of the current row as the rows hold it. */
    Object value(int i) {
        return current[i];
    }

    @Override
    public void close() {
        if (rows instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing useful to do: the read is over
            }
        }
    }
}

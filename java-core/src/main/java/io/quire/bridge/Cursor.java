package io.quire.bridge;

import java.util.List;

/**
 * A result the bridge can describe and fetch: the engine's result sets and the in-memory
 * results of catalog functions look the same to the native side.
 */
interface Cursor extends AutoCloseable {
    List<ColumnMeta> columns();

    /** Advances to the next row; false at the end. */
    boolean next() throws Exception;

    /**
     * Column i (0-based) of the current row in wire form: Long for I64, Double for F64,
     * byte[] for UTF8 and BYTES, or null.
     */
    Object wireValue(int i) throws Exception;

    @Override
    void close();
}

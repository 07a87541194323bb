package io.quire.bridge;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A source table's own rows, read without the engine ({@link WholeTableRead}). Values come in
 * the engine's internal representation (see QuireTable#rows: TIMESTAMP as UTC wall-clock
 * millis, DATE as days, TIME as millis of the day) and leave in the same wire form the
 * engine's result sets give ({@link JdbcCursor}).
 */
final class TableCursor extends RowsCursor {
    private final BooleanSupplier cancelled;

    TableCursor(List<ColumnMeta> columns, Iterator<Object[]> rows, BooleanSupplier cancelled) {
        super(columns, rows);
        this.cancelled = cancelled;
    }

    @Override
    public boolean next() {
        if (cancelled.getAsBoolean()) {
            throw new QuireException(SqlState.CANCELLED, "Operation cancelled.");
        }
        return super.next();
    }

    @Override
    public Object wireValue(int i) {
        Object v = value(i);
        if (v == null) {
            return null;
        }
        return switch (columns().get(i).type()) {
            case BIT -> (Boolean) v ? 1L : 0L;
            case TINYINT, SMALLINT, INTEGER, BIGINT, TYPE_DATE -> ((Number) v).longValue();
            case REAL, DOUBLE -> ((Number) v).doubleValue();
            case TYPE_TIME, TYPE_TIMESTAMP -> ((Number) v).longValue() * 1000L;
            case DECIMAL -> ((BigDecimal) v).toPlainString().getBytes(StandardCharsets.UTF_8);
            case VARBINARY -> v instanceof org.apache.calcite.avatica.util.ByteString b ? b.getBytes() : (byte[]) v;
            default -> v.toString().getBytes(StandardCharsets.UTF_8);
        };
    }
}

package io.quire.bridge;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The engine's result set. Date-time values are read with a UTC calendar: the engine keeps
 * them as zone-less wall-clock values and so must this.
 */
final class JdbcCursor implements Cursor {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private final ResultSet rs;
    private final List<ColumnMeta> columns;
    private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    JdbcCursor(ResultSet rs) throws SQLException {
        this.rs = rs;
        this.columns = describe(rs.getMetaData());
    }

    static List<ColumnMeta> describe(ResultSetMetaData md) throws SQLException {
        List<ColumnMeta> out = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            int precision = md.getPrecision(i);
            OdbcType t = OdbcType.fromJdbc(md.getColumnType(i), precision);
            int nullable = switch (md.isNullable(i)) {
                case ResultSetMetaData.columnNoNulls -> 0;
                case ResultSetMetaData.columnNullable -> 1;
                default -> 2;
            };
            out.add(new ColumnMeta(md.getColumnName(i), md.getColumnLabel(i), t, t.columnSize(precision),
                    t.decimalDigits(md.getScale(i)), nullable, nz(md.getTableName(i)), nz(md.getSchemaName(i)), ""));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public List<ColumnMeta> columns() {
        return columns;
    }

    @Override
    public boolean next() throws SQLException {
        return rs.next();
    }

    @Override
    public Object wireValue(int i) throws SQLException {
        int c = i + 1;
        OdbcType t = columns.get(i).type();
        Object v = switch (t) {
            case BIT -> rs.getBoolean(c) ? 1L : 0L;
            case TINYINT, SMALLINT, INTEGER, BIGINT -> rs.getLong(c);
            case REAL, DOUBLE -> rs.getDouble(c);
            case TYPE_DATE -> {
                Date d = rs.getDate(c, utc);
                yield d == null ? null : Math.floorDiv(d.getTime(), 86_400_000L);
            }
            case TYPE_TIME -> {
                Time tm = rs.getTime(c, utc);
                yield tm == null ? null : Math.floorMod(tm.getTime() * 1000L, MICROS_PER_DAY);
            }
            case TYPE_TIMESTAMP -> {
                Timestamp ts = rs.getTimestamp(c, utc);
                yield ts == null ? null : Math.floorDiv(ts.getTime(), 1000L) * 1_000_000L + ts.getNanos() / 1000;
            }
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(c);
                yield d == null ? null : d.toPlainString().getBytes(StandardCharsets.UTF_8);
            }
            case VARBINARY -> rs.getBytes(c);
            default -> {
                String s = rs.getString(c);
                yield s == null ? null : s.getBytes(StandardCharsets.UTF_8);
            }
        };
        return rs.wasNull() ? null : v;
    }

    @Override
    public void close() {
        try {
            rs.close();
        } catch (SQLException ignored) {
            // closing a finished result cannot fail in a way the application can act on
        }
    }
}

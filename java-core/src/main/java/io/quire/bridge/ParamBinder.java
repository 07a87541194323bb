package io.quire.bridge;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the parameter values the native side sends (docs/bridge.md, "Parameters") to an
 * engine statement, converting each to the type the engine inferred for its {@code ?}:
 * values reach the engine as parameters, never pasted into the SQL text.
 */
final class ParamBinder {
    private static final int NULL = 0;
    private static final int I64 = 1;
    private static final int F64 = 2;
    private static final int UTF8 = 3;
    private static final int BYTES = 4;

    private ParamBinder() {
    }

    static void bind(PreparedStatement ps, byte[] params) throws SQLException {
        ParameterMetaData md = ps.getParameterMetaData();
        int expected = md.getParameterCount();
        if (params == null) {
            if (expected > 0) {
                throw new QuireException(SqlState.WRONG_PARAMETER_COUNT, "The statement has " + expected
                        + " parameter(s) and none were bound.");
            }
            return;
        }
        List<Object> values = decode(params);
        int count = values.size();
        if (count < expected) {
            throw new QuireException(SqlState.WRONG_PARAMETER_COUNT, "The statement has " + expected
                    + " parameter(s) and " + count + " were bound.");
        }
        for (int i = 1; i <= Math.min(count, expected); i++) { // more bound than used: ODBC allows it
            Object raw = values.get(i - 1);
            int target = md.getParameterType(i);
            Object value = raw == null ? null : convert(raw, target, i);
            if (value == null) {
                ps.setNull(i, target);
            } else if (value instanceof Timestamp ts) {
                ps.setTimestamp(i, ts, utc());
            } else if (value instanceof Date d) {
                ps.setDate(i, d, utc());
            } else if (value instanceof Time t) {
                ps.setTime(i, t, utc());
            } else {
                ps.setObject(i, value, target);
            }
        }
    }

    /**
     * The bound values as the application meant them (Long, Double, String, byte[], LocalDate,
     * LocalTime, LocalDateTime, Boolean, or null), by the SQL type it declared for each.
     */
    static List<Object> decode(byte[] params) {
        List<Object> out = new ArrayList<>();
        if (params == null) {
            return out;
        }
        ByteBuffer b = ByteBuffer.wrap(params).order(ByteOrder.LITTLE_ENDIAN);
        int count = b.getInt();
        for (int i = 1; i <= count; i++) {
            int sqlType = b.getInt();
            int kind = b.getInt();
            Object raw = switch (kind) {
                case NULL -> null;
                case I64 -> b.getLong();
                case F64 -> b.getDouble();
                case UTF8, BYTES -> {
                    byte[] v = new byte[b.getInt()];
                    b.get(v);
                    yield kind == UTF8 ? new String(v, StandardCharsets.UTF_8) : v;
                }
                default -> throw new IllegalArgumentException("wire kind " + kind);
            };
            out.add(raw == null ? null : fromWire(raw, sqlType));
        }
        return out;
    }

    /** The Java value the application meant, by the SQL type it declared for the parameter. */
    private static Object fromWire(Object raw, int odbcSqlType) {
        if (!(raw instanceof Long l)) {
            return raw;
        }
        return switch (odbcSqlType) {
            case 91, 9 -> LocalDate.ofEpochDay(l);
            case 92, 10 -> LocalTime.ofNanoOfDay(Math.floorMod(l, 86_400_000_000L) * 1000);
            case 93, 11 -> LocalDateTime.ofEpochSecond(Math.floorDiv(l, 1_000_000L),
                    (int) Math.floorMod(l, 1_000_000L) * 1000, ZoneOffset.UTC);
            case -7 -> l != 0;
            default -> l;
        };
    }

    /** Converts v to the Java class the engine expects for a JDBC type (22018 / 22003 when it cannot). */
    private static Object convert(Object v, int jdbcType, int index) {
        try {
            return switch (jdbcType) {
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> text(v);
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> integer(v, jdbcType, index);
                case Types.REAL, Types.FLOAT, Types.DOUBLE -> v instanceof Number n ? n.doubleValue()
                        : Double.parseDouble(text(v).trim());
                case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(v instanceof Number ? v.toString() : text(v).trim());
                case Types.BOOLEAN, Types.BIT -> v instanceof Boolean bo ? bo : bool(v, index);
                case Types.DATE -> new Date((v instanceof LocalDateTime t ? t.toLocalDate()
                        : v instanceof LocalDate d ? d : LocalDate.parse(text(v).trim())).toEpochDay() * 86_400_000L);
                case Types.TIME -> new Time((v instanceof LocalDateTime t ? t.toLocalTime()
                        : v instanceof LocalTime t2 ? t2 : LocalTime.parse(text(v).trim())).toNanoOfDay() / 1_000_000L);
                case Types.TIMESTAMP -> timestamp(v);
                default -> v;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new QuireException(SqlState.INVALID_CHARACTER_VALUE, 0, "Parameter " + index + ": '" + v
                    + "' cannot be converted to the type the statement needs (" + jdbcName(jdbcType) + ").", e);
        }
    }

    private static String text(Object v) {
        if (v instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (v instanceof LocalDateTime t) {
            return t.toString().replace('T', ' ');
        }
        return v.toString();
    }

    private static Object integer(Object v, int jdbcType, int index) {
        BigDecimal d = v instanceof Boolean b ? (b ? BigDecimal.ONE : BigDecimal.ZERO) : new BigDecimal(text(v).trim());
        long l;
        try {
            l = d.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            throw outOfRange(v, index);
        }
        return switch (jdbcType) {
            case Types.TINYINT -> {
                if (l < Byte.MIN_VALUE || l > Byte.MAX_VALUE) {
                    throw outOfRange(v, index);
                }
                yield (byte) l;
            }
            case Types.SMALLINT -> {
                if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
                    throw outOfRange(v, index);
                }
                yield (short) l;
            }
            case Types.INTEGER -> {
                if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                    throw outOfRange(v, index);
                }
                yield (int) l;
            }
            default -> l;
        };
    }

    private static QuireException outOfRange(Object v, int index) {
        return new QuireException(SqlState.NUMERIC_OUT_OF_RANGE, "Parameter " + index + ": " + v
                + " is out of range for the statement's type.");
    }

    private static Boolean bool(Object v, int index) {
        String s = text(v).trim();
        if (s.equals("1") || s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equals("0") || s.equalsIgnoreCase("false")) {
            return false;
        }
        throw new NumberFormatException(s);
    }

    /**
     * The engine runs in UTC and keeps zone-less wall-clock values, so a parameter's wall clock
     * travels as the UTC instant with the same digits (the same rule JdbcCursor reads with).
     */
    private static Timestamp timestamp(Object v) {
        LocalDateTime t;
        if (v instanceof LocalDateTime ldt) {
            t = ldt;
        } else if (v instanceof LocalDate d) {
            t = d.atStartOfDay();
        } else {
            String s = text(v).trim();
            t = s.length() <= 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s.replace(' ', 'T'));
        }
        return Timestamp.from(t.toInstant(ZoneOffset.UTC));
    }

    private static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    private static String jdbcName(int jdbcType) {
        return java.sql.JDBCType.valueOf(jdbcType).getName();
    }

}

package io.quire.bridge;

import java.sql.Types;

/**
 * The ODBC SQL types the driver reports: the Java side's one list. It feeds result-set
 * descriptions, SQLColumns and SQLGetTypeInfo, and says how each travels in a batch.
 */
public enum OdbcType {
    //           code  name            wire  size        prefix suffix params        searchable unsigned
    WCHAR(-8, "CHAR", Wire.UTF8, 65535, "'", "'", "length", 3, null),
    WVARCHAR(-9, "VARCHAR", Wire.UTF8, 65535, "'", "'", "max length", 3, null),
    WLONGVARCHAR(-10, "LONG VARCHAR", Wire.UTF8, 1073741823, "'", "'", null, 3, null),
    VARCHAR(12, "VARCHAR", Wire.UTF8, 65535, "'", "'", "max length", 3, null),
    BIT(-7, "BOOLEAN", Wire.I64, 1, null, null, null, 2, null),
    TINYINT(-6, "TINYINT", Wire.I64, 3, null, null, null, 2, 0),
    SMALLINT(5, "SMALLINT", Wire.I64, 5, null, null, null, 2, 0),
    INTEGER(4, "INTEGER", Wire.I64, 10, null, null, null, 2, 0),
    BIGINT(-5, "BIGINT", Wire.I64, 19, null, null, null, 2, 0),
    REAL(7, "REAL", Wire.F64, 7, null, null, null, 2, 0),
    DOUBLE(8, "DOUBLE", Wire.F64, 15, null, null, null, 2, 0),
    DECIMAL(3, "DECIMAL", Wire.UTF8, 19, null, null, "precision,scale", 2, 0),
    TYPE_DATE(91, "DATE", Wire.I64, 10, "DATE '", "'", null, 2, null),
    TYPE_TIME(92, "TIME", Wire.I64, 8, "TIME '", "'", null, 2, null),
    TYPE_TIMESTAMP(93, "TIMESTAMP", Wire.I64, 23, "TIMESTAMP '", "'", null, 2, null),
    VARBINARY(-3, "VARBINARY", Wire.BYTES, 65535, "X'", "'", "max length", 0, null);

    /** How values travel in a fetch batch (docs/bridge.md). */
    public enum Wire {
        I64(1), F64(2), UTF8(3), BYTES(4);
        final int code;

        Wire(int code) {
            this.code = code;
        }
    }

    final int code;
    final String typeName;
    final Wire wire;
    final int maxSize;
    final String literalPrefix;
    final String literalSuffix;
    final String createParams;
    final int searchable;
    final Integer unsigned;

    OdbcType(int code, String typeName, Wire wire, int maxSize, String literalPrefix, String literalSuffix,
             String createParams, int searchable, Integer unsigned) {
        this.code = code;
        this.typeName = typeName;
        this.wire = wire;
        this.maxSize = maxSize;
        this.literalPrefix = literalPrefix;
        this.literalSuffix = literalSuffix;
        this.createParams = createParams;
        this.searchable = searchable;
        this.unsigned = unsigned;
    }

    boolean isText() {
        return wire == Wire.UTF8 && this != DECIMAL;
    }

    /** Decimal digits reported for a column of this type (fraction digits of timestamps). */
    int decimalDigits(int scale) {
        return switch (this) {
            case TYPE_TIMESTAMP -> 3;
            case DECIMAL -> Math.max(scale, 0);
            default -> 0;
        };
    }

    /** The ODBC column size of a column of this type with the engine's precision. */
    long columnSize(int precision) {
        if (isText() || this == VARBINARY || this == DECIMAL) {
            return precision > 0 ? precision : maxSize;
        }
        return maxSize;
    }

    /** The ODBC type of an engine (JDBC) column type. */
    static OdbcType fromJdbc(int jdbcType, int precision) {
        return switch (jdbcType) {
            case Types.CHAR, Types.NCHAR -> WCHAR;
            case Types.VARCHAR, Types.NVARCHAR -> precision > 0 && precision <= 65535 ? WVARCHAR : WLONGVARCHAR;
            case Types.BOOLEAN, Types.BIT -> BIT;
            case Types.TINYINT -> TINYINT;
            case Types.SMALLINT -> SMALLINT;
            case Types.INTEGER -> INTEGER;
            case Types.BIGINT -> BIGINT;
            case Types.REAL -> REAL;
            case Types.FLOAT, Types.DOUBLE -> DOUBLE;
            case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
            case Types.DATE -> TYPE_DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> TYPE_TIME;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TYPE_TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> VARBINARY;
            default -> WLONGVARCHAR;
        };
    }
}

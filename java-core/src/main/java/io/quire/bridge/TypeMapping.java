package io.quire.bridge;

import io.quire.sql.ColumnDef;
import java.sql.Types;

/** How declared source columns map to {@link OdbcType}s, and ODBC's derived type attributes. */
final class TypeMapping {
    private TypeMapping() {
    }

    static OdbcType forColumn(ColumnDef c) {
        int jdbc = switch (c.type()) {
            case VARCHAR -> Types.VARCHAR;
            case CHAR -> Types.CHAR;
            case BOOLEAN -> Types.BOOLEAN;
            case TINYINT -> Types.TINYINT;
            case SMALLINT -> Types.SMALLINT;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case REAL -> Types.REAL;
            case FLOAT, DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case TIMESTAMP -> Types.TIMESTAMP;
            case VARBINARY, BINARY -> Types.VARBINARY;
            default -> Types.OTHER;
        };
        return OdbcType.fromJdbc(jdbc, c.precision());
    }

    /** SQL_DATA_TYPE: the verbose type (SQL_DATETIME = 9 for date-time types). */
    static int verboseType(OdbcType t) {
        return switch (t) {
            case TYPE_DATE, TYPE_TIME, TYPE_TIMESTAMP -> 9;
            default -> t.code;
        };
    }

    /** SQL_DATETIME_SUB: 1 date, 2 time, 3 timestamp; null otherwise. */
    static Integer datetimeSubcode(OdbcType t) {
        return switch (t) {
            case TYPE_DATE -> 1;
            case TYPE_TIME -> 2;
            case TYPE_TIMESTAMP -> 3;
            default -> null;
        };
    }

    /** BUFFER_LENGTH of SQLColumns: bytes of the default C type's transfer (UTF-16 for text). */
    static int bufferLength(OdbcType t, long size) {
        return switch (t) {
            case BIT, TINYINT -> 1;
            case SMALLINT -> 2;
            case INTEGER, REAL -> 4;
            case BIGINT, DOUBLE -> 8;
            case TYPE_DATE, TYPE_TIME -> 6;
            case TYPE_TIMESTAMP -> 16;
            case DECIMAL -> (int) size + 2;
            default -> (int) Math.min(size * 2, Integer.MAX_VALUE);
        };
    }
}

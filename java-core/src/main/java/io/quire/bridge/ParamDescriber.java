package io.quire.bridge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.ParameterMetaData;
import java.sql.SQLException;

/** Encodes a statement's parameters for describeParams (docs/bridge.md, "Parameters"). */
final class ParamDescriber {
    private ParamDescriber() {
    }

    static byte[] none() {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
    }

    /** n nullable text parameters (a procedure call's markers: the procedures take text). */
    static byte[] text(int n) {
        ByteBuffer b = ByteBuffer.allocate(4 + n * 20).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(n);
        for (int i = 0; i < n; i++) {
            b.putInt(OdbcType.WVARCHAR.code).putLong(ProcedureRunner.TEXT_LENGTH).putInt(0).putInt(1);
        }
        return b.array();
    }

    static byte[] describe(ParameterMetaData md) throws SQLException {
        int n = md.getParameterCount();
        ByteBuffer b = ByteBuffer.allocate(4 + n * 20).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(n);
        for (int i = 1; i <= n; i++) {
            int precision = md.getPrecision(i);
            OdbcType t = OdbcType.fromJdbc(md.getParameterType(i), precision);
            int nullable = switch (md.isNullable(i)) {
                case ParameterMetaData.parameterNoNulls -> 0;
                case ParameterMetaData.parameterNullable -> 1;
                default -> 2;
            };
            b.putInt(t.code).putLong(t.columnSize(precision)).putInt(t.decimalDigits(md.getScale(i))).putInt(nullable);
        }
        return b.array();
    }
}

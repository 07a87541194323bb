package io.quire.bridge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Encodes result columns in the describe format of docs/bridge.md. */
final class DescribeEncoder {
    private DescribeEncoder() {
    }

    static byte[] encode(List<ColumnMeta> columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, columns.size());
        for (ColumnMeta c : columns) {
            writeInt(out, c.type().code);
            writeInt(out, c.type().wire.code);
            ByteBuffer l = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(c.columnSize());
            out.writeBytes(l.array());
            writeInt(out, c.decimalDigits());
            writeInt(out, c.nullable());
            writeString(out, c.name());
            writeString(out, c.label());
            writeString(out, c.table());
            writeString(out, c.schema());
            writeString(out, c.catalog());
            writeString(out, c.type().typeName);
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
    }

    private static void writeString(ByteArrayOutputStream out, String s) {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        writeInt(out, b.length);
        out.writeBytes(b);
    }
}

package io.quire.bridge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Encodes parameter values the way the native shim does (docs/bridge.md, "Parameters"). */
final class Params {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int count;

    Params text(int sqlType, String v) {
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        head(sqlType, 3);
        out.writeBytes(le(4).putInt(b.length).array());
        out.writeBytes(b);
        return this;
    }

    Params int64(int sqlType, long v) {
        head(sqlType, 1);
        out.writeBytes(le(8).putLong(v).array());
        return this;
    }

    Params nul(int sqlType) {
        head(sqlType, 0);
        return this;
    }

    private void head(int sqlType, int kind) {
        count++;
        out.writeBytes(le(8).putInt(sqlType).putInt(kind).array());
    }

    byte[] bytes() {
        ByteBuffer b = le(4 + out.size()).putInt(count);
        b.put(out.toByteArray());
        return b.array();
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}

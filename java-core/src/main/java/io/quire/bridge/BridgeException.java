package io.quire.bridge;

import java.nio.charset.StandardCharsets;

/**
 * The only exception that leaves the bridge: an SQLSTATE, a native code (the HTTP status when
 * one caused the failure) and a message without secrets. The native shim reads it through the
 * three accessors below.
 */
public final class BridgeException extends Exception {
    private final String sqlState;
    private final int nativeCode;

    public BridgeException(String sqlState, int nativeCode, String message, Throwable cause) {
        super(message, cause, false, false);
        this.sqlState = sqlState;
        this.nativeCode = nativeCode;
    }

    public String sqlState() {
        return sqlState;
    }

    public byte[] sqlStateUtf8() {
        return sqlState.getBytes(StandardCharsets.US_ASCII);
    }

    public int nativeCode() {
        return nativeCode;
    }

    public byte[] messageUtf8() {
        String m = getMessage();
        return (m == null ? "" : m).getBytes(StandardCharsets.UTF_8);
    }
}

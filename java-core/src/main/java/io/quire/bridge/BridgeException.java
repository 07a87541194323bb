package io.quire.bridge;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The only exception that leaves the bridge: an SQLSTATE, a native code (the HTTP status when
 * one caused the failure) and a message without secrets. The native shim reads it through the
 * accessors below; {@link #detailsUtf8()} carries further records of the same failure.
 */
public final class BridgeException extends Exception {
    private final String sqlState;
    private final int nativeCode;
    private final List<String> details;

    public BridgeException(String sqlState, int nativeCode, String message, Throwable cause) {
        this(sqlState, nativeCode, message, List.of(), cause);
    }

    public BridgeException(String sqlState, int nativeCode, String message, List<String> details, Throwable cause) {
        super(message, cause, false, false);
        this.sqlState = sqlState;
        this.nativeCode = nativeCode;
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }

    /** The further records (same SQLSTATE and native code) as UTF-8, each ended by a NUL. */
    public byte[] detailsUtf8() {
        StringBuilder b = new StringBuilder();
        for (String d : details) {
            b.append(d.replace('\0', ' ')).append('\0');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
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

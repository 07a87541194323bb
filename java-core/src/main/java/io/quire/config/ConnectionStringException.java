package io.quire.config;

/** A connection string or DSN setting that cannot be used; the message names key and position. */
public final class ConnectionStringException extends Exception {
    public ConnectionStringException(String message) {
        super(message);
    }
}

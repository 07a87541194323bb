package io.quire.fake.confluence;

/** A CQL syntax or semantic error; rendered as a 400 by the API handlers. */
public final class CqlException extends RuntimeException {

    public CqlException(String message) {
        super(message, null, false, false);
    }
}

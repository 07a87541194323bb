package io.quire.error;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure with the SQLSTATE it should reach the application as, and the HTTP status behind
 * it when there is one. Unchecked so it crosses Calcite's enumerators untouched. Messages
 * never contain secrets.
 */
public class QuireException extends RuntimeException {
    private final SqlState state;
    private final int nativeCode;
    private final List<String> details = new ArrayList<>();

    public QuireException(SqlState state, String message) {
        this(state, 0, message, null);
    }

    public QuireException(SqlState state, int nativeCode, String message, Throwable cause) {
        super(message, cause);
        this.state = state;
        this.nativeCode = nativeCode;
    }

    public SqlState state() {
        return state;
    }

    /** The HTTP status that caused this failure, or 0. */
    public int nativeCode() {
        return nativeCode;
    }

    /** Adds a line that reaches the application as a further diagnostic record. */
    public QuireException addDetail(String detail) {
        details.add(detail);
        return this;
    }

    /** Further lines of this failure (the site's own error list, a hint), in order. */
    public List<String> details() {
        return List.copyOf(details);
    }
}

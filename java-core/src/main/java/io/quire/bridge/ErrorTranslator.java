package io.quire.bridge;

import io.quire.config.ConnectionStringException;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * Turns anything thrown inside the engine into a {@link BridgeException} with the SQLSTATE an
 * ODBC application expects: connection-string problems 08001, the site's refusals as the
 * transport classified them, SQL the engine cannot parse 42000, unknown tables 42S02 and
 * unknown columns 42S22.
 */
final class ErrorTranslator {
    private static final Pattern UNKNOWN_TABLE = Pattern.compile("(Object|Table) '[^']*' not found");
    private static final Pattern UNKNOWN_COLUMN = Pattern.compile("Column '[^']*' not found");
    private static final Pattern INVALID_DATETIME = Pattern.compile("Invalid (DATE|TIME|TIMESTAMP) value");

    private ErrorTranslator() {
    }

    static BridgeException translate(Throwable t) {
        if (t instanceof BridgeException b) {
            return b;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof QuireException q) {
                return new BridgeException(q.state().code(), q.nativeCode(), q.getMessage(), q.details(), t);
            }
            if (c instanceof ConnectionStringException e) {
                return new BridgeException(SqlState.UNABLE_TO_CONNECT.code(), 0, e.getMessage(), t);
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SqlParseException p) {
                return new BridgeException(SqlState.SYNTAX_OR_ACCESS.code(), 0, "SQL syntax error: " + firstLine(p.getMessage()), t);
            }
            if (c instanceof CalciteContextException v) {
                String msg = v.getMessage();
                String state = UNKNOWN_TABLE.matcher(msg).find() ? SqlState.TABLE_NOT_FOUND.code()
                        : UNKNOWN_COLUMN.matcher(msg).find() ? SqlState.COLUMN_NOT_FOUND.code()
                        : SqlState.SYNTAX_OR_ACCESS.code();
                return new BridgeException(state, 0, msg, t);
            }
        }
        BridgeException data = dataError(t);
        if (data != null) {
            return data;
        }
        if (t instanceof OutOfMemoryError) {
            return new BridgeException(SqlState.MEMORY_ALLOCATION.code(), 0, "Out of memory in the driver's Java runtime.", t);
        }
        return new BridgeException(SqlState.GENERAL_ERROR.code(), 0, "Internal error: " + innermost(t), t);
    }

    /**
     * Failures of the engine's own evaluation on the data (a CAST of text that is not a
     * number or date, a division by zero, an overflow) are data exceptions (class 22), not
     * internal errors.
     */
    private static BridgeException dataError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (c instanceof NumberFormatException) {
                return new BridgeException(SqlState.INVALID_CHARACTER_VALUE.code(), 0,
                        "Invalid character value for cast specification: " + m, t);
            }
            if (c instanceof ArithmeticException) {
                boolean zero = m.contains("by zero");
                return new BridgeException(zero ? SqlState.DIVISION_BY_ZERO.code() : SqlState.NUMERIC_OUT_OF_RANGE.code(),
                        0, zero ? "Division by zero." : "Numeric value out of range: " + m, t);
            }
            if (c instanceof IllegalArgumentException && INVALID_DATETIME.matcher(m).find()) {
                return new BridgeException(SqlState.INVALID_DATETIME_FORMAT.code(), 0, "Invalid datetime format: " + m, t);
            }
        }
        return null;
    }

    private static String innermost(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

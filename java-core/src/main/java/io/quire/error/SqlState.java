package io.quire.error;

/**
 * The SQLSTATEs the engine reports (ODBC 3 codes). The native shim keeps the matching table
 * with ODBC 2 codes and standard texts; this is the Java side's one list.
 */
public enum SqlState {
    GENERAL_ERROR("HY000"),
    MEMORY_ALLOCATION("HY001"),
    CANCELLED("HY008"),
    INVALID_ARGUMENT("HY009"),
    NOT_IMPLEMENTED("HYC00"),
    TIMEOUT("HYT00"),
    CONNECTION_TIMEOUT("HYT01"),
    UNABLE_TO_CONNECT("08001"),
    CONNECTION_NOT_OPEN("08003"),
    COMMUNICATION_LINK_FAILURE("08S01"),
    INVALID_AUTHORIZATION("28000"),
    SYNTAX_OR_ACCESS("42000"),
    TABLE_NOT_FOUND("42S02"),
    COLUMN_NOT_FOUND("42S22"),
    DATA_EXCEPTION("22000"),
    INVALID_CHARACTER_VALUE("22018"),
    INVALID_DATETIME_FORMAT("22007"),
    WRONG_PARAMETER_COUNT("07002"),
    NUMERIC_OUT_OF_RANGE("22003"),
    DIVISION_BY_ZERO("22012"),
    INVALID_CURSOR_STATE("24000");

    private final String code;

    SqlState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package io.quire.proc;

/**
 * A procedure input or result column. Values travel as text (inputs) or as the named SQL type
 * (results).
 *
 * @param type     "VARCHAR", "BIGINT", "BOOLEAN" or "TIMESTAMP"
 * @param required for inputs: whether a call without it is refused (07002 / 42000)
 */
public record ProcedureParameter(String name, String type, boolean required, String description) {

    public static ProcedureParameter input(String name, boolean required, String description) {
        return new ProcedureParameter(name, "VARCHAR", required, description);
    }

    public static ProcedureParameter result(String name, String type, String description) {
        return new ProcedureParameter(name, type, false, description);
    }
}

package io.quire.proc;

import java.util.List;
import java.util.Map;

/**
 * A stored procedure the driver offers: called with {@code {call Name(...)}}, {@code CALL Name(...)}
 * or {@code EXEC Name @Param = value, ...}, listed by SQLProcedures/SQLProcedureColumns and
 * sys_procedures/sys_procedureparameters, and answering with one result set.
 */
public interface Procedure {

    /** Name as users call it (matched case-insensitively). */
    String name();

    /** One sentence for sys_procedures' Description and SQLProcedures' REMARKS. */
    String description();

    /** Input parameters, in positional order. */
    List<ProcedureParameter> inputs();

    /** Columns of the result set, in order. */
    List<ProcedureParameter> results();

    /**
     * Runs the procedure. args holds the inputs given, by canonical parameter name (missing
     * optional ones are absent; values as text). Returns the result rows (each as long as
     * {@link #results()}, values String, Long, Boolean or null).
     */
    List<Object[]> call(ProcedureContext ctx, Map<String, String> args);
}

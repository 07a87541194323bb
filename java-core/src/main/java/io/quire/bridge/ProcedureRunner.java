package io.quire.bridge;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.proc.Procedure;
import io.quire.proc.ProcedureCall;
import io.quire.proc.ProcedureContext;
import io.quire.proc.ProcedureParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a {@link ProcedureCall}: matches its arguments to the procedure's inputs and returns its rows as a cursor. */
final class ProcedureRunner {
    private ProcedureRunner() {
    }

    /** Declared length of procedure text values (inputs and result columns). */
    static final int TEXT_LENGTH = 4000;

    /** The column size a procedure parameter or result column of type t reports. */
    static long size(OdbcType t) {
        return t.columnSize(t == OdbcType.WVARCHAR ? TEXT_LENGTH : 0);
    }

    static List<ColumnMeta> columns(Procedure p) {
        List<ColumnMeta> out = new ArrayList<>();
        for (ProcedureParameter r : p.results()) {
            out.add(ColumnMeta.simple(r.name(), type(r.type()), true));
        }
        return List.copyOf(out);
    }

    static OdbcType type(String sqlType) {
        return switch (sqlType) {
            case "BIGINT" -> OdbcType.BIGINT;
            case "INTEGER" -> OdbcType.INTEGER;
            case "BOOLEAN" -> OdbcType.BIT;
            case "TIMESTAMP" -> OdbcType.TYPE_TIMESTAMP;
            default -> OdbcType.WVARCHAR;
        };
    }

    static Cursor run(Procedure p, ProcedureCall call, List<Object> params, ProcedureContext ctx) {
        if (params.size() < call.markerCount()) {
            throw new QuireException(SqlState.WRONG_PARAMETER_COUNT, "The call has " + call.markerCount()
                    + " parameter marker(s) and " + params.size() + " were bound.");
        }
        Map<String, String> args = arguments(p, call, params);
        List<Object[]> rows = p.call(ctx, args);
        return new ListCursor(columns(p), rows);
    }

    private static Map<String, String> arguments(Procedure p, ProcedureCall call, List<Object> params) {
        List<ProcedureParameter> inputs = p.inputs();
        Map<String, String> args = new LinkedHashMap<>();
        int position = 0;
        for (ProcedureCall.Arg a : call.args()) {
            ProcedureParameter target;
            if (a.name() == null) {
                if (position >= inputs.size()) {
                    throw new QuireException(SqlState.SYNTAX_OR_ACCESS, p.name() + " takes " + inputs.size()
                            + " argument(s); the call gives more.");
                }
                target = inputs.get(position++);
            } else {
                target = inputs.stream().filter(i -> i.name().equalsIgnoreCase(a.name())).findFirst()
                        .orElseThrow(() -> new QuireException(SqlState.SYNTAX_OR_ACCESS, p.name() + " has no parameter '"
                                + a.name() + "'; its parameters are " + names(inputs) + "."));
            }
            Object v = a.isMarker() ? params.get(a.marker()) : a.literal();
            if (v != null) {
                args.put(target.name(), v instanceof byte[] ? new String((byte[]) v, java.nio.charset.StandardCharsets.UTF_8)
                        : v.toString());
            }
        }
        for (ProcedureParameter i : inputs) {
            if (i.required() && !args.containsKey(i.name())) {
                throw new QuireException(SqlState.SYNTAX_OR_ACCESS, p.name() + " needs " + i.name() + " ("
                        + i.description() + ").");
            }
        }
        return args;
    }

    private static String names(List<ProcedureParameter> inputs) {
        return inputs.isEmpty() ? "none" : String.join(", ", inputs.stream().map(ProcedureParameter::name).toList());
    }

    /** SQLProcedures rows for the procedures whose name matches the pattern. */
    static List<Object[]> procedureRows(List<Procedure> all, String schema, String namePattern) {
        List<Object[]> rows = new ArrayList<>();
        for (Procedure p : all) {
            if (SearchPattern.matches(namePattern, p.name())) {
                // PROCEDURE_TYPE 2 = SQL_PT_FUNCTION (returns a result)
                rows.add(new Object[] {null, schema, p.name(), p.inputs().size(), 0, 1, p.description(), 2});
            }
        }
        rows.sort((a, b) -> ((String) a[2]).compareToIgnoreCase((String) b[2]));
        return rows;
    }

    /** SQLProcedureColumns rows: inputs (SQL_PARAM_INPUT = 1), then result columns (SQL_RESULT_COL = 3). */
    static List<Object[]> columnRows(List<Procedure> all, String schema, String procPattern, String colPattern) {
        List<Object[]> rows = new ArrayList<>();
        List<Procedure> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        for (Procedure p : sorted) {
            if (!SearchPattern.matches(procPattern, p.name())) {
                continue;
            }
            int ordinal = 1;
            for (ProcedureParameter in : p.inputs()) {
                if (SearchPattern.matches(colPattern, in.name())) {
                    rows.add(columnRow(schema, p, in, 1, ordinal, in.required() ? 0 : 1));
                }
                ordinal++;
            }
            int resultOrdinal = 1;
            for (ProcedureParameter r : p.results()) {
                if (SearchPattern.matches(colPattern, r.name())) {
                    rows.add(columnRow(schema, p, r, 3, resultOrdinal, 1));
                }
                resultOrdinal++;
            }
        }
        return rows;
    }

    private static Object[] columnRow(String schema, Procedure p, ProcedureParameter c, int kind, int ordinal,
                                      int nullable) {
        OdbcType t = type(c.type());
        long size = size(t);
        return new Object[] {null, schema, p.name(), c.name(), kind, t.code, t.typeName, size,
                t == OdbcType.WVARCHAR ? size * 2 : size, null, null, nullable, c.description(), null, t.code, null,
                t == OdbcType.WVARCHAR ? size * 2 : null, ordinal, nullable == 0 ? "NO" : "YES"};
    }
}

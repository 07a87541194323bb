package io.quire.bridge;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.CancelScope;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One statement: either SQL prepared in the engine, or the already executed result of a
 * catalog function. Holds the open cursor and its batch writer between fetches.
 */
final class BridgeStatement implements AutoCloseable {
    final BridgeConnection connection;
    private final PreparedStatement prepared;
    private final List<ColumnMeta> preparedColumns;
    private final CancelScope cancelScope = new CancelScope();
    private Cursor cursor;
    private BatchWriter writer;
    private long delivered;
    private int timeoutSeconds;
    private String engineSql;
    private io.quire.proc.Procedure procedure;
    private io.quire.proc.ProcedureCall call;
    /** Set for SELECT * FROM a table, read without the engine. */
    private WholeTableRead whole;
    /** The engine the prepared statement belongs to (and goes back to on close). */
    private EngineSession engine;

    private BridgeStatement(BridgeConnection connection, PreparedStatement prepared, List<ColumnMeta> columns,
                            Cursor cursor) {
        this.connection = connection;
        this.prepared = prepared;
        this.preparedColumns = columns;
        open(cursor);
        cancelScope.onCancel(() -> {
            if (prepared != null) {
                try {
                    prepared.cancel();
                } catch (SQLException ignored) {
                    // the HTTP call is cancelled already; the engine's flag is a second line
                }
            }
        });
    }

    static BridgeStatement prepare(BridgeConnection c, String sql) throws SQLException {
        io.quire.proc.ProcedureCall call = io.quire.proc.ProcedureCall.parse(sql);
        if (call != null) {
            io.quire.proc.Procedure p = io.quire.proc.Procedures.find(call.name());
            if (p == null) {
                throw new QuireException(SqlState.SYNTAX_OR_ACCESS, "There is no stored procedure named '" + call.name()
                        + "' (SQLProcedures and sys_procedures list them).");
            }
            BridgeStatement s = new BridgeStatement(c, null, ProcedureRunner.columns(p), null);
            s.procedure = p;
            s.call = call;
            return s;
        }
        WholeTableRead whole = WholeTableRead.match(c.catalog, sql);
        if (whole != null) {
            BridgeStatement s = new BridgeStatement(c, null, whole.columns(), null);
            s.whole = whole;
            return s;
        }
        EngineSession engine = c.engine();
        String engineSql = engine.reservedNames.quote(io.quire.sql.OdbcEscapes.rewrite(sql, c.userName()));
        PreparedStatement ps = engine.statements.take(engineSql);
        List<ColumnMeta> cols = ps.getMetaData() == null ? List.of() : JdbcCursor.describe(ps.getMetaData());
        BridgeStatement s = new BridgeStatement(c, ps, cols, null);
        s.engineSql = engineSql;
        s.engine = engine;
        return s;
    }

    static BridgeStatement ofResult(BridgeConnection c, Cursor cursor) {
        return new BridgeStatement(c, null, cursor.columns(), cursor);
    }

    List<ColumnMeta> columns() {
        return cursor != null ? cursor.columns() : preparedColumns;
    }

    long execute(byte[] params, int timeoutSeconds) {
        if (procedure == null && whole == null && prepared == null) {
            throw new QuireException(SqlState.GENERAL_ERROR, "This statement has nothing to execute.");
        }
        closeCursor();
        cancelScope.reset();
        this.timeoutSeconds = timeoutSeconds;
        if (procedure != null) {
            return cancelScope.run(timeoutSeconds, () -> {
                open(ProcedureRunner.run(procedure, call, ParamBinder.decode(params), connection.procedureContext()));
                return -1L;
            });
        }
        return cancelScope.run(timeoutSeconds, () -> {
            try {
                if (whole != null) {
                    open(whole.open(cancelScope::isCancelled));
                    return -1L;
                }
                ParamBinder.bind(prepared, params);
                if (prepared.execute()) {
                    open(new JdbcCursor(prepared.getResultSet()));
                    return -1L;
                }
                return (long) prepared.getUpdateCount();
            } catch (Exception e) {
                throw interrupted(e);
            }
        });
    }

    /** The statement's parameters as describeParams encodes them (docs/bridge.md). */
    byte[] describeParams() throws SQLException {
        if (call != null) {
            return ParamDescriber.text(call.markerCount());
        }
        if (prepared == null) {
            return ParamDescriber.none();
        }
        return ParamDescriber.describe(prepared.getParameterMetaData());
    }

    int fetch(int maxRows, ByteBuffer buf) throws Exception {
        if (writer == null) {
            throw new QuireException(SqlState.INVALID_CURSOR_STATE, "No result set is open on this statement.");
        }
        long max = connection.maxRows();
        long budget = max < 0 ? -1 : Math.max(0, max - delivered);
        int bytes = cancelScope.run(timeoutSeconds, () -> {
            try {
                return writer.write(buf, maxRows, budget);
            } catch (Exception e) {
                throw interrupted(e);
            }
        });
        if (bytes > 0) {
            delivered += buf.duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(0);
        }
        return bytes;
    }

    /** A failure caused by a timeout or a cancel is reported as that (HYT00 / HY008), whatever broke. */
    private RuntimeException interrupted(Exception e) {
        if (cancelScope.isTimedOut()) {
            return new QuireException(SqlState.TIMEOUT, 0, "Query timeout expired (" + timeoutSeconds
                    + " s, SQL_ATTR_QUERY_TIMEOUT).", e);
        }
        if (cancelScope.isCancelled()) {
            return new QuireException(SqlState.CANCELLED, 0, "Operation cancelled.", e);
        }
        return e instanceof RuntimeException r ? r : new RuntimeException(e);
    }

    void cancel() {
        cancelScope.cancel();
    }

    private void open(Cursor c) {
        cursor = c;
        writer = c == null ? null : new BatchWriter(c);
        delivered = 0;
    }

    void closeCursor() {
        if (cursor != null) {
            cursor.close();
        }
        open(null);
    }

    /** Closes the cursor and hands the planned statement back to the connection's cache. */
    @Override
    public void close() {
        closeCursor();
        if (prepared != null) {
            try {
                if (cancelScope.isCancelled()) {
                    throw new SQLException("cancelled statements are not reused");
                }
                prepared.clearParameters();
                engine.statements.give(engineSql, prepared);
            } catch (SQLException e) {
                try {
                    prepared.close();
                } catch (SQLException ignored) {
                    // nothing the application can do about it
                }
            }
        }
    }
}

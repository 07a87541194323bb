package io.quire.bridge;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.sql.QuireEngine;
import io.quire.sql.QuireTable;
import io.quire.sql.ReservedNames;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.apache.calcite.schema.Schema;

/**
 * A connection's SQL engine: the engine connection over the source schema, its planned
 * statements and the parser's reserved names. Opened at the first statement that needs it
 * (see {@link BridgeConnection#engine}), so connecting, catalog calls and whole-table reads
 * never start it.
 */
final class EngineSession implements AutoCloseable {
    final Connection sql;
    final StatementCache statements;
    final ReservedNames reservedNames;

    private EngineSession(Connection sql, ReservedNames reservedNames) {
        this.sql = sql;
        this.statements = new StatementCache(sql);
        this.reservedNames = reservedNames;
    }

    static EngineSession open(String schemaName, Schema schema, Map<String, QuireTable> systemTables,
                              CatalogFunctions catalog) {
        Connection sql = QuireEngine.open(schemaName, schema, systemTables);
        try {
            return new EngineSession(sql, new ReservedNames(catalog.tableNames(), catalog.columnNames()));
        } catch (RuntimeException e) {
            try {
                sql.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            statements.close();
            sql.close();
        } catch (SQLException e) {
            throw new QuireException(SqlState.GENERAL_ERROR, 0, "Closing the engine failed: " + e.getMessage(), e);
        }
    }
}

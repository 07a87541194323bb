package io.quire.bridge;

import io.quire.sql.ColumnDef;
import io.quire.sql.QuireTable;
import io.quire.sql.WholeTableQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code SELECT * FROM table}, the statement BI tools send first, read straight from the
 * table without the engine: no parsing, validation, planning or code generation, so the first
 * rows of a new connection come back without starting the engine at all. It asks the site
 * exactly what the engine's plan for the statement asks (every column, nothing pushed), and
 * describes its columns as the engine does; WholeTableReadIT holds the two to each other for
 * every table.
 */
final class WholeTableRead {
    private final QuireTable table;
    private final List<ColumnMeta> columns;

    private WholeTableRead(QuireTable table, List<ColumnMeta> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** The direct read for sql, or null when sql is anything else or names no table of the connection. */
    static WholeTableRead match(CatalogFunctions catalog, String sql) {
        WholeTableQuery.Target t = WholeTableQuery.parse(sql);
        if (t == null || t.schema() != null && !t.schema().equalsIgnoreCase(catalog.schemaName())) {
            return null;
        }
        Map.Entry<String, QuireTable> found = catalog.table(t.table());
        return found == null ? null
                : new WholeTableRead(found.getValue(), describe(catalog.schemaName(), found.getKey(), found.getValue()));
    }

    /** The columns as the engine describes a SELECT * of the table (all nullable, names as labels). */
    private static List<ColumnMeta> describe(String schema, String tableName, QuireTable table) {
        List<ColumnMeta> out = new ArrayList<>();
        for (ColumnDef c : table.columns()) {
            OdbcType t = TypeMapping.forColumn(c);
            out.add(new ColumnMeta(c.name(), c.name(), t, t.columnSize(c.precision()), t.decimalDigits(0), 1,
                    tableName, schema, ""));
        }
        return List.copyOf(out);
    }

    List<ColumnMeta> columns() {
        return columns;
    }

    /** Starts the read (the table's first request, as the engine's execute does). */
    Cursor open(BooleanSupplier cancelled) {
        return new TableCursor(columns, table.readAll(cancelled), cancelled);
    }
}

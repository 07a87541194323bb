package io.quire.bridge;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.sql.ColumnDef;
import io.quire.sql.QuireTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ODBC catalog functions answered from the schema's own table definitions, with the result
 * columns the ODBC reference lists for each function.
 */
final class CatalogFunctions {
    static final int SQL_API_SQLCOLUMNS = 40;
    static final int SQL_API_SQLGETTYPEINFO = 47;
    static final int SQL_API_SQLSPECIALCOLUMNS = 52;
    static final int SQL_API_SQLSTATISTICS = 53;
    static final int SQL_API_SQLTABLES = 54;
    static final int SQL_API_SQLCOLUMNPRIVILEGES = 56;
    static final int SQL_API_SQLFOREIGNKEYS = 60;
    static final int SQL_API_SQLPRIMARYKEYS = 65;
    static final int SQL_API_SQLPROCEDURECOLUMNS = 66;
    static final int SQL_API_SQLPROCEDURES = 67;
    static final int SQL_API_SQLTABLEPRIVILEGES = 70;

    private static final int SQL_ALL_TYPES = 0;

    private final String schemaName;
    private final TreeMap<String, QuireTable> tables;

    CatalogFunctions(String schemaName, Map<String, QuireTable> tables) {
        this.schemaName = schemaName;
        // ODBC orders catalog results by name (SQLTables: type, catalog, schema, name;
        // SQLColumns: ..., table name, ordinal): keep the tables sorted once.
        TreeMap<String, QuireTable> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(tables);
        this.tables = sorted;
    }

    /** Every column name of every table, system tables included. */
    java.util.Set<String> columnNames() {
        java.util.Set<String> out = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        tables.values().forEach(t -> t.columns().forEach(c -> out.add(c.name())));
        return out;
    }

    String schemaName() {
        return schemaName;
    }

    /** The table named name (matched ignoring case, as the engine does) with its own name, or null. */
    Map.Entry<String, QuireTable> table(String name) {
        String key = tables.floorKey(name);
        return key == null || !key.equalsIgnoreCase(name) ? null : Map.entry(key, tables.get(key));
    }

    /** Every table's name, system tables included. */
    java.util.Set<String> tableNames() {
        return tables.keySet();
    }

    Cursor run(int function, String[] a) {
        return switch (function) {
            case SQL_API_SQLTABLES -> tables(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
            case SQL_API_SQLCOLUMNS -> columns(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
            case SQL_API_SQLGETTYPEINFO -> typeInfo(arg(a, 0) == null ? SQL_ALL_TYPES : Integer.parseInt(arg(a, 0)));
            case SQL_API_SQLPRIMARYKEYS -> primaryKeys(arg(a, 1), arg(a, 2));
            case SQL_API_SQLFOREIGNKEYS -> foreignKeys(arg(a, 1), arg(a, 2), arg(a, 4), arg(a, 5));
            case SQL_API_SQLSTATISTICS -> statistics(arg(a, 1), arg(a, 2));
            case SQL_API_SQLSPECIALCOLUMNS -> specialColumns(arg(a, 0), arg(a, 2), arg(a, 3));
            case SQL_API_SQLPROCEDURES -> new ListCursor(CatalogColumns.PROCEDURES,
                    ProcedureRunner.procedureRows(io.quire.proc.Procedures.all(), schemaName, arg(a, 2)));
            case SQL_API_SQLPROCEDURECOLUMNS -> new ListCursor(CatalogColumns.PROCEDURE_COLUMNS,
                    ProcedureRunner.columnRows(io.quire.proc.Procedures.all(), schemaName, arg(a, 2), arg(a, 3)));
            case SQL_API_SQLTABLEPRIVILEGES -> empty(CatalogColumns.TABLE_PRIVILEGES);
            case SQL_API_SQLCOLUMNPRIVILEGES -> empty(CatalogColumns.COLUMN_PRIVILEGES);
            default -> throw new QuireException(SqlState.NOT_IMPLEMENTED, "Catalog function " + function
                    + " is not supported.");
        };
    }

    private static String arg(String[] a, int i) {
        return a != null && i < a.length ? a[i] : null;
    }

    private Cursor tables(String catalog, String schema, String table, String types) {
        List<Object[]> rows = new ArrayList<>();
        // The special enumerations of SQLTables (ODBC reference, "Comments").
        if ("%".equals(catalog) && "".equals(schema) && "".equals(table)) {
            return new ListCursor(CatalogColumns.TABLES, rows); // no catalogs
        }
        if ("".equals(catalog) && "%".equals(schema) && "".equals(table)) {
            rows.add(new Object[] {null, schemaName, null, null, null});
            return new ListCursor(CatalogColumns.TABLES, rows);
        }
        if ("".equals(catalog) && "".equals(schema) && "".equals(table) && "%".equals(types)) {
            new java.util.TreeSet<>(tables.values().stream().map(QuireTable::tableType).toList())
                    .forEach(t -> rows.add(new Object[] {null, null, null, t, null}));
            return new ListCursor(CatalogColumns.TABLES, rows);
        }
        if (!noCatalog(catalog) || !SearchPattern.matches(schema, schemaName)) {
            return new ListCursor(CatalogColumns.TABLES, rows);
        }
        // ordered by TABLE_TYPE, then name
        tables.entrySet().stream()
                .filter(e -> typeWanted(types, e.getValue().tableType()) && SearchPattern.matches(table, e.getKey()))
                .sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(QuireTable::tableType)))
                .forEach(e -> rows.add(new Object[] {null, schemaName, e.getKey(), e.getValue().tableType(), null}));
        return new ListCursor(CatalogColumns.TABLES, rows);
    }

    /** The source has no catalogs: NULL, "" or a pattern that matches the empty name ("%") select everything. */
    private static boolean noCatalog(String catalog) {
        return catalog == null || SearchPattern.matches(catalog, "");
    }

    private static boolean typeWanted(String types, String type) {
        if (types == null || types.isBlank() || types.trim().equals("%")) {
            return true;
        }
        return Arrays.stream(types.split(",")).map(s -> s.trim().replace("'", ""))
                .anyMatch(t -> t.equalsIgnoreCase(type));
    }

    private Cursor columns(String catalog, String schema, String table, String column) {
        List<Object[]> rows = new ArrayList<>();
        if (noCatalog(catalog) && SearchPattern.matches(schema, schemaName)) {
            for (Map.Entry<String, QuireTable> t : tables.entrySet()) {
                if (!SearchPattern.matches(table, t.getKey())) {
                    continue;
                }
                int ordinal = 0;
                for (ColumnDef c : t.getValue().columns()) {
                    ordinal++;
                    if (SearchPattern.matches(column, c.name())) {
                        rows.add(columnRow(t.getKey(), c, ordinal));
                    }
                }
            }
        }
        return new ListCursor(CatalogColumns.COLUMNS, rows);
    }

    private Object[] columnRow(String table, ColumnDef c, int ordinal) {
        OdbcType t = TypeMapping.forColumn(c);
        long size = t.columnSize(c.precision());
        Integer octets = t.isText() ? (int) Math.min(size * 4, Integer.MAX_VALUE) : null;
        Integer radix = radix(t);
        int sqlDataType = TypeMapping.verboseType(t);
        Integer subcode = TypeMapping.datetimeSubcode(t);
        return new Object[] {null, schemaName, table, c.name(), t.code, t.typeName, (int) Math.min(size, Integer.MAX_VALUE),
                TypeMapping.bufferLength(t, size), t.decimalDigits(0), radix, 1, c.description(), null, sqlDataType,
                subcode, octets, ordinal, "YES"};
    }

    private Cursor typeInfo(int dataType) {
        List<Object[]> rows = new ArrayList<>();
        List<OdbcType> sorted = new ArrayList<>(List.of(OdbcType.values()));
        sorted.sort((x, y) -> Integer.compare(x.code, y.code));
        for (OdbcType t : sorted) {
            if (dataType != SQL_ALL_TYPES && t.code != dataType) {
                continue;
            }
            rows.add(new Object[] {t.typeName, t.code, t.maxSize, t.literalPrefix, t.literalSuffix, t.createParams, 1,
                    t.isText() ? 1 : 0, t.searchable, t.unsigned, 0, t.unsigned != null ? 0 : null,
                    t.typeName, scale(t, 0), scale(t, 38), TypeMapping.verboseType(t), TypeMapping.datetimeSubcode(t),
                    radix(t), null});
        }
        return new ListCursor(CatalogColumns.TYPE_INFO, rows);
    }

    /** MINIMUM_SCALE / MAXIMUM_SCALE: fixed 3 for timestamps (milliseconds), 0..38 for decimals. */
    private static Integer scale(OdbcType t, int decimalBound) {
        return switch (t) {
            case TYPE_TIMESTAMP -> 3;
            case DECIMAL -> decimalBound;
            default -> null;
        };
    }

    private static Integer radix(OdbcType t) {
        if (t.wire == OdbcType.Wire.F64) {
            return 2;
        }
        return t.unsigned != null ? Integer.valueOf(10) : null;
    }

    private Cursor primaryKeys(String schema, String table) {
        List<Object[]> rows = new ArrayList<>();
        Map.Entry<String, QuireTable> t = table(schema, table);
        if (t != null) {
            int seq = 0;
            for (String col : t.getValue().primaryKey()) {
                rows.add(new Object[] {null, schemaName, t.getKey(), col, ++seq, "PK_" + t.getKey()});
            }
        }
        return new ListCursor(CatalogColumns.PRIMARY_KEYS, rows);
    }

    /**
     * Keys that refer to pkTable's primary key (ordered by the referring table), or that
     * fkTable declares (ordered by the referred table), or both when both are named.
     */
    private Cursor foreignKeys(String pkSchema, String pkTable, String fkSchema, String fkTable) {
        Map.Entry<String, QuireTable> pk = pkTable == null ? null : table(pkSchema, pkTable);
        Map.Entry<String, QuireTable> fk = fkTable == null ? null : table(fkSchema, fkTable);
        if ((pkTable != null && pk == null) || (fkTable != null && fk == null) || (pk == null && fk == null)) {
            return empty(CatalogColumns.FOREIGN_KEYS);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, QuireTable> t : tables.entrySet()) {
            if (fk != null && !t.getKey().equals(fk.getKey())) {
                continue;
            }
            for (io.quire.sql.ForeignKey k : t.getValue().foreignKeys()) {
                if (pk != null && !k.refTable().equalsIgnoreCase(pk.getKey())) {
                    continue;
                }
                rows.add(new Object[] {null, schemaName, k.refTable(), k.refColumn(), null, schemaName, t.getKey(),
                        k.column(), 1, 3, 3, "FK_" + t.getKey() + "_" + k.column(), "PK_" + k.refTable(), 7});
            }
        }
        // by the other side's names: FKTABLE_* when the primary-key table was named, else PKTABLE_*
        int by = pk != null ? 6 : 2;
        rows.sort(java.util.Comparator.comparing((Object[] r) -> ((String) r[by]).toLowerCase(java.util.Locale.ROOT))
                .thenComparing(r -> ((String) r[by == 6 ? 7 : 3]).toLowerCase(java.util.Locale.ROOT)));
        return new ListCursor(CatalogColumns.FOREIGN_KEYS, rows);
    }

    /** The table named exactly (case-insensitively) in the schema, or null. */
    private Map.Entry<String, QuireTable> table(String schema, String table) {
        if (table == null || !(schema == null || schema.isEmpty() || schema.equalsIgnoreCase(schemaName))) {
            return null;
        }
        return tables.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table)).findFirst().orElse(null);
    }

    /**
     * The primary key as a unique index (Access makes a linked table keyed only when one is
     * reported), after the table-statistics row ODBC puts first.
     */
    private Cursor statistics(String schema, String table) {
        List<Object[]> rows = new ArrayList<>();
        Map.Entry<String, QuireTable> t = table(schema, table);
        if (t != null) {
            rows.add(new Object[] {null, schemaName, t.getKey(), null, null, null, 0, null, null, null, null, null, null});
            int seq = 0;
            for (String col : t.getValue().primaryKey()) {
                rows.add(new Object[] {null, schemaName, t.getKey(), 0, null, "PK_" + t.getKey(), 3, ++seq, col, "A",
                        null, null, null});
            }
        }
        return new ListCursor(CatalogColumns.STATISTICS, rows);
    }

    /** SQL_BEST_ROWID (1): the primary key, valid for the session; SQL_ROWVER (2): none. */
    private Cursor specialColumns(String identifierType, String schema, String table) {
        List<Object[]> rows = new ArrayList<>();
        Map.Entry<String, QuireTable> t = table(schema, table);
        if (t != null && "1".equals(identifierType)) {
            for (String col : t.getValue().primaryKey()) {
                ColumnDef c = t.getValue().columns().stream().filter(d -> d.name().equals(col)).findFirst().orElseThrow();
                OdbcType type = TypeMapping.forColumn(c);
                long size = type.columnSize(c.precision());
                rows.add(new Object[] {2, col, type.code, type.typeName, (int) size, TypeMapping.bufferLength(type, size),
                        type.unsigned != null ? Integer.valueOf(0) : null, 1});
            }
        }
        return new ListCursor(CatalogColumns.SPECIAL_COLUMNS, rows);
    }

    private static Cursor empty(List<ColumnMeta> columns) {
        return new ListCursor(columns, List.of());
    }
}

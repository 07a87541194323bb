package io.quire.bridge;

import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.config.ConnectionProperty;
import io.quire.sql.ColumnDef;
import io.quire.sql.ForeignKey;
import io.quire.sql.ListTable;
import io.quire.sql.QuireTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The sys_* tables, queryable with SQL like any other (names and columns as the commercial
 * drivers have them): the schema's tables, columns, keys and procedures, the connection's
 * properties (secrets never shown) and what the SQL dialect supports. Built from the same
 * metadata the catalog functions answer from, so both always agree.
 */
final class SystemTables {
    private final String schema;
    private Map<String, QuireTable> tables;
    private final ConnectionConfig config;

    private SystemTables(String schema, Map<String, QuireTable> tables, ConnectionConfig config) {
        this.schema = schema;
        this.tables = tables;
        this.config = config;
    }

    /** The system tables for a schema's source tables, by name. */
    static Map<String, QuireTable> forSchema(String schema, Map<String, QuireTable> sourceTables, ConnectionConfig config) {
        SystemTables s = new SystemTables(schema, sourceTables, config);
        Map<String, QuireTable> out = new LinkedHashMap<>();
        out.put("sys_tables", new ListTable(List.of(t("CatalogName"), t("SchemaName"), t("TableName"), t("TableType"),
                t("Description"), b("IsUpdateable")), List.of("TableName"), s::tableRows));
        out.put("sys_tablecolumns", new ListTable(List.of(t("CatalogName"), t("SchemaName"), t("TableName"),
                t("ColumnName"), t("DataTypeName"), i("DataType"), i("Length"), i("DisplaySize"), i("NumericPrecision"),
                i("NumericScale"), b("IsNullable"), t("Description"), i("Ordinal"), b("IsAutoIncrement"),
                b("IsGeneratedColumn"), b("IsHidden"), b("IsArray"), b("IsReadOnly"), b("IsKey"), t("ColumnType")),
                List.of("TableName", "ColumnName"), s::columnRows));
        out.put("sys_primarykeys", new ListTable(List.of(t("CatalogName"), t("SchemaName"), t("TableName"),
                t("ColumnName"), i("KeySeq"), t("KeyName")), List.of("TableName", "ColumnName"), s::primaryKeyRows));
        out.put("sys_foreignkeys", new ListTable(List.of(t("CatalogName"), t("SchemaName"), t("TableName"),
                t("ColumnName"), t("PrimaryKeyName"), t("ForeignKeyName"), t("ReferencedCatalogName"),
                t("ReferencedSchemaName"), t("ReferencedTableName"), t("ReferencedColumnName"), t("ForeignKeyType")),
                List.of("TableName", "ColumnName"), s::foreignKeyRows));
        out.put("sys_procedures", new ListTable(List.of(t("CatalogName"), t("SchemaName"), t("ProcedureName"),
                t("Description"), t("ProcedureType")), List.of("ProcedureName"), s::procedureRows));
        out.put("sys_procedureparameters", new ListTable(List.of(t("CatalogName"), t("SchemaName"), t("ProcedureName"),
                t("ColumnName"), i("Direction"), t("DataTypeName"), i("DataType"), i("Length"), i("NumericPrecision"),
                i("NumericScale"), b("IsNullable"), b("IsRequired"), t("Description"), i("Ordinal")),
                List.of("ProcedureName", "ColumnName"), s::procedureParameterRows));
        out.put("sys_connection_props", new ListTable(List.of(t("Name"), t("ShortDescription"), t("Type"), t("Default"),
                t("Values"), t("Value"), b("Required"), t("Category"), b("IsSessionProperty"), t("Sensitivity"),
                t("PropertyName"), i("Ordinal")), List.of("Name"), s::propertyRows));
        out.put("sys_sqlinfo", new ListTable(List.of(t("NAME"), t("VALUE")), List.of("NAME"), SqlInfo::rows));
        Map<String, QuireTable> everything = new LinkedHashMap<>(sourceTables);
        everything.putAll(out);
        s.tables = everything;   // sys_tables and sys_tablecolumns describe themselves too
        return out;
    }

    private static ColumnDef t(String name) {
        return text(name, 255, null);
    }

    private static ColumnDef i(String name) {
        return of(name, SqlTypeName.INTEGER, null);
    }

    private static ColumnDef b(String name) {
        return of(name, SqlTypeName.BOOLEAN, null);
    }

    private List<Object[]> tableRows() {
        List<Object[]> rows = new ArrayList<>();
        tables.forEach((name, t) -> rows.add(new Object[] {null, schema, name, t.tableType(), null, false}));
        return rows;
    }

    private List<Object[]> columnRows() {
        List<Object[]> rows = new ArrayList<>();
        tables.forEach((name, t) -> {
            int ordinal = 0;
            for (ColumnDef c : t.columns()) {
                OdbcType type = TypeMapping.forColumn(c);
                long size = type.columnSize(c.precision());
                boolean pseudo = c.name().equals("CQL");
                rows.add(new Object[] {null, schema, name, c.name(), type.typeName, type.code, (int) Math.min(size, Integer.MAX_VALUE),
                        (int) Math.min(size, Integer.MAX_VALUE), null, null, true, c.description(), ++ordinal, false, false,
                        false, false, true, t.primaryKey().contains(c.name()), pseudo ? "PSEUDO" : "REGULAR"});
            }
        });
        return rows;
    }

    private List<Object[]> primaryKeyRows() {
        List<Object[]> rows = new ArrayList<>();
        tables.forEach((name, t) -> {
            int seq = 0;
            for (String col : t.primaryKey()) {
                rows.add(new Object[] {null, schema, name, col, ++seq, "PK_" + name});
            }
        });
        return rows;
    }

    private List<Object[]> foreignKeyRows() {
        List<Object[]> rows = new ArrayList<>();
        tables.forEach((name, t) -> {
            for (ForeignKey k : t.foreignKeys()) {
                rows.add(new Object[] {null, schema, name, k.column(), "PK_" + k.refTable(), "FK_" + name + "_" + k.column(),
                        null, schema, k.refTable(), k.refColumn(), "FOREIGNKEY"});
            }
        });
        return rows;
    }

    /** Every connection property with its value on this connection; secrets only say whether they are set. */
    private List<Object[]> procedureRows() {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (io.quire.proc.Procedure p : io.quire.proc.Procedures.all()) {
            rows.add(new Object[] {null, schema, p.name(), p.description(), "STOREDPROCEDURE"});
        }
        return rows;
    }

    /** Inputs (Direction 1) and result columns (Direction 4, output), as the established drivers list them. */
    private List<Object[]> procedureParameterRows() {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (io.quire.proc.Procedure p : io.quire.proc.Procedures.all()) {
            int ordinal = 1;
            for (io.quire.proc.ProcedureParameter in : p.inputs()) {
                rows.add(parameterRow(p, in, 1, ordinal++, in.required()));
            }
            for (io.quire.proc.ProcedureParameter out : p.results()) {
                rows.add(parameterRow(p, out, 4, ordinal++, false));
            }
        }
        return rows;
    }

    private Object[] parameterRow(io.quire.proc.Procedure p, io.quire.proc.ProcedureParameter c, int direction,
                                  int ordinal, boolean required) {
        OdbcType t = ProcedureRunner.type(c.type());
        return new Object[] {null, schema, p.name(), c.name(), direction, t.typeName, t.code,
                (int) ProcedureRunner.size(t), null, null, !required, required,
                c.description(), ordinal};
    }

    private List<Object[]> propertyRows() {
        List<Object[]> rows = new ArrayList<>();
        int ordinal = 0;
        for (ConnectionProperty p : ConnectionProperties.all()) {
            String value = config.get(p);
            if (p.secret()) {
                value = config.isSet(p) ? "(set)" : null;
            }
            rows.add(new Object[] {p.name(), p.description(), p.type().name().toLowerCase(java.util.Locale.ROOT),
                    p.defaultValue(), p.allowedValues().isEmpty() ? null : String.join(",", p.allowedValues()), value,
                    false, p.category(), false, p.secret() ? "PASSWORD" : null, p.name(), ordinal++});
        }
        return rows;
    }
}

package io.quire.sql;

import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One column of a source table as users see it: name, SQL type and, for text, the declared
 * length (-1 for long text such as page bodies).
 */
public record ColumnDef(String name, SqlTypeName type, int precision, String description) {

    public static ColumnDef text(String name, int length, String description) {
        return new ColumnDef(name, SqlTypeName.VARCHAR, length, description);
    }

    public static ColumnDef longText(String name, String description) {
        return new ColumnDef(name, SqlTypeName.VARCHAR, -1, description);
    }

    public static ColumnDef of(String name, SqlTypeName type, String description) {
        return new ColumnDef(name, type, -1, description);
    }
}

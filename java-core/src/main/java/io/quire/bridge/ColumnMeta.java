package io.quire.bridge;

/** One result column as the native side describes it (docs/bridge.md, describe). */
record ColumnMeta(String name, String label, OdbcType type, long columnSize, int decimalDigits, int nullable,
                  String table, String schema, String catalog) {

    static ColumnMeta simple(String name, OdbcType type, boolean nullable) {
        return new ColumnMeta(name, name, type, type.columnSize(type == OdbcType.WVARCHAR ? 128 : 0),
                type.decimalDigits(0), nullable ? 1 : 0, "", "", "");
    }
}

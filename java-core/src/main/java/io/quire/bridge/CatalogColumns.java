package io.quire.bridge;

import java.util.ArrayList;
import java.util.List;

/** The result columns of each ODBC catalog function, as the ODBC reference names and types them. */
final class CatalogColumns {
    private CatalogColumns() {
    }

    static final List<ColumnMeta> TABLES = cols(
            "TABLE_CAT", 'v', "TABLE_SCHEM", 'v', "TABLE_NAME", 'v', "TABLE_TYPE", 'v', "REMARKS", 'v');

    static final List<ColumnMeta> COLUMNS = cols(
            "TABLE_CAT", 'v', "TABLE_SCHEM", 'v', "TABLE_NAME", 'V', "COLUMN_NAME", 'V', "DATA_TYPE", 'S',
            "TYPE_NAME", 'V', "COLUMN_SIZE", 'i', "BUFFER_LENGTH", 'i', "DECIMAL_DIGITS", 's', "NUM_PREC_RADIX", 's',
            "NULLABLE", 'S', "REMARKS", 'v', "COLUMN_DEF", 'v', "SQL_DATA_TYPE", 'S', "SQL_DATETIME_SUB", 's',
            "CHAR_OCTET_LENGTH", 'i', "ORDINAL_POSITION", 'I', "IS_NULLABLE", 'v');

    static final List<ColumnMeta> TYPE_INFO = cols(
            "TYPE_NAME", 'V', "DATA_TYPE", 'S', "COLUMN_SIZE", 'i', "LITERAL_PREFIX", 'v', "LITERAL_SUFFIX", 'v',
            "CREATE_PARAMS", 'v', "NULLABLE", 'S', "CASE_SENSITIVE", 'S', "SEARCHABLE", 'S',
            "UNSIGNED_ATTRIBUTE", 's', "FIXED_PREC_SCALE", 'S', "AUTO_UNIQUE_VALUE", 's', "LOCAL_TYPE_NAME", 'v',
            "MINIMUM_SCALE", 's', "MAXIMUM_SCALE", 's', "SQL_DATA_TYPE", 'S', "SQL_DATETIME_SUB", 's',
            "NUM_PREC_RADIX", 'i', "INTERVAL_PRECISION", 's');

    static final List<ColumnMeta> PRIMARY_KEYS = cols(
            "TABLE_CAT", 'v', "TABLE_SCHEM", 'v', "TABLE_NAME", 'V', "COLUMN_NAME", 'V', "KEY_SEQ", 'S', "PK_NAME", 'v');

    static final List<ColumnMeta> FOREIGN_KEYS = cols(
            "PKTABLE_CAT", 'v', "PKTABLE_SCHEM", 'v', "PKTABLE_NAME", 'V', "PKCOLUMN_NAME", 'V', "FKTABLE_CAT", 'v',
            "FKTABLE_SCHEM", 'v', "FKTABLE_NAME", 'V', "FKCOLUMN_NAME", 'V', "KEY_SEQ", 'S', "UPDATE_RULE", 's',
            "DELETE_RULE", 's', "FK_NAME", 'v', "PK_NAME", 'v', "DEFERRABILITY", 's');

    static final List<ColumnMeta> STATISTICS = cols(
            "TABLE_CAT", 'v', "TABLE_SCHEM", 'v', "TABLE_NAME", 'V', "NON_UNIQUE", 's', "INDEX_QUALIFIER", 'v',
            "INDEX_NAME", 'v', "TYPE", 'S', "ORDINAL_POSITION", 's', "COLUMN_NAME", 'v', "ASC_OR_DESC", 'v',
            "CARDINALITY", 'i', "PAGES", 'i', "FILTER_CONDITION", 'v');

    static final List<ColumnMeta> SPECIAL_COLUMNS = cols(
            "SCOPE", 's', "COLUMN_NAME", 'V', "DATA_TYPE", 'S', "TYPE_NAME", 'V', "COLUMN_SIZE", 'i',
            "BUFFER_LENGTH", 'i', "DECIMAL_DIGITS", 's', "PSEUDO_COLUMN", 's');

    static final List<ColumnMeta> PROCEDURES = cols(
            "PROCEDURE_CAT", 'v', "PROCEDURE_SCHEM", 'v', "PROCEDURE_NAME", 'V', "NUM_INPUT_PARAMS", 'i',
            "NUM_OUTPUT_PARAMS", 'i', "NUM_RESULT_SETS", 'i', "REMARKS", 'v', "PROCEDURE_TYPE", 's');

    static final List<ColumnMeta> PROCEDURE_COLUMNS = cols(
            "PROCEDURE_CAT", 'v', "PROCEDURE_SCHEM", 'v', "PROCEDURE_NAME", 'V', "COLUMN_NAME", 'V',
            "COLUMN_TYPE", 'S', "DATA_TYPE", 'S', "TYPE_NAME", 'V', "COLUMN_SIZE", 'i', "BUFFER_LENGTH", 'i',
            "DECIMAL_DIGITS", 's', "NUM_PREC_RADIX", 's', "NULLABLE", 'S', "REMARKS", 'v', "COLUMN_DEF", 'v',
            "SQL_DATA_TYPE", 'S', "SQL_DATETIME_SUB", 's', "CHAR_OCTET_LENGTH", 'i', "ORDINAL_POSITION", 'I',
            "IS_NULLABLE", 'v');

    static final List<ColumnMeta> TABLE_PRIVILEGES = cols(
            "TABLE_CAT", 'v', "TABLE_SCHEM", 'v', "TABLE_NAME", 'V', "GRANTOR", 'v', "GRANTEE", 'V',
            "PRIVILEGE", 'V', "IS_GRANTABLE", 'v');

    static final List<ColumnMeta> COLUMN_PRIVILEGES = cols(
            "TABLE_CAT", 'v', "TABLE_SCHEM", 'v', "TABLE_NAME", 'V', "COLUMN_NAME", 'V', "GRANTOR", 'v',
            "GRANTEE", 'V', "PRIVILEGE", 'V', "IS_GRANTABLE", 'v');

    /**
     * Pairs of name and type code: v/V varchar (nullable / not null), s/S smallint, i/I integer.
     */
    private static List<ColumnMeta> cols(Object... spec) {
        List<ColumnMeta> out = new ArrayList<>();
        for (int i = 0; i < spec.length; i += 2) {
            String name = (String) spec[i];
            char code = (Character) spec[i + 1];
            OdbcType type = switch (Character.toLowerCase(code)) {
                case 's' -> OdbcType.SMALLINT;
                case 'i' -> OdbcType.INTEGER;
                default -> OdbcType.WVARCHAR;
            };
            out.add(ColumnMeta.simple(name, type, Character.isLowerCase(code)));
        }
        return List.copyOf(out);
    }
}

/*
 * The one table of SQLSTATEs the driver can report: ODBC 3 code, the ODBC 2 code an
 * application that asked for SQL_OV_ODBC2 sees, and the standard text.
 * Source: ODBC Programmer's Reference, appendix A "ODBC Error Codes" and
 * "SQLSTATE Mappings":
 * https://learn.microsoft.com/sql/odbc/reference/appendixes/appendix-a-odbc-error-codes
 * https://learn.microsoft.com/sql/odbc/reference/develop-app/sqlstate-mappings
 * ODBC 3 states that have no ODBC 2 counterpart map to the nearest general one (S1000).
 */
#include "diag.h"

#include <string.h>

static const diag_state states[] = {
    /* odbc3   odbc2    text                                                  subclass */
    {"01000", "01000", "General warning", 0},
    {"01001", "01S03", "Cursor operation conflict", 0},
    {"01002", "01002", "Disconnect error", 0},
    {"01003", "01003", "NULL value eliminated in set function", 0},
    {"01004", "01004", "String data, right-truncated", 0},
    {"01006", "01006", "Privilege not revoked", 0},
    {"01007", "01007", "Privilege not granted", 0},
    {"01S00", "01S00", "Invalid connection string attribute", 1},
    {"01S01", "01S01", "Error in row", 1},
    {"01S02", "01S02", "Option value changed", 1},
    {"01S06", "01S06", "Attempt to fetch before the result set returned the first rowset", 1},
    {"01S07", "01S07", "Fractional truncation", 1},
    {"01S08", "01S08", "Error saving File DSN", 1},
    {"01S09", "01S09", "Invalid keyword", 1},
    {"07001", "07001", "Wrong number of parameters", 0},
    {"07002", "07001", "COUNT field incorrect", 0},
    {"07005", "24000", "Prepared statement not a cursor-specification", 0},
    {"07006", "07006", "Restricted data type attribute violation", 0},
    {"07007", "07006", "Restricted parameter value violation", 0},
    {"07009", "S1002", "Invalid descriptor index", 0},
    {"07S01", "07S01", "Invalid use of default parameter", 1},
    {"08001", "08001", "Client unable to establish connection", 0},
    {"08002", "08002", "Connection name in use", 0},
    {"08003", "08003", "Connection does not exist", 0},
    {"08004", "08004", "Server rejected the connection", 0},
    {"08007", "08007", "Connection failure during transaction", 0},
    {"08S01", "08S01", "Communication link failure", 1},
    {"21S01", "21S01", "Insert value list does not match column list", 1},
    {"21S02", "21S02", "Degree of derived table does not match column list", 1},
    {"22001", "22001", "String data, right-truncated", 0},
    {"22002", "22002", "Indicator variable required but not supplied", 0},
    {"22003", "22003", "Numeric value out of range", 0},
    {"22007", "22008", "Invalid datetime format", 0},
    {"22008", "22008", "Datetime field overflow", 0},
    {"22012", "22012", "Division by zero", 0},
    {"22015", "22015", "Interval field overflow", 0},
    {"22018", "22005", "Invalid character value for cast specification", 0},
    {"22019", "22019", "Invalid escape character", 0},
    {"22025", "22025", "Invalid escape sequence", 0},
    {"22026", "22026", "String data, length mismatch", 0},
    {"23000", "23000", "Integrity constraint violation", 0},
    {"24000", "24000", "Invalid cursor state", 0},
    {"25000", "25000", "Invalid transaction state", 0},
    {"25S01", "25S01", "Transaction state", 1},
    {"25S02", "25S02", "Transaction is still active", 1},
    {"25S03", "25S03", "Transaction is rolled back", 1},
    {"28000", "28000", "Invalid authorization specification", 0},
    {"34000", "34000", "Invalid cursor name", 0},
    {"3C000", "3C000", "Duplicate cursor name", 0},
    {"3D000", "3D000", "Invalid catalog name", 0},
    {"3F000", "3F000", "Invalid schema name", 0},
    {"40001", "40001", "Serialization failure", 0},
    {"40002", "40002", "Integrity constraint violation", 0},
    {"40003", "40003", "Statement completion unknown", 0},
    {"42000", "37000", "Syntax error or access violation", 0},
    {"42S01", "S0001", "Base table or view already exists", 1},
    {"42S02", "S0002", "Base table or view not found", 1},
    {"42S11", "S0011", "Index already exists", 1},
    {"42S12", "S0012", "Index not found", 1},
    {"42S21", "S0021", "Column already exists", 1},
    {"42S22", "S0022", "Column not found", 1},
    {"44000", "44000", "WITH CHECK OPTION violation", 0},
    {"HY000", "S1000", "General error", 0},
    {"HY001", "S1001", "Memory allocation error", 0},
    {"HY003", "S1003", "Invalid application buffer type", 0},
    {"HY004", "S1004", "Invalid SQL data type", 0},
    {"HY007", "S1010", "Associated statement is not prepared", 0},
    {"HY008", "S1008", "Operation canceled", 0},
    {"HY009", "S1009", "Invalid use of null pointer", 0},
    {"HY010", "S1010", "Function sequence error", 0},
    {"HY011", "S1011", "Attribute cannot be set now", 0},
    {"HY012", "S1012", "Invalid transaction operation code", 0},
    {"HY013", "S1000", "Memory management error", 0},
    {"HY014", "S1000", "Limit on the number of handles exceeded", 0},
    {"HY015", "S1015", "No cursor name available", 0},
    {"HY016", "S1000", "Cannot modify an implementation row descriptor", 0},
    {"HY017", "S1000", "Invalid use of an automatically allocated descriptor handle", 0},
    {"HY018", "70100", "Server declined cancel request", 0},
    {"HY019", "22003", "Non-character and non-binary data sent in pieces", 0},
    {"HY020", "S1000", "Attempt to concatenate a null value", 0},
    {"HY021", "S1000", "Inconsistent descriptor information", 0},
    {"HY024", "S1009", "Invalid attribute value", 0},
    {"HY090", "S1090", "Invalid string or buffer length", 0},
    {"HY091", "S1091", "Invalid descriptor field identifier", 0},
    {"HY092", "S1092", "Invalid attribute/option identifier", 0},
    {"HY095", "S1095", "Function type out of range", 1},
    {"HY096", "S1096", "Invalid information type", 0},
    {"HY097", "S1097", "Column type out of range", 1},
    {"HY098", "S1098", "Scope type out of range", 1},
    {"HY099", "S1099", "Nullable type out of range", 1},
    {"HY100", "S1100", "Uniqueness option type out of range", 1},
    {"HY101", "S1101", "Accuracy option type out of range", 1},
    {"HY103", "S1103", "Invalid retrieval code", 0},
    {"HY104", "S1104", "Invalid precision or scale value", 0},
    {"HY105", "S1105", "Invalid parameter type", 1},
    {"HY106", "S1106", "Fetch type out of range", 0},
    {"HY107", "S1107", "Row value out of range", 1},
    {"HY109", "S1109", "Invalid cursor position", 1},
    {"HY110", "S1110", "Invalid driver completion", 1},
    {"HY111", "S1111", "Invalid bookmark value", 1},
    {"HY114", "S1000", "Driver does not support connection-level asynchronous function execution", 0},
    {"HY117", "S1000", "Connection is suspended due to unknown transaction state", 0},
    {"HYC00", "S1C00", "Optional feature not implemented", 0},
    {"HYT00", "S1T00", "Timeout expired", 1},
    {"HYT01", "S1T00", "Connection timeout expired", 1},
    {"IM001", "IM001", "Driver does not support this function", 1},
};

const diag_state *diag_state_find(const char *odbc3)
{
    for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
        if (strcmp(states[i].odbc3, odbc3) == 0)
            return &states[i];
    return NULL;
}

const char *diag_state_code(const char *odbc3, SQLINTEGER odbc_version)
{
    if (odbc_version != SQL_OV_ODBC2)
        return odbc3;
    const diag_state *st = diag_state_find(odbc3);
    return st ? st->odbc2 : odbc3;
}

const char *diag_class_origin(const char *odbc3)
{
    return (odbc3[0] == 'I' && odbc3[1] == 'M') ? "ODBC 3.0" : "ISO 9075";
}

const char *diag_subclass_origin(const char *odbc3)
{
    const diag_state *st = diag_state_find(odbc3);
    if ((odbc3[0] == 'I' && odbc3[1] == 'M') || (st && st->odbc_subclass))
        return "ODBC 3.0";
    return "ISO 9075";
}

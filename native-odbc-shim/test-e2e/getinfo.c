/*
 * SQLGetInfo answers every info type of ODBC 3.8 (0-173 except the driver manager's own,
 * 10000-10005, 10021-10025) plus the two Power BI asks for (180, 1750); the values the issue
 * and bi-tools.md care about; SQLGetInfoW lengths in bytes; HY096 for an unknown type; and
 * SQLGetFunctions agreeing with what the driver exports.
 *   getinfo "DSN=QuireDC"
 */
#include "e2e.h"

#include <sqlucode.h>

static int dm_owned(int t)
{
    /* SQL_DRIVER_HDBC/HENV/HSTMT/HLIB/HDESC, SQL_ODBC_VER, SQL_DM_VER: the driver manager's */
    return t == 3 || t == 4 || t == 5 || t == 6 || t == 10 || t == 76 || t == 135 || t == 171;
}

static SQLUINTEGER u32(SQLHDBC dbc, SQLUSMALLINT t)
{
    SQLUINTEGER v = 0xdeadbeef;
    SQLGetInfo(dbc, t, &v, sizeof v, NULL);
    return v;
}

static SQLUSMALLINT u16(SQLHDBC dbc, SQLUSMALLINT t)
{
    SQLUSMALLINT v = 0xbeef;
    SQLGetInfo(dbc, t, &v, sizeof v, NULL);
    return v;
}

static const char *str(SQLHDBC dbc, SQLUSMALLINT t)
{
    static char buf[256];
    buf[0] = '\0';
    SQLGetInfo(dbc, t, buf, sizeof buf, NULL);
    return buf;
}

int main(int argc, char **argv)
{
    conn c;
    open_conn(&c, argc > 1 ? argv[1] : "DSN=QuireDC");
    SQLHDBC dbc = c.dbc;
    int ranges[][2] = {{0, 173}, {10000, 10005}, {10021, 10025}, {180, 180}, {1750, 1750}};
    int answered = 0, missing = 0;
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++) {
        for (int t = ranges[r][0]; t <= ranges[r][1]; t++) {
            if (dm_owned(t))
                continue;
            char buf[1024];
            SQLSMALLINT len = 0;
            SQLRETURN rc = SQLGetInfo(dbc, (SQLUSMALLINT)t, buf, sizeof buf, &len);
            if (SQL_SUCCEEDED(rc)) {
                answered++;
            } else {
                missing++;
                printf("     info type %d: %s\n", t, state_of(SQL_HANDLE_DBC, dbc));
            }
        }
    }
    CHECK(missing == 0, "every ODBC info type answered (%d, %d missing)", answered, missing);
    SQLRETURN rc = SQLGetInfo(dbc, 9999, NULL, 0, NULL);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_DBC, dbc), "HY096") == 0, "unknown type 9999: HY096");

    CHECK(u32(dbc, 180) == 0, "180 (SQL_RETURN_ESCAPE_CLAUSE) = 0");
    CHECK(u32(dbc, SQL_DTC_TRANSITION_COST) == 0, "1750 (SQL_DTC_TRANSITION_COST) = 0");
    CHECK(strncmp(str(dbc, SQL_DRIVER_ODBC_VER), "03.", 3) == 0, "SQL_DRIVER_ODBC_VER %s", str(dbc, SQL_DRIVER_ODBC_VER));
    CHECK(u32(dbc, SQL_ODBC_INTERFACE_CONFORMANCE) == SQL_OIC_CORE, "SQL_ODBC_INTERFACE_CONFORMANCE = core");
    CHECK(strcmp(str(dbc, SQL_DESCRIBE_PARAMETER), "Y") == 0, "SQL_DESCRIBE_PARAMETER = Y");
    CHECK(strcmp(str(dbc, SQL_IDENTIFIER_QUOTE_CHAR), "\"") == 0, "SQL_IDENTIFIER_QUOTE_CHAR = \"");
    SQLUINTEGER gd = u32(dbc, SQL_GETDATA_EXTENSIONS);
    CHECK((gd & (SQL_GD_ANY_COLUMN | SQL_GD_ANY_ORDER | SQL_GD_BOUND | SQL_GD_BLOCK)) ==
          (SQL_GD_ANY_COLUMN | SQL_GD_ANY_ORDER | SQL_GD_BOUND | SQL_GD_BLOCK), "SQL_GETDATA_EXTENSIONS %#x", gd);
    CHECK(u32(dbc, SQL_POS_OPERATIONS) == (SQL_POS_POSITION | SQL_POS_REFRESH), "SQL_POS_OPERATIONS = position | refresh");
    CHECK(u32(dbc, SQL_CONVERT_FUNCTIONS) == (SQL_FN_CVT_CAST | SQL_FN_CVT_CONVERT), "SQL_CONVERT_FUNCTIONS = CAST | CONVERT");
    CHECK((u32(dbc, SQL_CONVERT_INTEGER) & SQL_CVT_VARCHAR) && !(u32(dbc, SQL_CONVERT_INTEGER) & SQL_CVT_WVARCHAR),
          "SQL_CONVERT_INTEGER: VARCHAR yes, WVARCHAR no (%#x)", u32(dbc, SQL_CONVERT_INTEGER));
    CHECK((u32(dbc, SQL_STRING_FUNCTIONS) & SQL_FN_STR_LEFT) && (u32(dbc, SQL_STRING_FUNCTIONS) & SQL_FN_STR_BIT_LENGTH) &&
          (u32(dbc, SQL_STRING_FUNCTIONS) & SQL_FN_STR_OCTET_LENGTH), "SQL_STRING_FUNCTIONS: LEFT, BIT_LENGTH, OCTET_LENGTH");
    CHECK(u32(dbc, SQL_SYSTEM_FUNCTIONS) == (SQL_FN_SYS_IFNULL | SQL_FN_SYS_USERNAME | SQL_FN_SYS_DBNAME),
          "SQL_SYSTEM_FUNCTIONS: IFNULL, USER, DATABASE");
    CHECK(u32(dbc, SQL_TIMEDATE_FUNCTIONS) & SQL_FN_TD_CURRENT_TIME, "SQL_TIMEDATE_FUNCTIONS: CURRENT_TIME");
    CHECK(u32(dbc, SQL_AGGREGATE_FUNCTIONS) == (SQL_AF_ALL | SQL_AF_AVG | SQL_AF_COUNT | SQL_AF_DISTINCT | SQL_AF_MAX | SQL_AF_MIN | SQL_AF_SUM),
          "SQL_AGGREGATE_FUNCTIONS: all");
    CHECK(u32(dbc, SQL_PARAM_ARRAY_SELECTS) == SQL_PAS_NO_SELECT, "SQL_PARAM_ARRAY_SELECTS = SQL_PAS_NO_SELECT");
    CHECK(u16(dbc, SQL_TXN_CAPABLE) == SQL_TC_NONE, "SQL_TXN_CAPABLE = none");
    CHECK(u16(dbc, SQL_ODBC_API_CONFORMANCE) == SQL_OAC_LEVEL1, "SQL_ODBC_API_CONFORMANCE = level 1");

    /* W: lengths in bytes */
    SQLWCHAR w[64];
    SQLSMALLINT len = 0;
    rc = SQLGetInfoW(dbc, SQL_DRIVER_ODBC_VER, w, sizeof w, &len);
    CHECK(rc == SQL_SUCCESS && len == 5 * sizeof(SQLWCHAR) && w[0] == '0', "SQLGetInfoW length in bytes: %d", len);

    /* SQLGetFunctions: the exports it reports are there; what it denies the DM refuses */
    SQLUSMALLINT f[SQL_API_ODBC3_ALL_FUNCTIONS_SIZE];
    rc = SQLGetFunctions(dbc, SQL_API_ODBC3_ALL_FUNCTIONS, f);
    int want_yes[] = {SQL_API_SQLBINDPARAMETER, SQL_API_SQLNUMPARAMS, SQL_API_SQLDESCRIBEPARAM,
                      SQL_API_SQLPARAMDATA, SQL_API_SQLPUTDATA, SQL_API_SQLCOPYDESC, SQL_API_SQLSETDESCREC,
                      SQL_API_SQLGETCURSORNAME, SQL_API_SQLSETCURSORNAME, SQL_API_SQLEXTENDEDFETCH,
                      SQL_API_SQLSETPOS, SQL_API_SQLCANCEL, SQL_API_SQLGETDESCREC,
                      SQL_API_SQLBROWSECONNECT};
    int want_no[] = {SQL_API_SQLBULKOPERATIONS};
    int ok = rc == SQL_SUCCESS;
    for (size_t i = 0; i < sizeof want_yes / sizeof want_yes[0]; i++)
        if (!SQL_FUNC_EXISTS(f, want_yes[i])) {
            printf("     function %d not reported\n", want_yes[i]);
            ok = 0;
        }
    for (size_t i = 0; i < sizeof want_no / sizeof want_no[0]; i++)
        if (SQL_FUNC_EXISTS(f, want_no[i]))
            ok = 0;
    CHECK(ok, "SQLGetFunctions reports the new functions and SQLBrowseConnect, not SQLBulkOperations");
    close_conn(&c);
    return finish("getinfo");
}

/* Replay: Power BI Desktop "Get data > ODBC" and Excel "Data > Get Data > From ODBC", which
 * share the Power Query ODBC layer (Odbc.DataSource), browsing the DSN in the navigator and
 * importing one table.
 *
 * Written down from Microsoft's documentation:
 * - https://learn.microsoft.com/power-query/odbc and microsoft/DataConnectors docs/odbc.md
 *   ("Enabling Direct Query for an ODBC based connector"): Odbc.DataSource builds the navigator
 *   from the driver's catalog functions, reads SQLGetInfo / SQLGetFunctions / SQLGetTypeInfo /
 *   SQLColumns to decide what to fold, fixes SQLColumns/SQLGetTypeInfo mismatches; values are
 *   read with SQLGetData unless SQL_API_SQLBINDCOL is overridden to true; string, numeric and
 *   date values are sent with parameter binding unless SupportsStringLiterals etc. are set.
 * - https://learn.microsoft.com/power-query/odbc-parameters: LimitClauseKind (Top, Limit,
 *   LimitOffset = "LIMIT <take> OFFSET <skip>", AnsiSql2008 = "OFFSET <skip> ROWS FETCH FIRST
 *   <take> ROWS ONLY"), ClientConnectionPooling, HierarchicalNavigation (schema level),
 *   CreateNavigationProperties (from SQLForeignKeys).
 * - https://learn.microsoft.com/sql/odbc/reference/syntax/sqltables-function (SQL_ALL_CATALOGS,
 *   SQL_ALL_SCHEMAS, SQL_ALL_TABLE_TYPES), sqlgetinfo-function (W lengths in bytes),
 *   sqlgettypeinfo-function, sqlcolumns-function, sqlgetdata-function.
 * - /work/shared/reference/bi-tools.md summarises the calls seen in traces: SQL_ATTR_ODBC_VERSION
 *   3, pooling one per henv, SQLGetInfoW for DBMS_VER, DRIVER_ODBC_VER, DRIVER_NAME,
 *   CURSOR_COMMIT/ROLLBACK_BEHAVIOR, GETDATA_EXTENSIONS, info types 180 and 1750 even from
 *   ODBC 3 drivers, then SQLTablesW with catalog "%".
 * usage: powerquery CONNECTION_STRING */
#include "replay.h"

static SQLHDBC dbc;

static void info_str(SQLUSMALLINT type, const char *name, const char *expect) {
    SQLWCHAR buf[512];
    SQLSMALLINT len = -1;
    char line[160], u8[1100];
    snprintf(line, sizeof line, "SQLGetInfoW(%s)", name);
    SQLRETURN rc = SQLGetInfoW(dbc, type, buf, sizeof buf, &len);
    if (!OK(rc)) { say(line, rc, SQL_HANDLE_DBC, dbc); return; }
    U8n(buf, wlen(buf), u8, sizeof u8);
    /* SQLGetInfoW returns the length in bytes, not characters */
    const char *lencheck = (size_t)len == wlen(buf) * sizeof(SQLWCHAR) ? "bytes ok" : "BAD: length not in bytes";
    if (!expect) printf("%s -> %s (%s)\n", line, rc_name(rc), lencheck);
    else if (!strcmp(expect, "nonempty")) printf("%s -> %s %s (%s)\n", line, rc_name(rc), u8[0] ? "nonempty" : "BAD: empty", lencheck);
    else if (!strcmp(expect, "03.xx"))
        printf("%s -> %s %s (%s)\n", line, rc_name(rc),
               strlen(u8) == 5 && !strncmp(u8, "03.", 3) && u8[3] >= '0' && u8[3] <= '9' && u8[4] >= '0' && u8[4] <= '9'
                   ? "\"03.xx\"" : "BAD: not 03.xx", lencheck);
    else printf("%s -> %s \"%s\" (%s)\n", line, rc_name(rc), u8, lencheck);
}

static SQLUINTEGER info_u32(SQLUSMALLINT type, const char *name) {
    SQLUINTEGER v = 0;
    char line[160];
    snprintf(line, sizeof line, "SQLGetInfoW(%s)", name);
    SQLRETURN rc = SQLGetInfoW(dbc, type, &v, sizeof v, NULL);
    if (!OK(rc)) say(line, rc, SQL_HANDLE_DBC, dbc);
    else printf("%s -> %s\n", line, rc_name(rc));
    return v;
}

static SQLUSMALLINT info_u16(SQLUSMALLINT type, const char *name) {
    SQLUSMALLINT v = 0;
    char line[160];
    snprintf(line, sizeof line, "SQLGetInfoW(%s)", name);
    SQLRETURN rc = SQLGetInfoW(dbc, type, &v, sizeof v, NULL);
    if (!OK(rc)) say(line, rc, SQL_HANDLE_DBC, dbc);
    else printf("%s -> %s\n", line, rc_name(rc));
    return v;
}

/* Info types Power Query asks for although ODBC 3 drivers need not know them: an answer or a
 * clean HY096 are both fine, anything else fails the connection in Power BI. */
static void info_optional(SQLUSMALLINT type, const char *name) {
    SQLUINTEGER v = 0;
    SQLRETURN rc = SQLGetInfoW(dbc, type, &v, sizeof v, NULL);
    const char *st = rc == SQL_ERROR ? state_of(SQL_HANDLE_DBC, dbc) : "";
    printf("SQLGetInfoW(%s) -> %s\n", name,
           OK(rc) || (rc == SQL_ERROR && !strcmp(st, "HY096")) ? "answered or HY096" : "BAD: other failure");
}

static SQLHSTMT new_stmt(void) {
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    return st;
}

/* SQLTablesW; prints the call, then one line per row: the columns kept (others must be NULL
 * when only_col > 0, the SQL_ALL_* special cases). */
static void tables(const char *label, const char *cat, const char *sch, const char *tab, const char *typ, int only_col) {
    SQLHSTMT st = new_stmt();
    SQLWCHAR *c = cat ? W(cat) : NULL, *s = sch ? W(sch) : NULL, *t = tab ? W(tab) : NULL, *y = typ ? W(typ) : NULL;
    SQLRETURN rc = SQLTablesW(st, c, SQL_NTS, s, SQL_NTS, t, SQL_NTS, y, SQL_NTS);
    char line[300];
    snprintf(line, sizeof line, "SQLTablesW(%s)", label);
    if (!OK(say(line, rc, SQL_HANDLE_STMT, st))) { SQLFreeHandle(SQL_HANDLE_STMT, st); return; }
    int rows = 0;
    while (OK(rc = SQLFetch(st))) {
        char v[5][300];
        int nul[5];
        for (int i = 0; i < 5; i++) nul[i] = get_text(st, i + 1, v[i], sizeof v[i]) == 0;
        rows++;
        if (only_col) {
            int others_null = 1;
            for (int i = 0; i < 5; i++) if (i + 1 != only_col && !nul[i]) others_null = 0;
            printf("  %s%s\n", nul[only_col - 1] ? "NULL" : v[only_col - 1], others_null ? "" : "  BAD: other columns not NULL");
        } else {
            printf("  %s.%s %s\n", nul[1] ? "NULL" : v[1], v[2], v[3]);
        }
    }
    printf("  rows: %d\n", rows);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

#define MAXCOLS 64
static char col_type_name[MAXCOLS][64];
static long col_data_type[MAXCOLS];
static int ncols;

static void columns(const char *schema, const char *table) {
    SQLHSTMT st = new_stmt();
    char line[200];
    snprintf(line, sizeof line, "SQLColumnsW(NULL, \"%s\", \"%s\", NULL)", schema, table);
    SQLRETURN rc = SQLColumnsW(st, NULL, 0, W(schema), SQL_NTS, W(table), SQL_NTS, NULL, 0);
    if (!OK(say(line, rc, SQL_HANDLE_STMT, st))) { SQLFreeHandle(SQL_HANDLE_STMT, st); return; }
    SQLSMALLINT n = 0;
    SQLNumResultCols(st, &n);
    printf("  result columns: %d\n", n);
    while (OK(SQLFetch(st))) {
        char name[256], tname[64];
        get_text(st, 4, name, sizeof name);
        long dt = get_long(st, 5);
        get_text(st, 6, tname, sizeof tname);
        long ord = get_long(st, 17);
        printf("  %ld %s %s\n", ord, name, type_class(dt));
        if (ncols < MAXCOLS) { snprintf(col_type_name[ncols], 64, "%s", tname); col_data_type[ncols++] = dt; }
    }
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void type_info(void) {
    SQLHSTMT st = new_stmt();
    SQLRETURN rc = SQLGetTypeInfoW(st, SQL_ALL_TYPES);
    if (!OK(say("SQLGetTypeInfoW(SQL_ALL_TYPES)", rc, SQL_HANDLE_STMT, st))) { SQLFreeHandle(SQL_HANDLE_STMT, st); return; }
    char names[128][64];
    long types[128], searchable[128];
    int n = 0, odbc2_dates = 0, sorted = 1;
    while (OK(SQLFetch(st)) && n < 128) {
        get_text(st, 1, names[n], 64);
        types[n] = get_long(st, 2);
        searchable[n] = get_long(st, 9);
        if (types[n] == 9 || types[n] == 10 || types[n] == 11) odbc2_dates = 1;
        if (n && types[n] < types[n - 1]) sorted = 0;
        n++;
    }
    printf("  ordered by DATA_TYPE: %s\n", sorted ? "yes" : "BAD: no");
    printf("  ODBC 3 date/time codes only: %s\n", odbc2_dates ? "BAD: 9/10/11 present" : "yes");
    int missing = 0, unsearchable = 0;
    for (int c = 0; c < ncols; c++) {
        int found = 0;
        for (int i = 0; i < n; i++)
            if (types[i] == col_data_type[c] && !strcmp(names[i], col_type_name[c])) {
                found = 1;
                if (!strcmp(type_class(types[i]), "text") && searchable[i] != SQL_SEARCHABLE) unsearchable = 1;
            }
        if (!found) { missing = 1; fprintf(stderr, "  type %s/%ld of SQLColumns not in SQLGetTypeInfo\n", col_type_name[c], col_data_type[c]); }
    }
    printf("  every SQLColumns TYPE_NAME/DATA_TYPE offered: %s\n", missing ? "BAD: no" : "yes");
    printf("  text types SEARCHABLE = SQL_SEARCHABLE: %s\n", unsearchable ? "BAD: no" : "yes");
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

/* One value read with SQLGetData in the C type matching its SQL type (text as SQL_C_WCHAR,
 * integers as SQL_C_SBIGINT, timestamps as SQL_C_TYPE_TIMESTAMP), printed in a fixed form. */
static int get_value(SQLHSTMT st, SQLUSMALLINT col, SQLSMALLINT type, char *out, size_t cap) {
    SQLLEN ind = 0;
    SQLRETURN rc;
    if (type == SQL_TYPE_TIMESTAMP) {
        SQL_TIMESTAMP_STRUCT ts;
        rc = SQLGetData(st, col, SQL_C_TYPE_TIMESTAMP, &ts, sizeof ts, &ind);
        if (!OK(rc)) { diag_to_stderr(SQL_HANDLE_STMT, st); return -1; }
        if (ind == SQL_NULL_DATA) return 0;
        snprintf(out, cap, "%04d-%02u-%02u %02u:%02u:%02u.%03lu", ts.year, ts.month, ts.day, ts.hour, ts.minute,
                 ts.second, (unsigned long)(ts.fraction / 1000000));
        return 1;
    }
    if (type == SQL_INTEGER || type == SQL_BIGINT || type == SQL_SMALLINT || type == SQL_TINYINT) {
        SQLBIGINT v;
        rc = SQLGetData(st, col, SQL_C_SBIGINT, &v, sizeof v, &ind);
        if (!OK(rc)) { diag_to_stderr(SQL_HANDLE_STMT, st); return -1; }
        if (ind == SQL_NULL_DATA) return 0;
        snprintf(out, cap, "%lld", (long long)v);
        return 1;
    }
    return get_text(st, col, out, cap);
}

/* Executes sql (optionally with one SQL_C_WCHAR parameter), reads every row with SQLGetData
 * in column order, prints the first `show` rows and the row count. */
static void import(const char *label, const char *sql, const char *param, int show) {
    SQLHSTMT st = new_stmt();
    SQLRETURN rc;
    SQLLEN ind = SQL_NTS;
    printf("-- %s\n", label);
    if (param) {
        rc = SQLPrepareW(st, W(sql), SQL_NTS);
        if (!OK(say("SQLPrepareW", rc, SQL_HANDLE_STMT, st))) goto done;
        SQLSMALLINT np = -1;
        rc = SQLNumParams(st, &np);
        say("SQLNumParams", rc, SQL_HANDLE_STMT, st);
        printf("  parameters: %d\n", np);
        rc = SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_WCHAR, SQL_WVARCHAR, 255, 0, W(param), 0, &ind);
        if (!OK(say("SQLBindParameter(1, SQL_C_WCHAR, SQL_WVARCHAR)", rc, SQL_HANDLE_STMT, st))) goto done;
        rc = SQLExecute(st);
        if (!OK(say("SQLExecute", rc, SQL_HANDLE_STMT, st))) goto done;
    } else {
        rc = SQLExecDirectW(st, W(sql), SQL_NTS);
        if (!OK(say("SQLExecDirectW", rc, SQL_HANDLE_STMT, st))) goto done;
    }
    SQLSMALLINT n = 0;
    SQLNumResultCols(st, &n);
    SQLSMALLINT types[MAXCOLS] = {0};
    printf("  columns:");
    for (SQLUSMALLINT c = 1; c <= n && c < MAXCOLS; c++) {
        SQLWCHAR name[128];
        SQLSMALLINT nl, type, dec, nul;
        SQLULEN size;
        char u8[400];
        SQLDescribeColW(st, c, name, 128, &nl, &type, &size, &dec, &nul);
        types[c] = type;
        printf(" %s:%s", U8n(name, nl, u8, sizeof u8), type_class(type));
    }
    printf("\n");
    int rows = 0;
    while (OK(rc = SQLFetch(st))) {
        char line[2048] = "";
        for (SQLUSMALLINT c = 1; c <= n; c++) {
            char v[600];
            int r = get_value(st, c, types[c], v, sizeof v);
            if (rows < show) {
                strncat(line, c > 1 ? " | " : "", sizeof line - strlen(line) - 1);
                strncat(line, r == 0 ? "NULL" : r < 0 ? "ERROR" : v, sizeof line - strlen(line) - 1);
            }
        }
        if (rows < show) printf("  %s\n", line);
        rows++;
    }
    if (rc != SQL_NO_DATA) say("SQLFetch", rc, SQL_HANDLE_STMT, st);
    printf("  rows: %d\n", rows);
done:
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: powerquery CONNECTION_STRING\n"); return 2; }
    SQLHENV env;
    SQLRETURN rc;
    /* ClientConnectionPooling: pooling one per environment, set process-wide before the env */
    rc = SQLSetEnvAttr(SQL_NULL_HENV, SQL_ATTR_CONNECTION_POOLING, (SQLPOINTER)SQL_CP_ONE_PER_HENV, 0);
    printf("SQLSetEnvAttr(NULL, SQL_ATTR_CONNECTION_POOLING, SQL_CP_ONE_PER_HENV) -> %s\n", rc_name(rc));
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    say("SQLSetEnvAttr(SQL_ATTR_ODBC_VERSION, SQL_OV_ODBC3)",
        SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0), SQL_HANDLE_ENV, env);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
    SQLWCHAR out[1024];
    SQLSMALLINT outlen;
    rc = SQLDriverConnectW(dbc, NULL, W(argv[1]), SQL_NTS, out, 1024, &outlen, SQL_DRIVER_NOPROMPT);
    if (!OK(say("SQLDriverConnectW(SQL_DRIVER_NOPROMPT)", rc, SQL_HANDLE_DBC, dbc))) return 1;

    printf("-- driver capabilities\n");
    info_str(SQL_DRIVER_ODBC_VER, "SQL_DRIVER_ODBC_VER", "03.xx");
    info_str(SQL_DBMS_NAME, "SQL_DBMS_NAME", "nonempty");
    info_str(SQL_DBMS_VER, "SQL_DBMS_VER", "nonempty");
    info_str(SQL_DRIVER_NAME, "SQL_DRIVER_NAME", "nonempty");
    info_str(SQL_DRIVER_VER, "SQL_DRIVER_VER", "nonempty");
    SQLUSMALLINT cc = info_u16(SQL_CURSOR_COMMIT_BEHAVIOR, "SQL_CURSOR_COMMIT_BEHAVIOR");
    SQLUSMALLINT cr = info_u16(SQL_CURSOR_ROLLBACK_BEHAVIOR, "SQL_CURSOR_ROLLBACK_BEHAVIOR");
    printf("  commit/rollback behaviours are SQL_CB_* values: %s\n", cc <= 2 && cr <= 2 ? "yes" : "BAD: no");
    info_u32(SQL_GETDATA_EXTENSIONS, "SQL_GETDATA_EXTENSIONS");
    info_optional(180, "180 SQL_RETURN_ESCAPE_CLAUSE");
    info_optional(1750, "1750 SQL_DTC_TRANSITION_COST");
    info_str(SQL_IDENTIFIER_QUOTE_CHAR, "SQL_IDENTIFIER_QUOTE_CHAR", "");
    info_str(SQL_CATALOG_NAME, "SQL_CATALOG_NAME", "");
    info_str(SQL_CATALOG_TERM, "SQL_CATALOG_TERM", "");
    info_str(SQL_SCHEMA_TERM, "SQL_SCHEMA_TERM", "nonempty");
    SQLUINTEGER cu = info_u32(SQL_CATALOG_USAGE, "SQL_CATALOG_USAGE");
    printf("  catalog usage: %s\n", cu == 0 ? "none" : "BAD: catalogs claimed without catalogs");
    SQLUINTEGER su = info_u32(SQL_SCHEMA_USAGE, "SQL_SCHEMA_USAGE");
    printf("  schema usage includes SQL_SU_DML_STATEMENTS: %s\n", su & SQL_SU_DML_STATEMENTS ? "yes" : "BAD: no");
    SQLUINTEGER conf = info_u32(SQL_SQL_CONFORMANCE, "SQL_SQL_CONFORMANCE");
    printf("  conformance is one SQL_SC_* value: %s\n",
           conf == SQL_SC_SQL92_ENTRY || conf == SQL_SC_FIPS127_2_TRANSITIONAL || conf == SQL_SC_SQL92_INTERMEDIATE || conf == SQL_SC_SQL92_FULL ? "yes" : "BAD: no");
    info_u32(SQL_SQL92_PREDICATES, "SQL_SQL92_PREDICATES");
    SQLUINTEGER af = info_u32(SQL_AGGREGATE_FUNCTIONS, "SQL_AGGREGATE_FUNCTIONS");
    printf("  COUNT, SUM, AVG, MIN, MAX claimed: %s\n",
           (af & (SQL_AF_COUNT | SQL_AF_SUM | SQL_AF_AVG | SQL_AF_MIN | SQL_AF_MAX)) == (SQL_AF_COUNT | SQL_AF_SUM | SQL_AF_AVG | SQL_AF_MIN | SQL_AF_MAX) ? "yes" : "BAD: no");
    info_u16(SQL_GROUP_BY, "SQL_GROUP_BY");
    info_u32(SQL_STRING_FUNCTIONS, "SQL_STRING_FUNCTIONS");
    info_u32(SQL_NUMERIC_FUNCTIONS, "SQL_NUMERIC_FUNCTIONS");
    info_u32(SQL_TIMEDATE_FUNCTIONS, "SQL_TIMEDATE_FUNCTIONS");
    info_u32(SQL_SYSTEM_FUNCTIONS, "SQL_SYSTEM_FUNCTIONS");
    info_u32(SQL_CONVERT_FUNCTIONS, "SQL_CONVERT_FUNCTIONS");
    info_u32(SQL_CONVERT_VARCHAR, "SQL_CONVERT_VARCHAR");
    info_u32(SQL_CONVERT_INTEGER, "SQL_CONVERT_INTEGER");
    info_u32(SQL_CONVERT_TIMESTAMP, "SQL_CONVERT_TIMESTAMP");
    info_u32(SQL_SQL92_VALUE_EXPRESSIONS, "SQL_SQL92_VALUE_EXPRESSIONS");
    info_u32(SQL_SQL92_RELATIONAL_JOIN_OPERATORS, "SQL_SQL92_RELATIONAL_JOIN_OPERATORS");
    info_u16(SQL_CONCAT_NULL_BEHAVIOR, "SQL_CONCAT_NULL_BEHAVIOR");
    info_u16(SQL_MAX_COLUMNS_IN_SELECT, "SQL_MAX_COLUMNS_IN_SELECT");
    info_str(SQL_ORDER_BY_COLUMNS_IN_SELECT, "SQL_ORDER_BY_COLUMNS_IN_SELECT", NULL);
    info_str(SQL_COLUMN_ALIAS, "SQL_COLUMN_ALIAS", "");
    info_str(SQL_SEARCH_PATTERN_ESCAPE, "SQL_SEARCH_PATTERN_ESCAPE", "nonempty");

    printf("-- SQLGetFunctions (SQL_API_ODBC3_ALL_FUNCTIONS)\n");
    SQLUSMALLINT fn[SQL_API_ODBC3_ALL_FUNCTIONS_SIZE];
    rc = SQLGetFunctions(dbc, SQL_API_ODBC3_ALL_FUNCTIONS, fn);
    say("SQLGetFunctions", rc, SQL_HANDLE_DBC, dbc);
    static const struct { int id; const char *name; } used[] = {
        {SQL_API_SQLGETDATA, "SQLGetData"}, {SQL_API_SQLBINDCOL, "SQLBindCol"}, {SQL_API_SQLTABLES, "SQLTables"},
        {SQL_API_SQLCOLUMNS, "SQLColumns"}, {SQL_API_SQLGETTYPEINFO, "SQLGetTypeInfo"},
        {SQL_API_SQLPRIMARYKEYS, "SQLPrimaryKeys"}, {SQL_API_SQLFOREIGNKEYS, "SQLForeignKeys"},
        {SQL_API_SQLBINDPARAMETER, "SQLBindParameter"}, {SQL_API_SQLDESCRIBEPARAM, "SQLDescribeParam"},
        {SQL_API_SQLNUMPARAMS, "SQLNumParams"}, {SQL_API_SQLPREPARE, "SQLPrepare"}, {SQL_API_SQLCANCEL, "SQLCancel"},
        {SQL_API_SQLSTATISTICS, "SQLStatistics"}, {SQL_API_SQLSPECIALCOLUMNS, "SQLSpecialColumns"},
    };
    for (size_t i = 0; OK(rc) && i < sizeof used / sizeof used[0]; i++)
        printf("  %s: %s\n", used[i].name, SQL_FUNC_EXISTS(fn, used[i].id) ? "yes" : "no");

    printf("-- navigator\n");
    tables("\"%\", \"\", \"\", \"\" = SQL_ALL_CATALOGS", "%", "", "", "", 1);
    tables("\"\", \"%\", \"\", \"\" = SQL_ALL_SCHEMAS", "", "%", "", "", 2);
    tables("\"\", \"\", \"\", \"%\" = SQL_ALL_TABLE_TYPES", "", "", "", "%", 4);
    tables("\"%\", NULL, NULL, NULL", "%", NULL, NULL, NULL, 0);
    tables("NULL, \"Confluence\", \"%\", \"TABLE,VIEW\"", NULL, "Confluence", "%", "TABLE,VIEW", 0);
    columns("Confluence", "Pages");
    columns("Confluence", "Spaces");
    type_info();
    {
        SQLHSTMT st = new_stmt();
        /* CreateNavigationProperties: foreign keys of the table (an empty result is valid) */
        rc = SQLForeignKeysW(st, NULL, 0, NULL, 0, NULL, 0, NULL, 0, W("Confluence"), SQL_NTS, W("Pages"), SQL_NTS);
        if (OK(say("SQLForeignKeysW(FK NULL, \"Confluence\", \"Pages\")", rc, SQL_HANDLE_STMT, st))) {
            SQLSMALLINT n = 0;
            SQLNumResultCols(st, &n);
            printf("  result columns: %d\n", n);
        }
        SQLFreeHandle(SQL_HANDLE_STMT, st);
    }

    /* Import: the navigator preview (first rows) and the load, SQL as Power Query generates it
     * (quoted identifiers, "_" as table alias, string values as parameters). */
    import("preview, LimitClauseKind.Limit",
           "select \"_\".\"Id\", \"_\".\"Title\" from \"Confluence\".\"Pages\" \"_\" order by \"_\".\"Id\" LIMIT 200", NULL, 2);
    import("preview, LimitClauseKind.AnsiSql2008",
           "select \"_\".\"Id\", \"_\".\"Title\" from \"Confluence\".\"Pages\" \"_\" order by \"_\".\"Id\" "
           "OFFSET 100 ROWS FETCH FIRST 3 ROWS ONLY", NULL, 3);
    import("preview, LimitClauseKind.LimitOffset",
           "select \"_\".\"Id\", \"_\".\"Title\" from \"Confluence\".\"Pages\" \"_\" order by \"_\".\"Id\" LIMIT 3 OFFSET 100",
           NULL, 3);
    import("load with a folded filter (string value bound as a parameter)",
           "select \"_\".\"Id\", \"_\".\"Title\", \"_\".\"ParentId\", \"_\".\"CreatedDate\", \"_\".\"VersionNumber\" "
           "from \"Confluence\".\"Pages\" \"_\" where \"_\".\"SpaceKey\" = ? order by \"_\".\"Id\"", "HR", 3);
    import("load of a whole table",
           "select \"_\".\"Key\", \"_\".\"Name\", \"_\".\"Type\" from \"Confluence\".\"Spaces\" \"_\" order by \"_\".\"Key\"", NULL, 10);

    say("SQLDisconnect", SQLDisconnect(dbc), SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    return 0;
}

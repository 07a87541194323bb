/*
 * Input parameters through the driver manager: SQLBindParameter with char, wchar, integer,
 * double, numeric, timestamp and NULL values; SQLNumParams and SQLDescribeParam; the APD set
 * through SQLSetDescField; bind offsets and row-wise binding; the errors (07002, HY105,
 * HYC00, 22018). The fake site's Spaces table has keys ENG and MKT.
 *   params "DSN=QuireDC"
 */
#include "e2e.h"

/* Runs the prepared statement and returns the first column of its first row as text. */
static SQLRETURN exec_first(SQLHSTMT st, char *out, size_t cap, long *rows)
{
    SQLRETURN rc = SQLExecute(st);
    out[0] = '\0';
    *rows = -1;
    if (!SQL_SUCCEEDED(rc))
        return rc;
    *rows = 0;
    SQLLEN ind;
    while (SQL_SUCCEEDED(SQLFetch(st))) {
        if (*rows == 0 && !SQL_SUCCEEDED(SQLGetData(st, 1, SQL_C_CHAR, out, (SQLLEN)cap, &ind)))
            out[0] = '\0';
        (*rows)++;
    }
    SQLCloseCursor(st);
    return rc;
}

static long scalar(SQLHSTMT st, const char *sql)
{
    long v = -1;
    SQLINTEGER x;
    SQLLEN ind;
    if (SQL_SUCCEEDED(SQLExecDirect(st, (SQLCHAR *)sql, SQL_NTS)) && SQL_SUCCEEDED(SQLFetch(st)) &&
        SQL_SUCCEEDED(SQLGetData(st, 1, SQL_C_SLONG, &x, 0, &ind)))
        v = x;
    SQLCloseCursor(st);
    return v;
}

static void test_basic(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLRETURN rc = SQLPrepare(st, (SQLCHAR *)"SELECT Name FROM Spaces WHERE Key = ?", SQL_NTS);
    CHECK(rc == SQL_SUCCESS, "prepare with one marker (%s)", STMT_STATE(st));
    SQLSMALLINT n = -1;
    rc = SQLNumParams(st, &n);
    CHECK(rc == SQL_SUCCESS && n == 1, "SQLNumParams = %d", n);
    SQLSMALLINT type = 0, digits = -1, nullable = -1;
    SQLULEN size = 0;
    rc = SQLDescribeParam(st, 1, &type, &size, &digits, &nullable);
    CHECK(rc == SQL_SUCCESS && (type == SQL_VARCHAR || type == SQL_WVARCHAR || type == SQL_CHAR || type == SQL_WCHAR),
          "SQLDescribeParam(1): type %d size %lu digits %d nullable %d", type, (unsigned long)size, digits, nullable);
    rc = SQLDescribeParam(st, 2, &type, &size, &digits, &nullable);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "07009"), "SQLDescribeParam(2): 07009 (%s)", STMT_STATE(st));

    rc = SQLExecute(st);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "07002"), "execute with the marker unbound: 07002 (%s)", STMT_STATE(st));

    char key[16] = "ENG", name[128];
    long rows;
    rc = SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, NULL);
    CHECK(rc == SQL_SUCCESS, "SQLBindParameter char, StrLen_or_IndPtr NULL (= SQL_NTS)");
    rc = exec_first(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && rows == 1 && strcmp(name, "Engineering") == 0, "Key = 'ENG' -> %s (%ld rows, %s)",
          name, rows, STMT_STATE(st));
    strcpy(key, "MKT");
    rc = exec_first(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && rows == 1 && strcmp(name, "Marketing") == 0, "same binding re-executed: %s", name);
    strcpy(key, "ENG' OR '1'='1");
    rc = exec_first(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && rows == 0, "a quote in the value is data, not SQL: %ld rows", rows);

    SQLLEN ind = SQL_NULL_DATA;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, &ind);
    rc = exec_first(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && rows == 0, "Key = NULL matches nothing (%ld rows)", rows);

    SQLWCHAR wkey[] = {'M', 'K', 'T', 0};
    SQLLEN wlen = 3 * sizeof(SQLWCHAR);
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_WCHAR, SQL_WVARCHAR, 10, 0, wkey, sizeof wkey, &wlen);
    rc = exec_first(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && rows == 1 && strcmp(name, "Marketing") == 0, "SQL_C_WCHAR parameter: %s", name);

    /* a length shorter than the buffer: only "EN" is sent */
    strcpy(key, "ENG");
    SQLLEN two = 2;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, &two);
    rc = exec_first(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && rows == 0, "explicit length 2 sends 'EN': %ld rows", rows);

    rc = SQLBindParameter(st, 1, SQL_PARAM_OUTPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, NULL);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HYC00"), "output parameter: HYC00 (%s)", STMT_STATE(st));
    /* the driver manager makes the ODBC 1 SQLSetParam an INPUT_OUTPUT parameter with
     * SQL_SETPARAM_VALUE_MAX as buffer length (which it refuses from the application itself) */
    strcpy(key, "MKT");
    rc = SQLBindParameter(st, 1, SQL_PARAM_INPUT_OUTPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, NULL);
    SQLRETURN x = exec_first(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && x == SQL_SUCCESS && strcmp(name, "Marketing") == 0 && strcmp(key, "MKT") == 0,
          "input/output parameter (SQLSetParam's mapping) acts as input: %s (rc %d/%d %s)", name, rc, x, STMT_STATE(st));
    SQLLEN nts = SQL_NTS;
    rc = SQLSetParam(st, 1, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, &nts);
    x = exec_first(st, name, sizeof name, &rows);
    CHECK(SQL_SUCCEEDED(rc) && x == SQL_SUCCESS && strcmp(name, "Marketing") == 0, "SQLSetParam: %s (%s)", name,
          STMT_STATE(st));
    rc = SQLBindParameter(st, 1, 99, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, NULL);
    CHECK(rc == SQL_ERROR && (IS_STATE(st, "HY105") || IS_STATE(st, "HY010")), "InputOutputType 99: HY105 (%s)", STMT_STATE(st));
    rc = SQLBindParameter(st, 1, SQL_PARAM_INPUT, 999, SQL_VARCHAR, 10, 0, key, sizeof key, NULL);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY003"), "C type 999: HY003 (%s)", STMT_STATE(st));

    /* arrays of parameters for a query: refused rather than keeping only the last result */
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, NULL);
    SQLSetStmtAttr(st, SQL_ATTR_PARAMSET_SIZE, (SQLPOINTER)2, 0);
    rc = SQLExecute(st);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HYC00"), "PARAMSET_SIZE 2 on a SELECT: HYC00 (%s)", STMT_STATE(st));
    SQLSetStmtAttr(st, SQL_ATTR_PARAMSET_SIZE, (SQLPOINTER)1, 0);

    SQLFreeStmt(st, SQL_RESET_PARAMS);
    rc = SQLExecute(st);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "07002"), "after SQL_RESET_PARAMS: 07002 (%s)", STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_types(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    long base = scalar(st, "SELECT COUNT(*) FROM Pages WHERE VersionNumber > 2");
    long all = scalar(st, "SELECT COUNT(*) FROM Pages");
    CHECK(base > 0 && all > base, "baseline: %ld of %ld pages have more than 2 versions", base, all);

    char out[64];
    long rows;
    SQLINTEGER two = 2;
    SQLPrepare(st, (SQLCHAR *)"SELECT COUNT(*) FROM Pages WHERE VersionNumber > ?", SQL_NTS);
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0, &two, 0, NULL);
    SQLRETURN rc = exec_first(st, out, sizeof out, &rows);
    CHECK(rc == SQL_SUCCESS && atol(out) == base, "SQL_C_SLONG parameter: %s", out);
    SQLBIGINT big = 2;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_SBIGINT, SQL_BIGINT, 0, 0, &big, 0, NULL);
    rc = exec_first(st, out, sizeof out, &rows);
    CHECK(rc == SQL_SUCCESS && atol(out) == base, "SQL_C_SBIGINT parameter: %s", out);
    SQLDOUBLE d = 2.0;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_DOUBLE, SQL_DOUBLE, 15, 0, &d, 0, NULL);
    rc = exec_first(st, out, sizeof out, &rows);
    CHECK(rc == SQL_SUCCESS && atol(out) == base, "SQL_C_DOUBLE parameter: %s (%s)", out, STMT_STATE(st));
    SQL_NUMERIC_STRUCT num;
    memset(&num, 0, sizeof num);
    num.precision = 3;
    num.scale = 1;
    num.sign = 1;
    num.val[0] = 20;   /* 2.0 */
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_NUMERIC, SQL_NUMERIC, 3, 1, &num, 0, NULL);
    rc = exec_first(st, out, sizeof out, &rows);
    CHECK(rc == SQL_SUCCESS && atol(out) == base, "SQL_C_NUMERIC 2.0: %s (%s)", out, STMT_STATE(st));
    char text[8] = "2";
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_INTEGER, 0, 0, text, sizeof text, NULL);
    rc = exec_first(st, out, sizeof out, &rows);
    CHECK(rc == SQL_SUCCESS && atol(out) == base, "'2' as SQL_C_CHAR for an INTEGER: %s", out);
    strcpy(text, "two");
    rc = exec_first(st, out, sizeof out, &rows);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "22018"), "'two' for an INTEGER: 22018 (%s)", STMT_STATE(st));

    long before = scalar(st, "SELECT COUNT(*) FROM Spaces WHERE CreatedDate < TIMESTAMP '2021-01-05 00:00:00'");
    SQL_TIMESTAMP_STRUCT ts = {2021, 1, 5, 0, 0, 0, 0};
    SQLPrepare(st, (SQLCHAR *)"SELECT COUNT(*) FROM Spaces WHERE CreatedDate < ?", SQL_NTS);
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_TYPE_TIMESTAMP, SQL_TYPE_TIMESTAMP, 23, 3, &ts, 0, NULL);
    rc = exec_first(st, out, sizeof out, &rows);
    CHECK(rc == SQL_SUCCESS && before >= 1 && atol(out) == before, "timestamp parameter: %s (literal: %ld)", out, before);
    char tstext[] = "{ts '2021-01-05 00:00:00'}";
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_TYPE_TIMESTAMP, 23, 3, tstext, 0, NULL);
    rc = exec_first(st, out, sizeof out, &rows);
    CHECK(rc == SQL_SUCCESS && atol(out) == before, "timestamp escape as text: %s", out);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

/* The APD and IPD written directly with SQLSetDescField, then bind offsets. */
static void test_descriptors_and_offsets(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLPrepare(st, (SQLCHAR *)"SELECT Name FROM Spaces WHERE Key = ?", SQL_NTS);
    SQLHDESC apd = NULL, ipd = NULL;
    SQLGetStmtAttr(st, SQL_ATTR_APP_PARAM_DESC, &apd, 0, NULL);
    SQLGetStmtAttr(st, SQL_ATTR_IMP_PARAM_DESC, &ipd, 0, NULL);
    char key[8] = "MKT", name[64];
    SQLLEN len = SQL_NTS;
    SQLRETURN rc = SQLSetDescField(ipd, 1, SQL_DESC_CONCISE_TYPE, (SQLPOINTER)SQL_VARCHAR, 0);
    rc |= SQLSetDescField(ipd, 1, SQL_DESC_LENGTH, (SQLPOINTER)10, 0);
    rc |= SQLSetDescField(apd, 1, SQL_DESC_CONCISE_TYPE, (SQLPOINTER)SQL_C_CHAR, 0);
    rc |= SQLSetDescField(apd, 1, SQL_DESC_OCTET_LENGTH, (SQLPOINTER)sizeof key, 0);
    rc |= SQLSetDescField(apd, 1, SQL_DESC_OCTET_LENGTH_PTR, &len, 0);
    rc |= SQLSetDescField(apd, 1, SQL_DESC_INDICATOR_PTR, &len, 0);
    rc |= SQLSetDescField(apd, 1, SQL_DESC_DATA_PTR, key, 0);
    long rows;
    SQLRETURN x = exec_first(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && x == SQL_SUCCESS && strcmp(name, "Marketing") == 0,
          "parameter bound through SQLSetDescField on the APD and IPD: %s (%s)", name, STMT_STATE(st));
    SQLSMALLINT ptype = 0;
    SQLGetDescField(ipd, 1, SQL_DESC_PARAMETER_TYPE, &ptype, 0, NULL);
    CHECK(ptype == SQL_PARAM_INPUT, "IPD SQL_DESC_PARAMETER_TYPE = SQL_PARAM_INPUT");

    /* row-wise parameter binding with an offset that moves between two structures */
    struct prm {
        SQLLEN len;
        char key[8];
    } p[2] = {{SQL_NTS, "ENG"}, {SQL_NTS, "MKT"}};
    SQLLEN offset = 0;
    SQLSetStmtAttr(st, SQL_ATTR_PARAM_BIND_TYPE, (SQLPOINTER)sizeof(struct prm), 0);
    SQLSetStmtAttr(st, SQL_ATTR_PARAM_BIND_OFFSET_PTR, &offset, 0);
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, p[0].key, sizeof p[0].key, &p[0].len);
    x = exec_first(st, name, sizeof name, &rows);
    CHECK(x == SQL_SUCCESS && strcmp(name, "Engineering") == 0, "bind offset 0: %s", name);
    offset = (SQLLEN)sizeof(struct prm);
    x = exec_first(st, name, sizeof name, &rows);
    CHECK(x == SQL_SUCCESS && strcmp(name, "Marketing") == 0, "bind offset of one structure: %s", name);
    SQLULEN got = 0;
    SQLGetStmtAttr(st, SQL_ATTR_PARAM_BIND_TYPE, &got, 0, NULL);
    CHECK(got == sizeof(struct prm), "SQL_ATTR_PARAM_BIND_TYPE reads back %lu", (unsigned long)got);
    SQLFreeHandle(SQL_HANDLE_STMT, st);

    /* SQLExecDirect with a parameter */
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    strcpy(key, "ENG");
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, NULL);
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Name FROM Spaces WHERE Key = ?", SQL_NTS);
    name[0] = 0;
    SQLLEN ind;
    if (SQL_SUCCEEDED(rc) && SQL_SUCCEEDED(SQLFetch(st)))
        SQLGetData(st, 1, SQL_C_CHAR, name, sizeof name, &ind);
    CHECK(SQL_SUCCEEDED(rc) && strcmp(name, "Engineering") == 0, "SQLExecDirect with a parameter: %s", name);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

int main(int argc, char **argv)
{
    conn c;
    open_conn(&c, argc > 1 ? argv[1] : "DSN=QuireDC");
    test_basic(c.dbc);
    test_types(c.dbc);
    test_descriptors_and_offsets(c.dbc);
    close_conn(&c);
    return finish("params");
}

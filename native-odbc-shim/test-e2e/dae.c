/*
 * Data-at-execution parameters: SQL_DATA_AT_EXEC and SQL_LEN_DATA_AT_EXEC(n) with
 * SQLParamData/SQLPutData in pieces (char, wchar, binary), SQL_NULL_DATA through SQLPutData,
 * the function-sequence errors (HY010) around the dialogue, HY019 for a fixed-size type sent
 * twice, and SQLCancel in the middle of it.
 *   dae "DSN=QuireDC"
 */
#include "e2e.h"

static void fetch_name(SQLHSTMT st, char *name, size_t cap, long *rows)
{
    SQLLEN ind;
    *rows = 0;
    name[0] = '\0';
    while (SQL_SUCCEEDED(SQLFetch(st))) {
        if (*rows == 0)
            SQLGetData(st, 1, SQL_C_CHAR, name, (SQLLEN)cap, &ind);
        (*rows)++;
    }
    SQLCloseCursor(st);
}

static void test_char_pieces(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLPrepare(st, (SQLCHAR *)"SELECT Name FROM Spaces WHERE Key = ?", SQL_NTS);
    SQLLEN ind = SQL_DATA_AT_EXEC;
    int token = 1;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, &token, 0, &ind);
    SQLRETURN rc = SQLExecute(st);
    CHECK(rc == SQL_NEED_DATA, "SQLExecute with a SQL_DATA_AT_EXEC parameter: SQL_NEED_DATA (%d)", rc);
    rc = SQLFetch(st);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY010"), "SQLFetch while data is needed: HY010 (%s)", STMT_STATE(st));
    rc = SQLPutData(st, "E", 1);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY010"), "SQLPutData before SQLParamData: HY010 (%s)", STMT_STATE(st));
    SQLPOINTER p = NULL;
    rc = SQLParamData(st, &p);
    CHECK(rc == SQL_NEED_DATA && p == &token, "SQLParamData names the parameter by its token");
    rc = SQLPutData(st, "E", 1);
    rc |= SQLPutData(st, "N", SQL_NTS);
    rc |= SQLPutData(st, "Gxx", 1);
    CHECK(rc == SQL_SUCCESS, "three pieces: 'E', 'N' (SQL_NTS), 'G' (length 1 of 'Gxx')");
    rc = SQLParamData(st, &p);
    CHECK(rc == SQL_SUCCESS, "last SQLParamData runs the statement (%d, %s)", rc, STMT_STATE(st));
    char name[64];
    long rows;
    fetch_name(st, name, sizeof name, &rows);
    CHECK(rows == 1 && strcmp(name, "Engineering") == 0, "the pieces made 'ENG': %s", name);

    /* the same, re-executed, with the value sent as SQL_NULL_DATA */
    rc = SQLExecute(st);
    CHECK(rc == SQL_NEED_DATA, "re-execute: SQL_NEED_DATA again");
    SQLParamData(st, &p);
    rc = SQLPutData(st, NULL, SQL_NULL_DATA);
    CHECK(rc == SQL_SUCCESS, "SQLPutData(SQL_NULL_DATA)");
    rc = SQLPutData(st, "E", 1);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY020"), "data after a NULL: HY020 (%s)", STMT_STATE(st));
    rc = SQLParamData(st, &p);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY010"), "a failed SQLPutData ended the dialogue: HY010 (%s)", STMT_STATE(st));
    SQLExecute(st);
    SQLParamData(st, &p);
    SQLPutData(st, NULL, SQL_NULL_DATA);
    rc = SQLParamData(st, &p);
    fetch_name(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && rows == 0, "NULL key matches nothing (%ld rows)", rows);

    /* SQLCancel in the middle: the statement is prepared again, not half-executed */
    rc = SQLExecute(st);
    SQLParamData(st, &p);
    SQLPutData(st, "M", 1);
    rc = SQLCancel(st);
    CHECK(rc == SQL_SUCCESS, "SQLCancel during need-data");
    rc = SQLParamData(st, &p);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY010"), "SQLParamData after the cancel: HY010 (%s)", STMT_STATE(st));
    ind = 3;
    char key[8] = "MKT";
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, &ind);
    rc = SQLExecute(st);
    fetch_name(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && strcmp(name, "Marketing") == 0, "the prepared statement runs after the cancel: %s", name);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_wchar_len_and_direct(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    /* two parameters, the first one ordinary, the second SQL_LEN_DATA_AT_EXEC(6) in UTF-16 */
    char k1[8] = "ENG";
    SQLLEN ind2 = SQL_LEN_DATA_AT_EXEC(6);
    int token = 2;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, k1, sizeof k1, NULL);
    SQLBindParameter(st, 2, SQL_PARAM_INPUT, SQL_C_WCHAR, SQL_WVARCHAR, 10, 0, &token, 0, &ind2);
    SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Name FROM Spaces WHERE Key = ? OR Key = ? ORDER BY Name", SQL_NTS);
    CHECK(rc == SQL_NEED_DATA, "SQLExecDirect with SQL_LEN_DATA_AT_EXEC(6): SQL_NEED_DATA");
    SQLPOINTER p = NULL;
    rc = SQLParamData(st, &p);
    CHECK(rc == SQL_NEED_DATA && p == &token, "only the data-at-execution parameter is asked for");
    SQLWCHAR mk[] = {'M', 'K'}, t[] = {'T'};
    rc = SQLPutData(st, mk, sizeof mk);
    rc |= SQLPutData(st, t, sizeof t);
    CHECK(rc == SQL_SUCCESS, "UTF-16 pieces 'MK' + 'T'");
    rc = SQLParamData(st, &p);
    char name[64];
    long rows;
    fetch_name(st, name, sizeof name, &rows);
    CHECK(rc == SQL_SUCCESS && rows == 2 && strcmp(name, "Engineering") == 0, "both keys matched: %ld rows", rows);
    rc = SQLExecute(st);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY010"), "an SQLExecDirect statement cannot be re-executed: HY010 (%s)", STMT_STATE(st));

    /* a fixed-size type cannot come in pieces */
    SQLFreeStmt(st, SQL_RESET_PARAMS);
    SQLLEN ind = SQL_DATA_AT_EXEC;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0, &token, 0, &ind);
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT COUNT(*) FROM Pages WHERE VersionNumber > ?", SQL_NTS);
    SQLParamData(st, &p);
    SQLINTEGER two = 2;
    rc = SQLPutData(st, &two, 0);
    CHECK(rc == SQL_SUCCESS, "SQL_C_SLONG value sent once");
    rc = SQLPutData(st, &two, 0);
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HY019"), "a second piece of an integer: HY019 (%s)", STMT_STATE(st));
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT COUNT(*) FROM Pages WHERE VersionNumber > ?", SQL_NTS);
    SQLParamData(st, &p);
    SQLPutData(st, &two, 0);
    rc = SQLParamData(st, &p);
    SQLINTEGER n = -1;
    SQLLEN nind;
    if (SQL_SUCCEEDED(rc) && SQL_SUCCEEDED(SQLFetch(st)))
        SQLGetData(st, 1, SQL_C_SLONG, &n, 0, &nind);
    CHECK(SQL_SUCCEEDED(rc) && n > 0, "integer data-at-execution: %d pages", (int)n);
    SQLCloseCursor(st);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

/* A long value (64 KiB in 1 KiB pieces) reaches the engine whole: LIKE on it matches nothing,
 * but the statement runs and the length survives (CHAR_LENGTH). */
static void test_long_binary_and_text(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLLEN ind = SQL_DATA_AT_EXEC;
    int token = 3;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_LONGVARCHAR, 65536, 0, &token, 0, &ind);
    SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)"SELECT CHAR_LENGTH(CAST(? AS VARCHAR(100000))) FROM Spaces WHERE Key = 'ENG'", SQL_NTS);
    SQLPOINTER p;
    rc = SQLParamData(st, &p);
    char piece[1024];
    memset(piece, 'x', sizeof piece);
    for (int i = 0; i < 64 && rc == SQL_NEED_DATA; i++)
        if (SQLPutData(st, piece, sizeof piece) != SQL_SUCCESS)
            rc = SQL_ERROR;
    rc = SQLParamData(st, &p);
    SQLINTEGER n = -1;
    SQLLEN nind;
    if (SQL_SUCCEEDED(rc) && SQL_SUCCEEDED(SQLFetch(st)))
        SQLGetData(st, 1, SQL_C_SLONG, &n, 0, &nind);
    CHECK(SQL_SUCCEEDED(rc) && n == 65536, "64 KiB sent in 64 pieces arrives whole: CHAR_LENGTH = %d (%s)", (int)n,
          STMT_STATE(st));
    SQLCloseCursor(st);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

int main(int argc, char **argv)
{
    conn c;
    open_conn(&c, argc > 1 ? argv[1] : "DSN=QuireDC");
    test_char_pieces(c.dbc);
    test_wchar_len_and_direct(c.dbc);
    test_long_binary_and_text(c.dbc);
    close_conn(&c);
    return finish("dae");
}

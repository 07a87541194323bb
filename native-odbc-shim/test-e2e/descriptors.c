/*
 * Descriptors: explicit ones (SQLAllocHandle SQL_HANDLE_DESC) used as ARD and APD and
 * dropped again with SQL_NULL_HDESC, SQLSetDescRec / SQLGetDescRec, SQLCopyDesc (from an
 * IRD; never into one), and the read/write rules of SQLSetDescField (HY091, HY016, HY021,
 * HY007, HY017).
 *   descriptors "DSN=QuireDC"
 */
#include "e2e.h"

#define DESC_STATE(d) state_of(SQL_HANDLE_DESC, d)

static void test_explicit(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLHDESC mine = NULL, imp_ard = NULL, got = NULL;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLRETURN rc = SQLAllocHandle(SQL_HANDLE_DESC, dbc, &mine);
    CHECK(rc == SQL_SUCCESS && mine, "SQLAllocHandle(SQL_HANDLE_DESC)");
    SQLSMALLINT alloc = 0;
    SQLGetDescField(mine, 0, SQL_DESC_ALLOC_TYPE, &alloc, 0, NULL);
    CHECK(alloc == SQL_DESC_ALLOC_USER, "SQL_DESC_ALLOC_TYPE = SQL_DESC_ALLOC_USER");
    SQLGetStmtAttr(st, SQL_ATTR_APP_ROW_DESC, &imp_ard, 0, NULL);

    /* a record set in one call, then the descriptor made the statement's ARD */
    char key[32] = "";
    SQLLEN len = 0, ind = 0;
    rc = SQLSetDescRec(mine, 1, SQL_C_CHAR, 0, sizeof key, 0, 0, key, &len, &ind);
    CHECK(rc == SQL_SUCCESS, "SQLSetDescRec(1, SQL_C_CHAR, ...) (%s)", DESC_STATE(mine));
    rc = SQLSetStmtAttr(st, SQL_ATTR_APP_ROW_DESC, mine, 0);
    CHECK(rc == SQL_SUCCESS, "SQL_ATTR_APP_ROW_DESC = explicit descriptor (%s)", STMT_STATE(st));
    SQLGetStmtAttr(st, SQL_ATTR_APP_ROW_DESC, &got, 0, NULL);
    CHECK(got == mine, "SQLGetStmtAttr returns the explicit ARD");
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces WHERE Id = 98305", SQL_NTS);
    rc = SQLFetch(st);
    CHECK(SQL_SUCCEEDED(rc) && strcmp(key, "ENG") == 0 && len == 3, "fetch into the explicit ARD: '%s' (%ld)", key, (long)len);
    SQLSMALLINT type = 0, sub = 0, prec = 0, scale = 0, nul = 0, nlen = 0;
    SQLLEN olen = 0;
    SQLCHAR name[32];
    rc = SQLGetDescRec(mine, 1, name, sizeof name, &nlen, &type, &sub, &olen, &prec, &scale, &nul);
    CHECK(rc == SQL_SUCCESS && type == SQL_C_CHAR && olen == (SQLLEN)sizeof key, "SQLGetDescRec: type %d octet length %ld", type, (long)olen);
    SQLCloseCursor(st);

    /* SQLBindCol writes into whichever ARD is current */
    char key2[32] = "";
    SQLBindCol(st, 1, SQL_C_CHAR, key2, sizeof key2, &ind);
    SQLPOINTER dp = NULL;
    SQLGetDescField(mine, 1, SQL_DESC_DATA_PTR, &dp, 0, NULL);
    CHECK(dp == key2, "SQLBindCol updated the explicit ARD");

    /* (unixODBC 2.3.11 keeps answering SQLGetStmtAttr with the explicit handle here, from its
     * own copy; where SQLBindCol lands shows what the driver did) */
    rc = SQLSetStmtAttr(st, SQL_ATTR_APP_ROW_DESC, SQL_NULL_HDESC, 0);
    char key3[8];
    SQLBindCol(st, 1, SQL_C_CHAR, key3, sizeof key3, &ind);
    SQLPOINTER imp_dp = NULL;
    SQLGetDescField(imp_ard, 1, SQL_DESC_DATA_PTR, &imp_dp, 0, NULL);
    SQLGetDescField(mine, 1, SQL_DESC_DATA_PTR, &dp, 0, NULL);
    CHECK(rc == SQL_SUCCESS && imp_dp == key3 && dp == key2, "SQL_NULL_HDESC restores the implicit ARD");

    /* the explicit descriptor as APD */
    SQLHDESC apd = NULL;
    SQLAllocHandle(SQL_HANDLE_DESC, dbc, &apd);
    char pkey[8] = "MKT";
    SQLLEN plen = SQL_NTS;
    SQLSetDescRec(apd, 1, SQL_C_CHAR, 0, sizeof pkey, 0, 0, pkey, &plen, &plen);
    SQLSetStmtAttr(st, SQL_ATTR_APP_PARAM_DESC, apd, 0);
    SQLHDESC ipd = NULL;
    SQLGetStmtAttr(st, SQL_ATTR_IMP_PARAM_DESC, &ipd, 0, NULL);
    rc = SQLSetDescRec(ipd, 1, SQL_VARCHAR, 0, 10, 0, 0, NULL, NULL, NULL);
    CHECK(rc == SQL_SUCCESS, "SQLSetDescRec on the IPD (%s)", DESC_STATE(ipd));
    SQLFreeStmt(st, SQL_UNBIND);
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Name FROM Spaces WHERE Key = ?", SQL_NTS);
    char nm[64] = "";
    if (SQL_SUCCEEDED(rc) && SQL_SUCCEEDED(SQLFetch(st)))
        SQLGetData(st, 1, SQL_C_CHAR, nm, sizeof nm, &ind);
    CHECK(SQL_SUCCEEDED(rc) && strcmp(nm, "Marketing") == 0, "parameter from an explicit APD: %s (%s)", nm, STMT_STATE(st));
    SQLCloseCursor(st);

    /* freeing an explicit descriptor in use puts the implicit one back */
    rc = SQLFreeHandle(SQL_HANDLE_DESC, apd);
    SQLGetStmtAttr(st, SQL_ATTR_APP_PARAM_DESC, &got, 0, NULL);
    CHECK(rc == SQL_SUCCESS && got != apd && got != NULL, "freed explicit APD: the statement uses its implicit APD again");

    /* implicit descriptors cannot be freed, nor given to another statement */
    rc = SQLFreeHandle(SQL_HANDLE_DESC, imp_ard);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(imp_ard), "HY017") == 0, "freeing an implicit descriptor: HY017 (%s)", DESC_STATE(imp_ard));
    SQLHSTMT st2;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st2);
    rc = SQLSetStmtAttr(st2, SQL_ATTR_APP_ROW_DESC, imp_ard, 0);
    CHECK(rc == SQL_ERROR && IS_STATE(st2, "HY017"), "another statement's implicit ARD: HY017 (%s)", STMT_STATE(st2));
    SQLFreeHandle(SQL_HANDLE_STMT, st2);
    SQLFreeHandle(SQL_HANDLE_DESC, mine);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_copy_and_rules(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLHDESC ard, ird, ipd, mine;
    SQLGetStmtAttr(st, SQL_ATTR_APP_ROW_DESC, &ard, 0, NULL);
    SQLGetStmtAttr(st, SQL_ATTR_IMP_ROW_DESC, &ird, 0, NULL);
    SQLGetStmtAttr(st, SQL_ATTR_IMP_PARAM_DESC, &ipd, 0, NULL);
    SQLAllocHandle(SQL_HANDLE_DESC, dbc, &mine);
    SQLSMALLINT count = -1;
    SQLRETURN rc = SQLGetDescField(ird, 0, SQL_DESC_COUNT, &count, 0, NULL);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ird), "HY007") == 0, "IRD of an unprepared statement: HY007 (%s)", DESC_STATE(ird));
    rc = SQLCopyDesc(ird, mine);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(mine), "HY007") == 0, "SQLCopyDesc from an unprepared IRD: HY007 (%s)", DESC_STATE(mine));

    SQLPrepare(st, (SQLCHAR *)"SELECT Key, Name, IconWidth FROM Spaces", SQL_NTS);
    rc = SQLCopyDesc(ird, mine);
    SQLGetDescField(mine, 0, SQL_DESC_COUNT, &count, 0, NULL);
    CHECK(rc == SQL_SUCCESS && count == 3, "SQLCopyDesc(IRD -> explicit): %d records", count);
    SQLCHAR name[32] = "";
    SQLSMALLINT nlen = 0, type = 0;
    SQLGetDescRec(ird, 3, name, sizeof name, &nlen, &type, NULL, NULL, NULL, NULL, NULL);
    CHECK(strcmp((char *)name, "IconWidth") == 0 && type == SQL_INTEGER, "SQLGetDescRec(IRD, 3): %s type %d", name, type);
    rc = SQLCopyDesc(ard, ird);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ird), "HY016") == 0, "SQLCopyDesc into an IRD: HY016 (%s)", DESC_STATE(ird));

    /* read/write rules */
    rc = SQLSetDescField(ird, 1, SQL_DESC_OCTET_LENGTH, (SQLPOINTER)10, 0);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ird), "HY016") == 0, "writing an IRD field: HY016");
    SQLULEN *rows_ptr = NULL;
    SQLULEN rows = 0;
    rc = SQLSetDescField(ird, 0, SQL_DESC_ROWS_PROCESSED_PTR, &rows, 0);
    SQLGetStmtAttr(st, SQL_ATTR_ROWS_FETCHED_PTR, &rows_ptr, 0, NULL);
    CHECK(rc == SQL_SUCCESS && rows_ptr == &rows, "IRD SQL_DESC_ROWS_PROCESSED_PTR is writable and is SQL_ATTR_ROWS_FETCHED_PTR");
    SQLPOINTER p;
    rc = SQLGetDescField(ird, 1, SQL_DESC_DATA_PTR, &p, 0, NULL);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ird), "HY091") == 0, "IRD SQL_DESC_DATA_PTR is unused: HY091");
    rc = SQLSetDescField(ard, 0, SQL_DESC_ROWS_PROCESSED_PTR, &rows, 0);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ard), "HY091") == 0, "ARD SQL_DESC_ROWS_PROCESSED_PTR: HY091");
    rc = SQLSetDescField(ard, 1, SQL_DESC_NAME, "x", SQL_NTS);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ard), "HY091") == 0, "ARD SQL_DESC_NAME: HY091");
    rc = SQLSetDescField(ard, 0, SQL_DESC_ALLOC_TYPE, (SQLPOINTER)SQL_DESC_ALLOC_USER, 0);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ard), "HY091") == 0, "SQL_DESC_ALLOC_TYPE is read-only: HY091");
    rc = SQLSetDescField(ard, 1, SQL_DESC_CONCISE_TYPE, (SQLPOINTER)SQL_VARCHAR, 0);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ard), "HY021") == 0, "SQL type in an ARD: HY021 (%s)", DESC_STATE(ard));
    rc = SQLSetDescField(ard, 1, SQL_DESC_CONCISE_TYPE, (SQLPOINTER)SQL_C_CHAR, 0);
    char buf[8];
    rc |= SQLSetDescField(ard, 1, SQL_DESC_DATA_PTR, buf, 0);
    rc |= SQLSetDescField(ard, 1, SQL_DESC_OCTET_LENGTH, (SQLPOINTER)sizeof buf, 0);
    p = buf;
    SQLGetDescField(ard, 1, SQL_DESC_DATA_PTR, &p, 0, NULL);
    CHECK(rc == SQL_SUCCESS && p == NULL, "setting another field unbinds the record (DATA_PTR NULL)");
    SQLSMALLINT prec = -1;
    SQLSetDescField(ard, 2, SQL_DESC_TYPE, (SQLPOINTER)SQL_C_NUMERIC, 0);
    SQLGetDescField(ard, 2, SQL_DESC_PRECISION, &prec, 0, NULL);
    SQLGetDescField(ard, 0, SQL_DESC_COUNT, &count, 0, NULL);
    CHECK(prec > 0 && count == 2, "SQL_DESC_TYPE numeric sets a default precision (%d); count grows to %d", prec, count);
    rc = SQLSetDescField(ipd, 1, SQL_DESC_NAME, "p1", SQL_NTS);
    SQLSMALLINT unnamed = -1;
    SQLGetDescField(ipd, 1, SQL_DESC_UNNAMED, &unnamed, 0, NULL);
    CHECK(rc == SQL_SUCCESS && unnamed == SQL_NAMED, "IPD SQL_DESC_NAME is writable; SQL_DESC_UNNAMED = SQL_NAMED");
    rc = SQLSetDescField(ipd, 1, SQL_DESC_PARAMETER_TYPE, (SQLPOINTER)SQL_PARAM_OUTPUT, 0);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ipd), "HYC00") == 0, "IPD output parameter: HYC00");
    rc = SQLGetDescField(ard, 1, 9999, &p, 0, NULL);
    CHECK(rc == SQL_ERROR && strcmp(DESC_STATE(ard), "HY091") == 0, "unknown field: HY091");
    SQLINTEGER cs = -1;
    rc = SQLGetDescField(ird, 2, SQL_DESC_CASE_SENSITIVE, &cs, 0, NULL);
    SQLLEN disp = 0;
    rc |= SQLGetDescField(ird, 3, SQL_DESC_DISPLAY_SIZE, &disp, 0, NULL);
    CHECK(rc == SQL_SUCCESS && cs == SQL_TRUE && disp == 11, "IRD case sensitive %d, INTEGER display size %ld", (int)cs, (long)disp);
    SQLFreeHandle(SQL_HANDLE_DESC, mine);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

int main(int argc, char **argv)
{
    conn c;
    open_conn(&c, argc > 1 ? argv[1] : "DSN=QuireDC");
    test_explicit(c.dbc);
    test_copy_and_rules(c.dbc);
    /* a descriptor still allocated at disconnect is freed with the connection */
    SQLHDESC left;
    SQLAllocHandle(SQL_HANDLE_DESC, c.dbc, &left);
    close_conn(&c);
    return finish("descriptors");
}

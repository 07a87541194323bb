/*
 * Diagnostics with several records: a refused login gives the error and a hint as two
 * 28000 records carrying the HTTP status as the native error; SQL_DIAG_NUMBER counts them,
 * SQLGetDiagRec and SQLGetDiagField read each, and no record contains the password.
 *   diag "DSN=QuireWrong" <the wrong password>
 */
#include "e2e.h"

int main(int argc, char **argv)
{
    const char *cs = argc > 1 ? argv[1] : "DSN=QuireWrong";
    const char *secret = argc > 2 ? argv[2] : "";
    conn c;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &c.env);
    SQLSetEnvAttr(c.env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, c.env, &c.dbc);
    SQLRETURN rc = SQLDriverConnect(c.dbc, NULL, (SQLCHAR *)cs, SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
    CHECK(rc == SQL_ERROR, "the login is refused");

    SQLINTEGER count = 0;
    SQLGetDiagField(SQL_HANDLE_DBC, c.dbc, 0, SQL_DIAG_NUMBER, &count, 0, NULL);
    CHECK(count >= 2, "SQL_DIAG_NUMBER: %d records", (int)count);
    int hint = 0, leaks = 0, all_28000 = 1, all_401 = 1;
    for (SQLSMALLINT i = 1; i <= count; i++) {
        SQLCHAR st[6], msg[1024];
        SQLINTEGER native = 0;
        SQLSMALLINT len;
        if (SQLGetDiagRec(SQL_HANDLE_DBC, c.dbc, i, st, &native, msg, sizeof msg, &len) != SQL_SUCCESS)
            continue;
        printf("     record %d: [%s] (%d) %s\n", i, st, (int)native, msg);
        all_28000 &= strcmp((char *)st, "28000") == 0;
        all_401 &= native == 401;
        hint |= strstr((char *)msg, "personal access token") != NULL;
        leaks |= *secret && strstr((char *)msg, secret) != NULL;
    }
    CHECK(all_28000 && all_401, "every record is 28000 with native error 401");
    CHECK(hint, "a record tells Cloud and Data Center credentials apart");
    CHECK(!leaks, "no record contains the password");
    SQLCHAR st2[6] = "";
    SQLGetDiagField(SQL_HANDLE_DBC, c.dbc, 2, SQL_DIAG_SQLSTATE, st2, sizeof st2, NULL);
    CHECK(strcmp((char *)st2, "28000") == 0, "SQLGetDiagField reads record 2's SQLSTATE");
    SQLCHAR st3[6];
    SQLINTEGER n3;
    SQLSMALLINT l3;
    CHECK(SQLGetDiagRec(SQL_HANDLE_DBC, c.dbc, (SQLSMALLINT)(count + 1), st3, &n3, NULL, 0, &l3) == SQL_NO_DATA,
          "no record past the last");
    SQLFreeHandle(SQL_HANDLE_DBC, c.dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, c.env);
    printf(failures ? "FAILED\n" : "PASSED\n");
    return failures ? 1 : 0;
}

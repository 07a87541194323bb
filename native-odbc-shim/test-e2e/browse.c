/*
 * SQLBrowseConnect through the driver manager: the driver asks for the site, then for the
 * credentials its AuthScheme needs, then connects; an error or SQLDisconnect ends a browse.
 *   browse "DSN=..." SITE_URL
 * https://learn.microsoft.com/sql/odbc/reference/syntax/sqlbrowseconnect-function
 */
#include "e2e.h"

static const char *DRIVER = "DRIVER={Quire ODBC Driver for Confluence}";

static SQLRETURN browse(SQLHDBC dbc, const char *in, char *out, size_t out_size)
{
    SQLSMALLINT len = 0;
    out[0] = '\0';
    return SQLBrowseConnect(dbc, (SQLCHAR *)in, SQL_NTS, (SQLCHAR *)out, (SQLSMALLINT)out_size, &len);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: browse CONNSTR SITE_URL\n");
        return 2;
    }
    char url[512], out[1024];
    snprintf(url, sizeof url, "Url=%s", argv[2]);
    SQLHENV env;
    SQLHDBC dbc;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);

    SQLRETURN rc = browse(dbc, DRIVER, out, sizeof out);
    CHECK(rc == SQL_NEED_DATA && strstr(out, "Url:Site URL=?"), "first level asks for the site (%d, %s)", rc, out);
    rc = browse(dbc, url, out, sizeof out);
    CHECK(rc == SQL_NEED_DATA && strcmp(out, "User:User name=?;Password:Password=?") == 0,
          "second level asks for Data Center credentials (%d, %s)", rc, out);
    rc = browse(dbc, "User=demo;Password=demo-password", out, sizeof out);
    CHECK(rc == SQL_SUCCESS && strstr(out, "User=demo") && strstr(out, argv[2]),
          "complete settings connect and return the full string (%d)", rc);
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces WHERE Key = 'ENG'", SQL_NTS);
    CHECK(SQL_SUCCEEDED(rc) && count_rows(st) == 1, "the browsed connection runs queries");
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    CHECK(SQLDisconnect(dbc) == SQL_SUCCESS, "disconnect");

    /* wrong credentials end the browse with the engine's SQLSTATE */
    char all[1024];
    snprintf(all, sizeof all, "%s;%s;User=demo;Password=Wr0ng-Secret", DRIVER, url);
    rc = browse(dbc, all, out, sizeof out);
    CHECK(rc == SQL_ERROR && strcmp(state_of(SQL_HANDLE_DBC, dbc), "28000") == 0,
          "wrong password: 28000 (%s)", state_of(SQL_HANDLE_DBC, dbc));

    /* an unfinished browse is abandoned by SQLDisconnect; a new one starts afresh */
    rc = browse(dbc, DRIVER, out, sizeof out);
    CHECK(rc == SQL_NEED_DATA, "a new browse starts (%d)", rc);
    CHECK(SQLDisconnect(dbc) == SQL_SUCCESS, "SQLDisconnect ends the unfinished browse");
    snprintf(all, sizeof all, "%s;%s;AuthScheme=PAT", DRIVER, url);
    rc = browse(dbc, all, out, sizeof out);
    CHECK(rc == SQL_NEED_DATA && strcmp(out, "PAT:Personal access token=?") == 0,
          "AuthScheme=PAT asks for the token (%s)", out);
    rc = browse(dbc, "PAT=demo-pat-token", out, sizeof out);
    CHECK(rc == SQL_SUCCESS, "the token completes the connection (%d, %s)", rc, state_of(SQL_HANDLE_DBC, dbc));
    SQLDisconnect(dbc);

    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}

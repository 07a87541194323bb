/*
 * Timeouts: SQL_ATTR_QUERY_TIMEOUT bounds a slow query (HYT00, the statement usable again),
 * SQL_ATTR_LOGIN_TIMEOUT bounds a connect to a server that accepts but never answers
 * (HYT00), SQL_ATTR_CONNECTION_TIMEOUT bounds each request to the site (HYT01 when the
 * site stalls: the program asks the fake site at argv[3] to hold its next answer back). The
 * query timeout bounds each call (SQLExecute, each SQLFetch), so argv[2] must be a query whose
 * one call takes several seconds on a slow site (the fake site with --latency-ms): an
 * aggregate over a cross join.
 *   timeouts "DSN=QuireDC" "SELECT COUNT(*) FROM Pages p, Pages q" http://127.0.0.1:PORT
 */
#include "e2e.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void test_query_timeout(SQLHDBC dbc, const char *slow)
{
    /* (set on an open connection: unixODBC keeps its own copy before connecting) */
    SQLRETURN crc = SQLSetConnectAttr(dbc, SQL_ATTR_CONNECTION_TIMEOUT, (SQLPOINTER)7, 0);
    SQLUINTEGER ct = 0;
    SQLGetConnectAttr(dbc, SQL_ATTR_CONNECTION_TIMEOUT, &ct, 0, NULL);
    CHECK(crc == SQL_SUCCESS && ct == 7, "SQL_ATTR_CONNECTION_TIMEOUT %u s kept", ct);
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLRETURN rc = SQLSetStmtAttr(st, SQL_ATTR_QUERY_TIMEOUT, (SQLPOINTER)1, 0);
    SQLULEN t = 0;
    SQLGetStmtAttr(st, SQL_ATTR_QUERY_TIMEOUT, &t, 0, NULL);
    CHECK(rc == SQL_SUCCESS && t == 1, "SQL_ATTR_QUERY_TIMEOUT = 1 s");
    double a = now();
    rc = SQLExecDirect(st, (SQLCHAR *)slow, SQL_NTS);
    while (SQL_SUCCEEDED(rc))
        rc = SQLFetch(st);
    double secs = now() - a;
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HYT00") && secs < 6 * time_scale(), "slow query stopped with HYT00 after %.2f s (%s)", secs, STMT_STATE(st));
    SQLCloseCursor(st);
    SQLSetStmtAttr(st, SQL_ATTR_QUERY_TIMEOUT, (SQLPOINTER)0, 0);
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces", SQL_NTS);
    long n = SQL_SUCCEEDED(rc) ? count_rows(st) : -1;
    CHECK(n > 0, "the statement runs again after the timeout (%ld rows)", n);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

/* POST /__admin/faults?... to the fake site at url (http://127.0.0.1:PORT): 1 when accepted */
static int inject_fault(const char *url, const char *query)
{
    int port = 0;
    if (sscanf(url, "http://127.0.0.1:%d", &port) != 1)
        return 0;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons((unsigned short)port);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) != 0)
        return 0;
    char req[256], resp[64] = {0};
    int n = snprintf(req, sizeof req, "POST /__admin/faults?%s HTTP/1.0\r\nContent-Length: 0\r\n\r\n", query);
    int ok = write(s, req, (size_t)n) == n && read(s, resp, sizeof resp - 1) > 0 && strstr(resp, " 204") != NULL;
    close(s);
    return ok;
}

static void test_connection_timeout(SQLHDBC dbc, const char *site)
{
    SQLRETURN rc = SQLSetConnectAttr(dbc, SQL_ATTR_CONNECTION_TIMEOUT, (SQLPOINTER)1, 0);
    CHECK(rc == SQL_SUCCESS, "SQL_ATTR_CONNECTION_TIMEOUT = 1 s on the open connection");
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    CHECK(inject_fault(site, "delayMs=4000&count=1"), "the site will hold its next answer for 4 s");
    double a = now();
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces", SQL_NTS);
    while (SQL_SUCCEEDED(rc))
        rc = SQLFetch(st);
    double secs = now() - a;
    CHECK(rc == SQL_ERROR && IS_STATE(st, "HYT01") && secs < 3.5 * time_scale(),
          "a stalled request stopped with HYT01 after %.2f s (%s)", secs, STMT_STATE(st));
    SQLCloseCursor(st);
    SQLSetConnectAttr(dbc, SQL_ATTR_CONNECTION_TIMEOUT, (SQLPOINTER)0, 0);
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces", SQL_NTS);
    long n = SQL_SUCCEEDED(rc) ? count_rows(st) : -1;
    CHECK(n > 0, "the connection works again (%ld rows)", n);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_login_timeout(const char *cs)
{
    /* a server that accepts the connection and never says a word */
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t al = sizeof a;
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) != 0 || listen(s, 16) != 0 ||
        getsockname(s, (struct sockaddr *)&a, &al) != 0) {
        CHECK(0, "cannot open a silent server socket");
        return;
    }
    char silent[512];
    snprintf(silent, sizeof silent, "%s;Url=http://127.0.0.1:%d", cs, ntohs(a.sin_port));
    SQLHENV env;
    SQLHDBC dbc;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
    SQLRETURN rc = SQLSetConnectAttr(dbc, SQL_ATTR_LOGIN_TIMEOUT, (SQLPOINTER)2, 0);
    SQLUINTEGER lt = 0;
    SQLGetConnectAttr(dbc, SQL_ATTR_LOGIN_TIMEOUT, &lt, 0, NULL);
    CHECK(rc == SQL_SUCCESS && lt == 2, "login timeout %u s kept", lt);
    double t0 = now();
    rc = SQLDriverConnect(dbc, NULL, (SQLCHAR *)silent, SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
    double secs = now() - t0;
    const char *state = state_of(SQL_HANDLE_DBC, dbc);
    CHECK(rc == SQL_ERROR && strcmp(state, "HYT00") == 0 && secs < 8 * time_scale(),
          "connect to a silent server: HYT00 after %.2f s (%s)", secs, state);
    if (SQL_SUCCEEDED(rc))
        SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    close(s);
}

int main(int argc, char **argv)
{
    const char *cs = argc > 1 ? argv[1] : "DSN=QuireDC";
    conn c;
    open_conn(&c, cs);
    test_query_timeout(c.dbc, argc > 2 ? argv[2] : "SELECT COUNT(*) FROM Pages p, Pages q");
    if (argc > 3)
        test_connection_timeout(c.dbc, argv[3]);
    close_conn(&c);
    test_login_timeout(cs);
    return finish("timeouts");
}

/*
 * SQLCancel: from a second thread while a slow query runs (HY008 quickly, the statement
 * usable afterwards), also while the statement is still being prepared; on an idle statement
 * with an open cursor (a cursor close); during data-at-execution (the dialogue ends).
 *   cancel "DSN=QuireDC" "SELECT p.Title, q.Title FROM Pages p, Pages q"
 */
#include "e2e.h"

#include <pthread.h>
#include <time.h>
#include <unistd.h>

/* the fake site's spaces that are not archived (Spaces lists current ones by default) */
#define CURRENT_SPACES 7

static void *cancel_later(void *st)
{
    usleep(300 * 1000);
    SQLCancel((SQLHSTMT)st);
    return NULL;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void test_running(SQLHDBC dbc, const char *slow)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    for (int round = 1; round <= 2; round++) {
        pthread_t t;
        double a = now();
        pthread_create(&t, NULL, cancel_later, st);
        /* the engine is lazy: the cancel may land in SQLExecDirect or in a SQLFetch */
        SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)slow, SQL_NTS);
        while (SQL_SUCCEEDED(rc))
            rc = SQLFetch(st);
        double secs = now() - a;
        pthread_join(t, NULL);
        CHECK(rc == SQL_ERROR && IS_STATE(st, "HY008") && secs < 5 * time_scale(), "round %d: cancelled from another thread, HY008 after %.2f s (%s)",
              round, secs, STMT_STATE(st));
        SQLCloseCursor(st);
    }
    SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces", SQL_NTS);
    long n = SQL_SUCCEEDED(rc) ? count_rows(st) : -1;
    CHECK(n == CURRENT_SPACES, "the statement runs normally after the cancels (%ld rows, %s)", n, STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_idle(const char *cs, SQLINTEGER version)
{
    conn c;
    if (connect_to(&c, cs, version) != 0) {
        CHECK(0, "connect");
        return;
    }
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, c.dbc, &st);
    SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces", SQL_NTS);
    SQLFetch(st);
    SQLRETURN rc = SQLCancel(st);
    SQLRETURN f = SQLFetch(st);
    /* the ODBC 3 text says "no effect", the state tables (which the driver manager applies)
     * say S5-S7 -> S1/S3: the cursor is closed for either version */
    CHECK(rc == SQL_SUCCESS && f == SQL_ERROR, "ODBC %d: SQLCancel on an idle statement closes the cursor (%s)",
          (int)version, STMT_STATE(st));
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces", SQL_NTS);
    CHECK(SQL_SUCCEEDED(rc) && count_rows(st) == CURRENT_SPACES, "and the statement runs again");
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    close_conn(&c);
}

static void test_need_data(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLLEN ind = SQL_DATA_AT_EXEC;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, (SQLPOINTER)1, 0, &ind);
    SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Name FROM Spaces WHERE Key = ?", SQL_NTS);
    SQLPOINTER tok;
    SQLParamData(st, &tok);
    SQLPutData(st, "EN", 2);
    SQLRETURN c = SQLCancel(st);
    SQLRETURN after = SQLPutData(st, "G", 1);
    CHECK(rc == SQL_NEED_DATA && c == SQL_SUCCESS && after == SQL_ERROR && IS_STATE(st, "HY010"),
          "SQLCancel during need-data ends the dialogue (%s)", STMT_STATE(st));
    SQLFreeStmt(st, SQL_RESET_PARAMS);
    rc = SQLExecDirect(st, (SQLCHAR *)"SELECT Key FROM Spaces", SQL_NTS);
    CHECK(SQL_SUCCEEDED(rc) && count_rows(st) == CURRENT_SPACES, "the statement is usable after the cancel");
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

int main(int argc, char **argv)
{
    const char *cs = argc > 1 ? argv[1] : "DSN=QuireDC";
    conn c;
    open_conn(&c, cs);
    test_running(c.dbc, argc > 2 ? argv[2] : "SELECT p.Title, q.Title FROM Pages p, Pages q");
    test_need_data(c.dbc);
    close_conn(&c);
    test_idle(cs, SQL_OV_ODBC3);
    test_idle(cs, SQL_OV_ODBC2);
    return finish("cancel");
}

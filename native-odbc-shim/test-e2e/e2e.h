/*
 * Shared by the one-feature C test programs of test-e2e/ (not by smoke.c, which predates
 * it): CHECK lines, SQLSTATE lookup and connecting through the driver manager. Each program
 * takes a connection string as argv[1], prints "ok"/"FAIL" lines and exits non-zero on
 * failure (2 when it cannot even connect).
 */
#ifndef QUIRE_E2E_H
#define QUIRE_E2E_H

#include <sql.h>
#include <sqlext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond, ...) do { \
        if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
        else { printf("ok   "); printf(__VA_ARGS__); printf("\n"); } \
        fflush(stdout); \
    } while (0)

/* The first record's SQLSTATE ("" when there is none); a static buffer per call site type. */
static inline const char *state_of(SQLSMALLINT type, SQLHANDLE h)
{
    static __thread char st[6];
    SQLINTEGER native;
    SQLCHAR msg[512];
    SQLSMALLINT len;
    st[0] = '\0';
    if (SQLGetDiagRec(type, h, 1, (SQLCHAR *)st, &native, msg, sizeof msg, &len) == SQL_NO_DATA)
        return "";
    return st;
}

#define STMT_STATE(st) state_of(SQL_HANDLE_STMT, st)
#define IS_STATE(st, code) (strcmp(STMT_STATE(st), code) == 0)

typedef struct conn {
    SQLHENV env;
    SQLHDBC dbc;
} conn;

static inline int connect_to(conn *c, const char *cs, SQLINTEGER version)
{
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &c->env);
    SQLSetEnvAttr(c->env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)(SQLLEN)version, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, c->env, &c->dbc);
    SQLRETURN rc = SQLDriverConnect(c->dbc, NULL, (SQLCHAR *)cs, SQL_NTS, NULL, 0, NULL,
                                    SQL_DRIVER_NOPROMPT);
    if (!SQL_SUCCEEDED(rc)) {
        printf("cannot connect: %s\n", state_of(SQL_HANDLE_DBC, c->dbc));
        return -1;
    }
    return 0;
}

static inline void open_conn(conn *c, const char *cs)
{
    if (connect_to(c, cs, SQL_OV_ODBC3) != 0)
        exit(2);
}

static inline void close_conn(conn *c)
{
    SQLDisconnect(c->dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, c->dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, c->env);
}

/* Rows left in the result, counted with SQLFetch; -1 on an error. */
static inline long count_rows(SQLHSTMT st)
{
    long n = 0;
    SQLRETURN rc;
    while ((rc = SQLFetch(st)) == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO)
        n++;
    return rc == SQL_NO_DATA ? n : -1;
}

/* Multiplies the time limits of the timing checks: QUIRE_E2E_TIME_SCALE (under valgrind with
 * an interpreted JVM, preparing one query takes about a minute). */
static inline double time_scale(void)
{
    const char *v = getenv("QUIRE_E2E_TIME_SCALE");
    double f = v ? atof(v) : 1.0;
    return f > 0 ? f : 1.0;
}

static inline int finish(const char *name)
{
    printf("%s: %s, %d failure(s)\n", name, failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}

#endif

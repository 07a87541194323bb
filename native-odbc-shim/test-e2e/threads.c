/*
 * Thread safety: many threads each with their own connection, then one connection shared by
 * threads that each use their own statements on it (calls on one connection are
 * serialized by the driver, as the ODBC spec allows). Every thread checks its own results.
 *   threads "DSN=QuireDC"
 */
#include "e2e.h"

#include <pthread.h>

#define OWN_THREADS 8
#define SHARED_THREADS 6
#define ROUNDS 4

static const char *cs;
static SQLHDBC shared;
static long pages_total;

typedef struct job {
    int id;
    int errors;
    char why[160];
} job;

static long count_query(SQLHDBC dbc, const char *sql)
{
    SQLHSTMT st;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st)))
        return -2;
    long n = -1;
    if (SQL_SUCCEEDED(SQLExecDirect(st, (SQLCHAR *)sql, SQL_NTS)))
        n = count_rows(st);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    return n;
}

static int name_for(SQLHDBC dbc, const char *key, char *name, size_t cap)
{
    SQLHSTMT st;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st)))
        return -1;
    char k[16];
    snprintf(k, sizeof k, "%s", key);
    SQLLEN ind;
    name[0] = '\0';
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, k, sizeof k, NULL);
    int rc = -1;
    if (SQL_SUCCEEDED(SQLPrepare(st, (SQLCHAR *)"SELECT Name FROM Spaces WHERE Key = ?", SQL_NTS)) &&
        SQL_SUCCEEDED(SQLExecute(st)) && SQL_SUCCEEDED(SQLFetch(st)) &&
        SQL_SUCCEEDED(SQLGetData(st, 1, SQL_C_CHAR, name, (SQLLEN)cap, &ind)))
        rc = 0;
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    return rc;
}

static void work(job *j, SQLHDBC dbc)
{
    const char *keys[] = {"ENG", "MKT"};
    const char *names[] = {"Engineering", "Marketing"};
    for (int r = 0; r < ROUNDS; r++) {
        char name[64];
        int k = (j->id + r) % 2;
        if (name_for(dbc, keys[k], name, sizeof name) != 0 || strcmp(name, names[k]) != 0) {
            j->errors++;
            snprintf(j->why, sizeof j->why, "round %d: %s -> '%s'", r, keys[k], name);
        }
        long n = count_query(dbc, "SELECT Id, Title FROM Pages");
        if (n != pages_total) {
            j->errors++;
            snprintf(j->why, sizeof j->why, "round %d: %ld pages", r, n);
        }
    }
}

static void *own_connection(void *arg)
{
    job *j = arg;
    conn c;
    if (connect_to(&c, cs, SQL_OV_ODBC3) != 0) {
        j->errors++;
        snprintf(j->why, sizeof j->why, "cannot connect");
        return NULL;
    }
    work(j, c.dbc);
    close_conn(&c);
    return NULL;
}

static void *shared_connection(void *arg)
{
    work(arg, shared);
    return NULL;
}

static void run(void *(*fn)(void *), int n, const char *what)
{
    pthread_t t[OWN_THREADS > SHARED_THREADS ? OWN_THREADS : SHARED_THREADS];
    job jobs[OWN_THREADS > SHARED_THREADS ? OWN_THREADS : SHARED_THREADS];
    for (int i = 0; i < n; i++) {
        memset(&jobs[i], 0, sizeof jobs[i]);
        jobs[i].id = i;
        pthread_create(&t[i], NULL, fn, &jobs[i]);
    }
    int errors = 0;
    for (int i = 0; i < n; i++) {
        pthread_join(t[i], NULL);
        if (jobs[i].errors)
            printf("     thread %d: %s\n", i, jobs[i].why);
        errors += jobs[i].errors;
    }
    CHECK(errors == 0, "%s: %d threads x %d rounds, %d errors", what, n, ROUNDS, errors);
}

int main(int argc, char **argv)
{
    cs = argc > 1 ? argv[1] : "DSN=QuireDC";
    conn c;
    open_conn(&c, cs);
    pages_total = count_query(c.dbc, "SELECT Id, Title FROM Pages");
    CHECK(pages_total > 0, "%ld pages", pages_total);
    run(own_connection, OWN_THREADS, "own connections");
    shared = c.dbc;
    run(shared_connection, SHARED_THREADS, "one shared connection");
    close_conn(&c);
    return finish("threads");
}

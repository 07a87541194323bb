/*
 * Asynchronous execution, the polling method (SQL_ATTR_ASYNC_ENABLE): the first call returns
 * SQL_STILL_EXECUTING, re-calls poll (never blocking) until the work's own return code; the
 * rows are those of the same call made synchronously (SQLExecDirect, SQLPrepare + SQLExecute
 * with a parameter, SQLFetch, SQLFetchScroll and SQLExtendedFetch across the engine's batches,
 * SQLTables/SQLColumns ANSI and W); SQLCancel in flight gives HY008 and the statement runs
 * again; another function in flight gives HY010; the connection default reaches new
 * statements; the worker threads are gone once their results are collected. Then the driver
 * itself, called directly (behind the driver manager's back): HY010 and SQLGetDiagRec in
 * flight, and SQLFreeHandle / SQLDisconnect of a statement whose call is still running.
 * Needs a table of more than 500 rows (Pages: 589), so a fetch crosses an engine batch.
 *   async "DSN=QuireDC" "SELECT COUNT(*) FROM Pages p, Pages q" /path/libquireodbc.so
 */
#include "e2e.h"

#include <dirent.h>
#include <dlfcn.h>
#include <time.h>
#include <unistd.h>

#define PAGES "SELECT Id, Title FROM Pages"
#define SPACES "SELECT Key, Name FROM Spaces"
#define BATCH_ROWS 500   /* the driver's smallest engine batch (stmt_fetch.c) */

static int base_threads;   /* threads named like this program before any asynchronous call */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* How a polled call went: SQL_STILL_EXECUTING answers and the slowest single call. */
typedef struct polls {
    int stills;
    double longest;
} polls;

/* Calls expr until it stops returning SQL_STILL_EXECUTING, sleeping 2 ms between polls. */
#define POLL(rc, ps, expr) do { \
        for (;;) { \
            double t0_ = now(); \
            (rc) = (expr); \
            double d_ = now() - t0_; \
            if (d_ > (ps).longest) (ps).longest = d_; \
            if ((rc) != SQL_STILL_EXECUTING) break; \
            (ps).stills++; \
            usleep(2000); \
        } \
    } while (0)

/* A poll answers at once; anything near a round trip to the site means it waited. */
#define QUICK (0.25 * time_scale())

typedef struct rows {
    long n;
    unsigned long long hash;   /* FNV-1a over every value, in order */
} rows;

static void hash_text(rows *r, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        r->hash ^= (unsigned char)s[i];
        r->hash *= 1099511628211ULL;
    }
}

static void hash_value(rows *r, const char *buf, SQLLEN ind)
{
    if (ind == SQL_NULL_DATA)
        hash_text(r, "\1null", 5);
    else
        hash_text(r, buf, strlen(buf));
    hash_text(r, "|", 1);
}

static void rows_init(rows *r)
{
    r->n = 0;
    r->hash = 1469598103934665603ULL;
}

/* Every row of the open result (SQLGetData of each column as text), each SQLFetch polled. */
static SQLRETURN read_rows(SQLHSTMT st, rows *r, polls *fetches)
{
    SQLSMALLINT ncols = 0;
    SQLNumResultCols(st, &ncols);
    rows_init(r);
    for (;;) {
        SQLRETURN rc;
        POLL(rc, *fetches, SQLFetch(st));
        if (rc == SQL_NO_DATA)
            return SQL_SUCCESS;
        if (!SQL_SUCCEEDED(rc))
            return rc;
        r->n++;
        for (SQLSMALLINT c = 1; c <= ncols; c++) {
            char buf[2048];
            SQLLEN ind = 0;
            SQLGetData(st, (SQLUSMALLINT)c, SQL_C_CHAR, buf, sizeof buf, &ind);
            hash_value(r, buf, ind);
        }
    }
}

static rows sync_rows(SQLHDBC dbc, const char *sql)
{
    SQLHSTMT st;
    rows r;
    polls p = {0};
    rows_init(&r);
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    if (!SQL_SUCCEEDED(SQLExecDirect(st, (SQLCHAR *)sql, SQL_NTS)) ||
        read_rows(st, &r, &p) != SQL_SUCCESS)
        r.n = -1;
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    return r;
}

static SQLHSTMT async_stmt(SQLHDBC dbc)
{
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLSetStmtAttr(st, SQL_ATTR_ASYNC_ENABLE, (SQLPOINTER)SQL_ASYNC_ENABLE_ON, 0);
    return st;
}

/* Threads of this process still named like it: the main one and any the driver started (the
 * JVM names its own). */
static int own_threads(void)
{
    char self[64] = "", path[320], name[64];
    FILE *f = fopen("/proc/self/comm", "r");
    if (!f || !fgets(self, sizeof self, f))
        return -1;
    fclose(f);
    DIR *d = opendir("/proc/self/task");
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
        if ((f = fopen(path, "r")) != NULL) {
            if (fgets(name, sizeof name, f) && strcmp(name, self) == 0)
                n++;
            fclose(f);
        }
    }
    if (d)
        closedir(d);
    return n;
}

/* Waits up to a second for the count to come back to want (a joined thread may linger in
 * /proc for a moment). */
static int own_threads_settle(int want)
{
    int n = own_threads();
    for (int i = 0; i < 100 && n != want; i++) {
        usleep(10000);
        n = own_threads();
    }
    return n;
}

static void test_info_and_attributes(SQLHDBC dbc)
{
    SQLUINTEGER mode = 99, max = 99;
    SQLGetInfo(dbc, SQL_ASYNC_MODE, &mode, sizeof mode, NULL);
    SQLGetInfo(dbc, SQL_MAX_ASYNC_CONCURRENT_STATEMENTS, &max, sizeof max, NULL);
    CHECK(mode == SQL_AM_STATEMENT && max == 0, "SQL_ASYNC_MODE = SQL_AM_STATEMENT, "
          "SQL_MAX_ASYNC_CONCURRENT_STATEMENTS = 0 (no limit)");
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLULEN v = 99;
    SQLGetStmtAttr(st, SQL_ATTR_ASYNC_ENABLE, &v, 0, NULL);
    CHECK(v == SQL_ASYNC_ENABLE_OFF, "statements start synchronous");
    SQLRETURN rc = SQLSetStmtAttr(st, SQL_ATTR_ASYNC_ENABLE, (SQLPOINTER)SQL_ASYNC_ENABLE_ON, 0);
    SQLGetStmtAttr(st, SQL_ATTR_ASYNC_ENABLE, &v, 0, NULL);
    CHECK(rc == SQL_SUCCESS && v == SQL_ASYNC_ENABLE_ON,
          "SQLGetStmtAttr reads back SQL_ASYNC_ENABLE_ON");
    rc = SQLSetStmtAttr(st, SQL_ATTR_ASYNC_STMT_EVENT, (SQLPOINTER)1, 0);
    CHECK(rc == SQL_ERROR, "SQL_ATTR_ASYNC_STMT_EVENT (notification) refused (%s)", STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    rc = SQLSetStmtOption(st, SQL_ASYNC_ENABLE, SQL_ASYNC_ENABLE_ON);
    v = 99;
    SQLGetStmtAttr(st, SQL_ATTR_ASYNC_ENABLE, &v, 0, NULL);
    CHECK(rc == SQL_SUCCESS && v == SQL_ASYNC_ENABLE_ON,
          "the ODBC 2 SQLSetStmtOption(SQL_ASYNC_ENABLE) reaches the same attribute");
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    rc = SQLSetConnectAttr(dbc, SQL_ATTR_ASYNC_DBC_FUNCTIONS_ENABLE,
                           (SQLPOINTER)SQL_ASYNC_DBC_ENABLE_ON, 0);
    CHECK(rc == SQL_ERROR, "SQL_ATTR_ASYNC_DBC_FUNCTIONS_ENABLE on refused (%s)",
          state_of(SQL_HANDLE_DBC, dbc));
}

static void test_exec_and_fetch(SQLHDBC dbc, rows ref)
{
    CHECK(ref.n > BATCH_ROWS, "the reference result spans two engine batches (%ld rows)", ref.n);
    SQLHSTMT st = async_stmt(dbc);
    SQLRETURN first = SQLExecDirect(st, (SQLCHAR *)PAGES, SQL_NTS);
    SQLINTEGER native;
    SQLCHAR state[6] = "", msg[256];
    SQLSMALLINT len;
    double t = now();
    SQLRETURN d = SQLGetDiagRec(SQL_HANDLE_STMT, st, 1, state, &native, msg, sizeof msg, &len);
    t = now() - t;
    CHECK(first == SQL_STILL_EXECUTING && d == SQL_NO_DATA && t < QUICK,
          "SQLExecDirect returns SQL_STILL_EXECUTING first, no diagnostic meanwhile (%.3f s)", t);
    polls p = {0};
    SQLRETURN rc;
    POLL(rc, p, SQLExecDirect(st, (SQLCHAR *)PAGES, SQL_NTS));
    CHECK(rc == SQL_SUCCESS && p.longest < QUICK, "polling ends with SQL_SUCCESS after %d more "
          "SQL_STILL_EXECUTING, the longest poll %.3f s (%s)", p.stills, p.longest, STMT_STATE(st));
    rows r;
    polls f = {0};
    rc = read_rows(st, &r, &f);
    CHECK(rc == SQL_SUCCESS && r.n == ref.n && r.hash == ref.hash,
          "SQLFetch: the same %ld rows as synchronously (%ld)", r.n, ref.n);
    CHECK(f.stills > 0 && f.longest < QUICK, "the fetch past the first batch ran on a worker "
          "(%d SQL_STILL_EXECUTING, the longest call %.3f s)", f.stills, f.longest);
    rc = SQLCloseCursor(st);
    CHECK(rc == SQL_SUCCESS, "the cursor closes after the last fetch (%s)", STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

/* SQLFetchScroll / SQLExtendedFetch in rowsets of 50 into bound columns. */
static void test_block_fetch(SQLHDBC dbc, rows ref, int extended)
{
    enum { ROWSET = 50 };
    const char *name = extended ? "SQLExtendedFetch" : "SQLFetchScroll";
    SQLHSTMT st = async_stmt(dbc);
    if (extended)
        SQLSetStmtAttr(st, SQL_ROWSET_SIZE, (SQLPOINTER)ROWSET, 0);
    else
        SQLSetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER)ROWSET, 0);
    SQLULEN fetched = 0;
    SQLUSMALLINT status[ROWSET];
    if (!extended)
        SQLSetStmtAttr(st, SQL_ATTR_ROWS_FETCHED_PTR, &fetched, 0);
    polls p = {0};
    SQLRETURN rc;
    POLL(rc, p, SQLExecDirect(st, (SQLCHAR *)PAGES, SQL_NTS));
    static char ids[ROWSET][32], titles[ROWSET][1024];
    SQLLEN id_ind[ROWSET], title_ind[ROWSET];
    SQLBindCol(st, 1, SQL_C_CHAR, ids, sizeof ids[0], id_ind);
    SQLBindCol(st, 2, SQL_C_CHAR, titles, sizeof titles[0], title_ind);
    rows r;
    rows_init(&r);
    polls f = {0};
    for (;;) {
        if (extended)
            POLL(rc, f, SQLExtendedFetch(st, SQL_FETCH_NEXT, 0, &fetched, status));
        else
            POLL(rc, f, SQLFetchScroll(st, SQL_FETCH_NEXT, 0));
        if (!SQL_SUCCEEDED(rc))
            break;
        for (SQLULEN i = 0; i < fetched; i++) {
            hash_value(&r, ids[i], id_ind[i]);
            hash_value(&r, titles[i], title_ind[i]);
            r.n++;
        }
    }
    CHECK(rc == SQL_NO_DATA && r.n == ref.n && r.hash == ref.hash,
          "%s: the same %ld rows, in rowsets of %d (%s)", name, r.n, ROWSET, STMT_STATE(st));
    CHECK(f.stills > 0 && f.longest < QUICK, "%s past the first batch ran on a worker (%d "
          "SQL_STILL_EXECUTING, the longest call %.3f s)", name, f.stills, f.longest);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_prepare_execute(SQLHDBC dbc)
{
    SQLHSTMT st = async_stmt(dbc);
    char key[16] = "ENG";
    SQLLEN ind = SQL_NTS;
    SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 10, 0, key, sizeof key, &ind);
    const char *sql = "SELECT Name FROM Spaces WHERE Key = ?";
    SQLRETURN first = SQLPrepare(st, (SQLCHAR *)sql, SQL_NTS);
    polls p = {0};
    SQLRETURN rc;
    POLL(rc, p, SQLPrepare(st, (SQLCHAR *)sql, SQL_NTS));
    SQLSMALLINT cols = 0;
    SQLNumResultCols(st, &cols);
    CHECK(first == SQL_STILL_EXECUTING && rc == SQL_SUCCESS && cols == 1,
          "SQLPrepare: SQL_STILL_EXECUTING, then SQL_SUCCESS; one result column (%s)",
          STMT_STATE(st));
    first = SQLExecute(st);
    POLL(rc, p, SQLExecute(st));
    char name[64] = "";
    SQLRETURN f = SQLFetch(st);
    SQLGetData(st, 1, SQL_C_CHAR, name, sizeof name, &ind);
    CHECK(first == SQL_STILL_EXECUTING && rc == SQL_SUCCESS && SQL_SUCCEEDED(f) &&
          strcmp(name, "Engineering") == 0,
          "SQLExecute with a bound parameter: SQL_STILL_EXECUTING, then the row ('%s', %s)",
          name, STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

typedef SQLRETURN (*catalog_call)(SQLHSTMT st);
static SQLRETURN tables_a(SQLHSTMT st)
{
    return SQLTables(st, NULL, 0, NULL, 0, (SQLCHAR *)"%", SQL_NTS, NULL, 0);
}
static SQLRETURN tables_w(SQLHSTMT st)
{
    static SQLWCHAR pct[] = {'%', 0};
    return SQLTablesW(st, NULL, 0, NULL, 0, pct, SQL_NTS, NULL, 0);
}
static SQLRETURN columns_a(SQLHSTMT st)
{
    return SQLColumns(st, NULL, 0, NULL, 0, (SQLCHAR *)"Pages", SQL_NTS, NULL, 0);
}
static SQLRETURN columns_w(SQLHSTMT st)
{
    static SQLWCHAR pages[] = {'P', 'a', 'g', 'e', 's', 0};
    return SQLColumnsW(st, NULL, 0, NULL, 0, pages, SQL_NTS, NULL, 0);
}

static void test_catalog(SQLHDBC dbc, const char *name, catalog_call call)
{
    SQLHSTMT st;
    rows ref, r;
    polls p = {0};
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);
    SQLRETURN rc = call(st);
    if (!SQL_SUCCEEDED(rc) || read_rows(st, &ref, &p) != SQL_SUCCESS)
        ref.n = -1;
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    st = async_stmt(dbc);
    SQLRETURN first = call(st);
    POLL(rc, p, call(st));
    if (!SQL_SUCCEEDED(rc) || read_rows(st, &r, &p) != SQL_SUCCESS)
        r.n = -2;
    CHECK(first == SQL_STILL_EXECUTING && rc == SQL_SUCCESS && r.n > 0 && r.n == ref.n &&
          r.hash == ref.hash && p.longest < QUICK,
          "%s: SQL_STILL_EXECUTING, then the same %ld rows as synchronously (%ld, %s)", name,
          r.n, ref.n, STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_cancel(SQLHDBC dbc, const char *slow, rows spaces)
{
    SQLHSTMT st = async_stmt(dbc);
    SQLRETURN rc = SQLExecDirect(st, (SQLCHAR *)slow, SQL_NTS);
    double until = now() + 0.3;   /* well into the work: the engine is fetching pages */
    while (rc == SQL_STILL_EXECUTING && now() < until) {
        usleep(10000);
        rc = SQLExecDirect(st, (SQLCHAR *)slow, SQL_NTS);
    }
    int was_running = rc == SQL_STILL_EXECUTING;
    int during = own_threads();
    CHECK(was_running && during == base_threads + 1, "the call runs on a thread of its own "
          "(%d threads named like this program, %d before)", during, base_threads);
    double t = now();
    SQLRETURN c = SQLCancel(st);
    polls after = {0};
    POLL(rc, after, SQLExecDirect(st, (SQLCHAR *)slow, SQL_NTS));
    t = now() - t;
    CHECK(was_running && c == SQL_SUCCESS && rc == SQL_ERROR && IS_STATE(st, "HY008") &&
          t < 5 * time_scale() && after.longest < QUICK,
          "SQLCancel in flight: the next polls end in HY008 after %.2f s (%s)", t, STMT_STATE(st));
    rows r;
    polls p = {0};
    POLL(rc, p, SQLExecDirect(st, (SQLCHAR *)SPACES, SQL_NTS));
    if (rc != SQL_SUCCESS || read_rows(st, &r, &p) != SQL_SUCCESS)
        r.n = -1;
    CHECK(r.n == spaces.n && r.hash == spaces.hash, "the statement runs again: %ld rows (%s)",
          r.n, STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_sequence_error(SQLHDBC dbc, const char *slow)
{
    SQLHSTMT st = async_stmt(dbc);
    SQLRETURN first = SQLExecDirect(st, (SQLCHAR *)slow, SQL_NTS);
    SQLSMALLINT cols;
    double t = now();
    SQLRETURN other = SQLNumResultCols(st, &cols);
    int hy010 = IS_STATE(st, "HY010");
    SQLRETURN fetch = SQLFetch(st);
    t = now() - t;
    CHECK(first == SQL_STILL_EXECUTING && other == SQL_ERROR && hy010 && fetch == SQL_ERROR &&
          IS_STATE(st, "HY010") && t < QUICK,
          "another function in flight: HY010 at once (%.3f s)", t);
    SQLRETURN still = SQLExecDirect(st, (SQLCHAR *)slow, SQL_NTS);
    SQLCancel(st);
    polls p = {0};
    SQLRETURN rc;
    POLL(rc, p, SQLExecDirect(st, (SQLCHAR *)slow, SQL_NTS));
    CHECK(still == SQL_STILL_EXECUTING && rc == SQL_ERROR,
          "the call in flight is unharmed: polled on, then cancelled (%s)", STMT_STATE(st));
    SQLFreeHandle(SQL_HANDLE_STMT, st);
}

static void test_connection_default(const char *cs, rows spaces)
{
    conn c;
    if (connect_to(&c, cs, SQL_OV_ODBC3) != 0) {
        CHECK(0, "connect");
        return;
    }
    SQLRETURN rc = SQLSetConnectAttr(c.dbc, SQL_ATTR_ASYNC_ENABLE,
                                     (SQLPOINTER)SQL_ASYNC_ENABLE_ON, 0);
    SQLULEN cv = 0, sv = 0;
    SQLGetConnectAttr(c.dbc, SQL_ATTR_ASYNC_ENABLE, &cv, 0, NULL);
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_STMT, c.dbc, &st);
    SQLGetStmtAttr(st, SQL_ATTR_ASYNC_ENABLE, &sv, 0, NULL);
    CHECK(rc == SQL_SUCCESS && cv == SQL_ASYNC_ENABLE_ON && sv == SQL_ASYNC_ENABLE_ON,
          "SQLSetConnectAttr(SQL_ATTR_ASYNC_ENABLE): read back, inherited by a new statement");
    SQLRETURN first = SQLExecDirect(st, (SQLCHAR *)SPACES, SQL_NTS);
    polls p = {0};
    POLL(rc, p, SQLExecDirect(st, (SQLCHAR *)SPACES, SQL_NTS));
    rows r;
    if (rc != SQL_SUCCESS || read_rows(st, &r, &p) != SQL_SUCCESS)
        r.n = -1;
    CHECK(first == SQL_STILL_EXECUTING && r.n == spaces.n && r.hash == spaces.hash,
          "and its SQLExecDirect runs asynchronously (%ld rows)", r.n);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    close_conn(&c);
}

/* The driver's own entry points, behind the driver manager (which answers most sequence
 * errors itself): the driver must be just as safe. */
typedef SQLRETURN (*alloc_fn)(SQLSMALLINT, SQLHANDLE, SQLHANDLE *);
typedef SQLRETURN (*free_fn)(SQLSMALLINT, SQLHANDLE);
typedef SQLRETURN (*attr_fn)(SQLHSTMT, SQLINTEGER, SQLPOINTER, SQLINTEGER);
typedef SQLRETURN (*exec_fn)(SQLHSTMT, SQLCHAR *, SQLINTEGER);
typedef SQLRETURN (*cols_fn)(SQLHSTMT, SQLSMALLINT *);
typedef SQLRETURN (*diag_fn)(SQLSMALLINT, SQLHANDLE, SQLSMALLINT, SQLCHAR *, SQLINTEGER *,
                             SQLCHAR *, SQLSMALLINT, SQLSMALLINT *);
typedef SQLRETURN (*disc_fn)(SQLHDBC);
typedef SQLRETURN (*dconn_fn)(SQLHDBC, SQLHWND, SQLCHAR *, SQLSMALLINT, SQLCHAR *, SQLSMALLINT,
                              SQLSMALLINT *, SQLUSMALLINT);

/* Polls for 0.3 s more while rc is SQL_STILL_EXECUTING: the worker is then inside its work,
 * holding the connection lock. */
static SQLRETURN keep_polling(exec_fn exec, SQLHSTMT st, const char *sql, SQLRETURN rc)
{
    double until = now() + 0.3;
    while (rc == SQL_STILL_EXECUTING && now() < until) {
        usleep(10000);
        rc = exec(st, (SQLCHAR *)sql, SQL_NTS);
    }
    return rc;
}

static void test_driver_direct(const char *cs, const char *driver, const char *slow)
{
    void *lib = driver ? dlopen(driver, RTLD_NOW | RTLD_NOLOAD) : NULL;
    if (!lib) {
        CHECK(0, "the driver library is loaded (%s)", driver ? driver : "no path given");
        return;
    }
    alloc_fn d_alloc = (alloc_fn)dlsym(lib, "SQLAllocHandle");
    free_fn d_free = (free_fn)dlsym(lib, "SQLFreeHandle");
    attr_fn d_attr = (attr_fn)dlsym(lib, "SQLSetStmtAttr");
    exec_fn d_exec = (exec_fn)dlsym(lib, "SQLExecDirect");
    cols_fn d_cols = (cols_fn)dlsym(lib, "SQLNumResultCols");
    diag_fn d_diag = (diag_fn)dlsym(lib, "SQLGetDiagRec");
    disc_fn d_disc = (disc_fn)dlsym(lib, "SQLDisconnect");
    dconn_fn d_conn = (dconn_fn)dlsym(lib, "SQLDriverConnect");
    conn c;
    if (connect_to(&c, cs, SQL_OV_ODBC3) != 0) {
        CHECK(0, "connect");
        dlclose(lib);
        return;
    }
    SQLHDBC ddbc = NULL;
    SQLGetInfo(c.dbc, SQL_DRIVER_HDBC, &ddbc, sizeof ddbc, NULL);
    SQLHSTMT ds = NULL;
    d_alloc(SQL_HANDLE_STMT, ddbc, &ds);
    d_attr(ds, SQL_ATTR_ASYNC_ENABLE, (SQLPOINTER)SQL_ASYNC_ENABLE_ON, 0);
    SQLRETURN first = d_exec(ds, (SQLCHAR *)slow, SQL_NTS);
    SQLSMALLINT cols;
    double t = now();
    SQLRETURN other = d_cols(ds, &cols);
    SQLCHAR state[6] = "", msg[256];
    SQLINTEGER native;
    SQLSMALLINT len;
    SQLRETURN d = d_diag(SQL_HANDLE_STMT, ds, 1, state, &native, msg, sizeof msg, &len);
    SQLRETURN poll = d_exec(ds, (SQLCHAR *)slow, SQL_NTS);
    t = now() - t;
    CHECK(first == SQL_STILL_EXECUTING && other == SQL_ERROR && d == SQL_SUCCESS &&
          strcmp((char *)state, "HY010") == 0 && poll == SQL_STILL_EXECUTING && t < QUICK,
          "driver: another function in flight gives HY010, readable at once (%.3f s, %s)", t,
          state);
    poll = keep_polling(d_exec, ds, slow, poll);
    t = now();
    SQLRETURN fr = d_free(SQL_HANDLE_STMT, ds);
    t = now() - t;
    CHECK(poll == SQL_STILL_EXECUTING && fr == SQL_SUCCESS && t < 5 * time_scale(),
          "driver: SQLFreeHandle of a statement in flight cancels and joins it (%.2f s)", t);
    d_alloc(SQL_HANDLE_STMT, ddbc, &ds);
    d_attr(ds, SQL_ATTR_ASYNC_ENABLE, (SQLPOINTER)SQL_ASYNC_ENABLE_ON, 0);
    first = keep_polling(d_exec, ds, slow, d_exec(ds, (SQLCHAR *)slow, SQL_NTS));
    t = now();
    SQLRETURN dr = d_disc(ddbc);
    t = now() - t;
    CHECK(first == SQL_STILL_EXECUTING && SQL_SUCCEEDED(dr) && t < 5 * time_scale(),
          "driver: SQLDisconnect with a statement in flight (%.2f s)", t);
    /* connect the driver's handle again, so the driver manager finds what it left */
    SQLRETURN re = d_conn(ddbc, NULL, (SQLCHAR *)cs, SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
    CHECK(SQL_SUCCEEDED(re), "driver: connected again");
    close_conn(&c);
    dlclose(lib);
}

int main(int argc, char **argv)
{
    const char *cs = argc > 1 ? argv[1] : "DSN=QuireDC";
    const char *slow = argc > 2 ? argv[2] : "SELECT COUNT(*) FROM Pages p, Pages q";
    const char *driver = argc > 3 ? argv[3] : NULL;
    conn c;
    open_conn(&c, cs);
    rows pages = sync_rows(c.dbc, PAGES);
    rows spaces = sync_rows(c.dbc, SPACES);
    base_threads = own_threads();
    test_info_and_attributes(c.dbc);
    test_exec_and_fetch(c.dbc, pages);
    test_block_fetch(c.dbc, pages, 0);
    test_block_fetch(c.dbc, pages, 1);
    test_prepare_execute(c.dbc);
    test_catalog(c.dbc, "SQLTables", tables_a);
    test_catalog(c.dbc, "SQLTablesW", tables_w);
    test_catalog(c.dbc, "SQLColumns", columns_a);
    test_catalog(c.dbc, "SQLColumnsW", columns_w);
    test_cancel(c.dbc, slow, spaces);
    test_sequence_error(c.dbc, slow);
    int after = own_threads_settle(base_threads);
    CHECK(base_threads > 0 && after == base_threads, "every worker thread is gone once its "
          "statement is freed (%d threads named like this program, %d before)", after,
          base_threads);
    test_connection_default(cs, spaces);
    close_conn(&c);
    test_driver_direct(cs, driver, slow);
    return finish("async");
}

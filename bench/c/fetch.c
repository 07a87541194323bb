/* The benchmark's C client: connects with a connection string, runs one query and reads every
 * row through a block cursor (SQL_ATTR_ROW_ARRAY_SIZE rows per SQLFetch) with SQLBindCol, the way a
 * fast ODBC application reads. Columns are bound to their natural C types (text as SQL_C_CHAR,
 * integers as SQL_C_SLONG/SBIGINT, date-times as SQL_C_TYPE_TIMESTAMP, the rest as SQL_C_DOUBLE).
 *
 *   fetch CONNSTR SQL [--expect N] [--rowset N] [--repeat N] [--params a,b,c] [--min-seconds S]
 *
 * --repeat N runs the statement N times (prepared once, executed N times; with --params each
 * execution binds the next value, cycling, to the one '?' parameter). --direct re-sends the SQL text
 * with SQLExecDirect each time instead. --min-seconds repeats the whole read until that much time
 * has passed (for profiling). Prints one JSON line: times in ms from the process start, and
 * ms_per_later_execution, the mean over every execution but the first (a statement shape already
 * seen: plan cached, statement reused). Exits 2 on
 * an ODBC error and 3 when the row count differs from --expect: a benchmark fails only on those. */
#include <sql.h>
#include <sqlext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_COLS 64

static struct timespec t0;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (t.tv_sec - t0.tv_sec) * 1e3 + (t.tv_nsec - t0.tv_nsec) / 1e6;
}

static void die(SQLSMALLINT type, SQLHANDLE h, const char *what)
{
    SQLCHAR state[6] = "", msg[1024] = "";
    SQLINTEGER native = 0;
    SQLSMALLINT len = 0;
    SQLGetDiagRec(type, h, 1, state, &native, msg, sizeof msg, &len);
    fprintf(stderr, "fetch: %s failed: [%s] %s\n", what, state, msg);
    exit(2);
}

#define CHECK(rc, type, h, what) \
    do { if (!SQL_SUCCEEDED(rc)) die(type, h, what); } while (0)

typedef struct {
    SQLSMALLINT ctype;
    SQLLEN width;    /* bytes per row */
    char *data;
    SQLLEN *ind;
} column;

static SQLSMALLINT bind_columns(SQLHSTMT st, column *cols, SQLULEN rowset)
{
    SQLSMALLINT n = 0;
    CHECK(SQLNumResultCols(st, &n), SQL_HANDLE_STMT, st, "SQLNumResultCols");
    if (n > MAX_COLS)
        n = MAX_COLS;
    for (SQLSMALLINT i = 0; i < n; i++) {
        SQLCHAR name[256];
        SQLSMALLINT name_len, type, digits, nullable;
        SQLULEN size;
        CHECK(SQLDescribeCol(st, i + 1, name, sizeof name, &name_len, &type, &size, &digits, &nullable),
              SQL_HANDLE_STMT, st, "SQLDescribeCol");
        column *c = &cols[i];
        switch (type) {
        case SQL_INTEGER: case SQL_SMALLINT: case SQL_TINYINT: case SQL_BIT:
            c->ctype = SQL_C_SLONG; c->width = sizeof(SQLINTEGER); break;
        case SQL_BIGINT:
            c->ctype = SQL_C_SBIGINT; c->width = sizeof(SQLBIGINT); break;
        case SQL_TYPE_TIMESTAMP: case SQL_TYPE_DATE:
            c->ctype = SQL_C_TYPE_TIMESTAMP; c->width = sizeof(SQL_TIMESTAMP_STRUCT); break;
        case SQL_REAL: case SQL_FLOAT: case SQL_DOUBLE: case SQL_DECIMAL: case SQL_NUMERIC:
            c->ctype = SQL_C_DOUBLE; c->width = sizeof(double); break;
        default: {
            /* UTF-8 needs up to 4 bytes a character; long columns are cut (this is a fetch benchmark) */
            SQLULEN chars = size == 0 || size > 1024 ? 1024 : size;
            c->ctype = SQL_C_CHAR; c->width = (SQLLEN)(chars * 4 + 1);
        }
        }
        c->data = malloc((size_t)c->width * rowset);
        c->ind = malloc(sizeof(SQLLEN) * rowset);
        if (!c->data || !c->ind) {
            fprintf(stderr, "fetch: out of memory\n");
            exit(2);
        }
        CHECK(SQLBindCol(st, i + 1, c->ctype, c->data, c->width, c->ind), SQL_HANDLE_STMT, st, "SQLBindCol");
    }
    return n;
}

static void free_columns(column *cols, SQLSMALLINT n)
{
    for (SQLSMALLINT i = 0; i < n; i++) {
        free(cols[i].data);
        free(cols[i].ind);
    }
}

/* Reads every row of the open cursor; touches each value so nothing is optimised away. */
static long long read_all(SQLHSTMT st, SQLULEN rowset, double *first_row_ms, unsigned long *checksum)
{
    column cols[MAX_COLS];
    SQLSMALLINT n = bind_columns(st, cols, rowset);
    SQLULEN fetched = 0;
    SQLSetStmtAttr(st, SQL_ATTR_ROWS_FETCHED_PTR, &fetched, 0);
    long long rows = 0;
    SQLRETURN rc;
    while ((rc = SQLFetch(st)) != SQL_NO_DATA) {
        CHECK(rc, SQL_HANDLE_STMT, st, "SQLFetch");
        if (rows == 0 && first_row_ms && *first_row_ms < 0)
            *first_row_ms = now_ms();
        for (SQLSMALLINT c = 0; c < n; c++)
            for (SQLULEN r = 0; r < fetched; r++)
                if (cols[c].ind[r] != SQL_NULL_DATA)
                    *checksum += (unsigned char)cols[c].data[r * cols[c].width];
        rows += (long long)fetched;
    }
    SQLFreeStmt(st, SQL_CLOSE);
    SQLFreeStmt(st, SQL_UNBIND);
    free_columns(cols, n);
    return rows;
}

int main(int argc, char **argv)
{
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (argc < 3) {
        fprintf(stderr, "usage: fetch CONNSTR SQL [--expect N] [--rowset N] [--repeat N] [--params a,b] "
                        "[--direct] [--min-seconds S]\n");
        return 1;
    }
    const char *conn_str = argv[1], *sql = argv[2];
    long long expect = -1;
    SQLULEN rowset = 1000;
    int repeat = 1, direct = 0;
    double min_seconds = 0;
    char *params = NULL;
    for (int i = 3; i < argc; i++) {
        if (!strcmp(argv[i], "--expect") && i + 1 < argc) expect = atoll(argv[++i]);
        else if (!strcmp(argv[i], "--rowset") && i + 1 < argc) rowset = (SQLULEN)atol(argv[++i]);
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--params") && i + 1 < argc) params = argv[++i];
        else if (!strcmp(argv[i], "--min-seconds") && i + 1 < argc) min_seconds = atof(argv[++i]);
        else if (!strcmp(argv[i], "--direct")) direct = 1;
        else { fprintf(stderr, "fetch: unknown argument %s\n", argv[i]); return 1; }
    }
    char *values[256];
    int nvalues = 0;
    for (char *save = NULL, *t = params ? strtok_r(params, ",", &save) : NULL; t && nvalues < 256;
         t = strtok_r(NULL, ",", &save))
        values[nvalues++] = t;

    SQLHENV env;
    SQLHDBC dbc;
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
    SQLCHAR out[1024];
    SQLSMALLINT out_len;
    CHECK(SQLDriverConnect(dbc, NULL, (SQLCHAR *)conn_str, SQL_NTS, out, sizeof out, &out_len,
                           SQL_DRIVER_NOPROMPT), SQL_HANDLE_DBC, dbc, "SQLDriverConnect");
    double connected = now_ms();
    CHECK(SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st), SQL_HANDLE_DBC, dbc, "SQLAllocHandle");
    CHECK(SQLSetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER)rowset, 0), SQL_HANDLE_STMT, st,
          "SQL_ATTR_ROW_ARRAY_SIZE");

    double first_row = -1, first_exec_done = -1, loop_start = now_ms();
    double exec_ms = 0;    /* time in SQLExecute/SQLExecDirect over all executions */
    unsigned long checksum = 0;
    long long rows = 0, reads = 0;
    char param[1024] = "";
    SQLLEN param_ind = SQL_NTS;
    if (!direct) {
        CHECK(SQLPrepare(st, (SQLCHAR *)sql, SQL_NTS), SQL_HANDLE_STMT, st, "SQLPrepare");
        if (nvalues > 0)
            CHECK(SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 255, 0, param,
                                   sizeof param, &param_ind), SQL_HANDLE_STMT, st, "SQLBindParameter");
    }
    do {
        for (int i = 0; i < repeat; i++) {
            if (nvalues > 0)
                snprintf(param, sizeof param, "%s", values[i % nvalues]);
            double e0 = now_ms();
            if (direct)
                CHECK(SQLExecDirect(st, (SQLCHAR *)sql, SQL_NTS), SQL_HANDLE_STMT, st, "SQLExecDirect");
            else
                CHECK(SQLExecute(st), SQL_HANDLE_STMT, st, "SQLExecute");
            exec_ms += now_ms() - e0;
            long long got = read_all(st, rowset, &first_row, &checksum);
            if (first_exec_done < 0)
                first_exec_done = now_ms();
            if (expect >= 0 && got != expect) {
                fprintf(stderr, "fetch: expected %lld rows, got %lld\n", expect, got);
                return 3;
            }
            rows += got;
            reads++;
        }
    } while (min_seconds > 0 && now_ms() - loop_start < min_seconds * 1e3);
    double end = now_ms();

    SQLFreeHandle(SQL_HANDLE_STMT, st);
    SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    double secs = (end - connected) / 1e3;
    printf("{\"rows\": %lld, \"executions\": %lld, \"connect_ms\": %.1f, \"first_row_ms\": %.1f, "
           "\"first_done_ms\": %.1f, \"end_ms\": %.1f, \"read_ms\": %.1f, \"exec_ms\": %.1f, "
           "\"ms_per_execution\": %.3f, \"ms_per_later_execution\": %.3f, \"rows_per_s\": %.0f, "
           "\"checksum\": %lu}\n",
           rows, reads, connected, first_row, first_exec_done, end, end - connected, exec_ms,
           (end - loop_start) / (double)(reads ? reads : 1),
           reads > 1 ? (end - first_exec_done) / (double)(reads - 1) : 0.0, secs > 0 ? rows / secs : 0.0, checksum);
    return 0;
}

/*
 * usage: wine_harness.exe [--ansi] <quireodbc.dll> <fake jvm.dll> <scratch directory>
 * Handle life cycle, attributes, SQLGetInfo, SQLGetFunctions, invalid handles and
 * diagnostics here; how the JVM is found in harness_jvm.c; the ANSI code page of the ANSI
 * entry points in harness_ansi.c (--ansi: those checks only). No JVM runs: none is installed
 * in the wine prefix, which is the point of the JVM checks.
 */
#include "harness.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define HARNESS_DEF(name) __typeof__(&name) p_##name;
HARNESS_FUNCS(HARNESS_DEF)

static int passes, failures;

int check(int ok, const char *what, ...)
{
    va_list ap;
    va_start(ap, what);
    printf("%s: ", ok ? "PASS" : "FAIL");
    vprintf(what, ap);
    printf("\n");
    va_end(ap);
    fflush(stdout);
    if (ok)
        passes++;
    else
        failures++;
    return ok;
}

diag_w first_diag(SQLSMALLINT type, SQLHANDLE h)
{
    diag_w d;
    memset(&d, 0, sizeof d);
    SQLINTEGER native = 0;
    SQLSMALLINT len = 0;
    d.rc = p_SQLGetDiagRecW(type, h, 1, (SQLWCHAR *)d.state, &native, (SQLWCHAR *)d.msg,
                            (SQLSMALLINT)(sizeof d.msg / sizeof d.msg[0]), &len);
    return d;
}

static int load(HMODULE dll)
{
    int ok = 1;
    /* via void (*)(void): the one cast between function types that is always allowed */
#define HARNESS_LOAD(name) \
    p_##name = (__typeof__(p_##name))(void (*)(void))GetProcAddress(dll, #name); \
    if (!p_##name) ok = check(0, "GetProcAddress(%s)", #name);
    HARNESS_FUNCS(HARNESS_LOAD)
    return ok;
}

static void info_checks(SQLHDBC dbc)
{
    char s[64] = "";
    SQLSMALLINT len = 0;
    SQLRETURN rc = p_SQLGetInfo(dbc, SQL_DRIVER_NAME, s, sizeof s, &len);
    check(rc == SQL_SUCCESS && strcmp(s, "quireodbc.dll") == 0 && len == 13,
          "SQLGetInfo(SQL_DRIVER_NAME) = \"%s\" (len %d)", s, len);
    rc = p_SQLGetInfo(dbc, SQL_DRIVER_ODBC_VER, s, sizeof s, &len);
    check(rc == SQL_SUCCESS && strcmp(s, "03.80") == 0,
          "SQLGetInfo(SQL_DRIVER_ODBC_VER) = \"%s\"", s);
    wchar_t w[64] = L"";
    rc = p_SQLGetInfoW(dbc, SQL_DRIVER_NAME, w, sizeof w, &len);
    check(rc == SQL_SUCCESS && wcscmp(w, L"quireodbc.dll") == 0 && len == 26,
          "SQLGetInfoW(SQL_DRIVER_NAME) in UTF-16 (len %d bytes)", len);
    SQLUINTEGER u32 = 0;
    rc = p_SQLGetInfo(dbc, SQL_ODBC_INTERFACE_CONFORMANCE, &u32, sizeof u32, NULL);
    check(rc == SQL_SUCCESS && u32 == SQL_OIC_CORE,
          "SQLGetInfo(SQL_ODBC_INTERFACE_CONFORMANCE) = %lu", (unsigned long)u32);
    SQLUSMALLINT u16 = 0;
    rc = p_SQLGetInfo(dbc, SQL_MAX_COLUMN_NAME_LEN, &u16, sizeof u16, NULL);
    check(rc == SQL_SUCCESS && u16 == 128, "SQLGetInfo(SQL_MAX_COLUMN_NAME_LEN) = %u", u16);
    rc = p_SQLGetInfo(dbc, SQL_TXN_CAPABLE, &u16, sizeof u16, NULL);
    check(rc == SQL_SUCCESS && u16 == SQL_TC_NONE, "SQLGetInfo(SQL_TXN_CAPABLE) = %u", u16);
    rc = p_SQLGetInfo(dbc, 9999, &u16, sizeof u16, NULL);
    diag_w d = first_diag(SQL_HANDLE_DBC, dbc);
    check(rc == SQL_ERROR && wcscmp(d.state, L"HY096") == 0,
          "SQLGetInfo(9999) fails with HY096 (SQLGetDiagRecW: %ls)", d.state);
}

static void function_checks(SQLHDBC dbc)
{
    SQLUSMALLINT all[SQL_API_ODBC3_ALL_FUNCTIONS_SIZE];
    SQLRETURN rc = p_SQLGetFunctions(dbc, SQL_API_ODBC3_ALL_FUNCTIONS, all);
    check(rc == SQL_SUCCESS && SQL_FUNC_EXISTS(all, SQL_API_SQLFETCHSCROLL) &&
              SQL_FUNC_EXISTS(all, SQL_API_SQLDRIVERCONNECT),
          "SQLGetFunctions(ODBC3_ALL) has SQLFetchScroll and SQLDriverConnect");
    SQLUSMALLINT one = SQL_FALSE;
    rc = p_SQLGetFunctions(dbc, SQL_API_SQLFETCHSCROLL, &one);
    check(rc == SQL_SUCCESS && one == SQL_TRUE, "SQLGetFunctions(SQL_API_SQLFETCHSCROLL)");
    rc = p_SQLGetFunctions(dbc, SQL_API_SQLBULKOPERATIONS, &one);
    check(rc == SQL_SUCCESS && one == SQL_FALSE, "SQLGetFunctions(SQL_API_SQLBULKOPERATIONS) = no");
}

static void invalid_handle_checks(SQLHENV env, SQLHDBC dbc)
{
    SQLHANDLE h = NULL;
    check(p_SQLAllocHandle(SQL_HANDLE_DBC, NULL, &h) == SQL_INVALID_HANDLE,
          "SQLAllocHandle(DBC, NULL) = SQL_INVALID_HANDLE");
    check(p_SQLAllocHandle(SQL_HANDLE_STMT, env, &h) == SQL_INVALID_HANDLE,
          "SQLAllocHandle(STMT, an env handle) = SQL_INVALID_HANDLE");
    char s[16];
    check(p_SQLGetInfo(NULL, SQL_DRIVER_NAME, s, sizeof s, NULL) == SQL_INVALID_HANDLE,
          "SQLGetInfo(NULL) = SQL_INVALID_HANDLE");
    check(p_SQLFreeHandle(SQL_HANDLE_STMT, dbc) == SQL_INVALID_HANDLE,
          "SQLFreeHandle(STMT, a dbc handle) = SQL_INVALID_HANDLE");
    check(p_SQLFreeHandle(SQL_HANDLE_ENV, NULL) == SQL_INVALID_HANDLE,
          "SQLFreeHandle(ENV, NULL) = SQL_INVALID_HANDLE");
    wchar_t st[6], msg[64];
    SQLINTEGER native;
    SQLSMALLINT len;
    check(p_SQLGetDiagRecW(SQL_HANDLE_DBC, NULL, 1, (SQLWCHAR *)st, &native, (SQLWCHAR *)msg,
                           64, &len) == SQL_INVALID_HANDLE,
          "SQLGetDiagRecW(NULL) = SQL_INVALID_HANDLE");
}

/* Handles of every kind, allocated and freed from several threads at once. */
static DWORD WINAPI churn(LPVOID arg)
{
    int *bad = arg;
    for (int i = 0; i < 200; i++) {
        SQLHANDLE env = NULL, dbc = NULL;
        char s[32];
        if (p_SQLAllocHandle(SQL_HANDLE_ENV, NULL, &env) != SQL_SUCCESS ||
            p_SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0) ||
            p_SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc) != SQL_SUCCESS ||
            p_SQLGetInfo(dbc, SQL_DRIVER_NAME, s, sizeof s, NULL) != SQL_SUCCESS ||
            p_SQLFreeHandle(SQL_HANDLE_DBC, dbc) != SQL_SUCCESS ||
            p_SQLFreeHandle(SQL_HANDLE_ENV, env) != SQL_SUCCESS)
            (*bad)++;
    }
    return 0;
}

static void thread_checks(void)
{
    HANDLE t[4];
    int bad[4] = {0};
    for (int i = 0; i < 4; i++)
        t[i] = CreateThread(NULL, 0, churn, &bad[i], 0, NULL);
    WaitForMultipleObjects(4, t, TRUE, INFINITE);
    for (int i = 0; i < 4; i++)
        CloseHandle(t[i]);
    check(bad[0] + bad[1] + bad[2] + bad[3] == 0,
          "4 threads x 200 env/dbc allocate, SQLGetInfo, free");
}

/* Only the ANSI code page checks (the second locale's run). */
static int ansi_only(const wchar_t *fake_jvm, const wchar_t *scratch)
{
    SQLHANDLE env = NULL, dbc = NULL;
    p_SQLAllocHandle(SQL_HANDLE_ENV, NULL, &env);
    p_SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    check(p_SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc) == SQL_SUCCESS, "SQLAllocHandle(DBC)");
    ansi_checks(dbc, fake_jvm, scratch);
    p_SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    p_SQLFreeHandle(SQL_HANDLE_ENV, env);
    printf("wine harness (ANSI code page): %d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}

int wmain(int argc, wchar_t **argv)
{
    int only_ansi = argc == 5 && wcscmp(argv[1], L"--ansi") == 0;
    if (only_ansi) {
        argv++;
        argc--;
    }
    if (argc != 4) {
        fprintf(stderr, "usage: wine_harness [--ansi] <quireodbc.dll> <fake jvm.dll> "
                        "<scratch dir>\n");
        return 2;
    }
    HMODULE dll = LoadLibraryW(argv[1]);
    if (!check(dll != NULL, "LoadLibraryW(%ls) (error %lu)", argv[1],
               dll ? 0UL : (unsigned long)GetLastError()) || !load(dll))
        return 1;
    if (only_ansi)
        return ansi_only(argv[2], argv[3]);

    SQLHANDLE env = NULL, dbc = NULL, stmt = (SQLHANDLE)1;
    check(p_SQLAllocHandle(SQL_HANDLE_ENV, NULL, &env) == SQL_SUCCESS && env,
          "SQLAllocHandle(ENV)");
    check(p_SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0) ==
              SQL_SUCCESS, "SQLSetEnvAttr(SQL_ATTR_ODBC_VERSION, ODBC3)");
    SQLINTEGER ver = 0;
    SQLRETURN rc = p_SQLGetEnvAttr(env, SQL_ATTR_ODBC_VERSION, &ver, 0, NULL);
    check(rc == SQL_SUCCESS && ver == SQL_OV_ODBC3, "SQLGetEnvAttr(SQL_ATTR_ODBC_VERSION) = %ld",
          (long)ver);
    check(p_SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc) == SQL_SUCCESS && dbc,
          "SQLAllocHandle(DBC)");
    rc = p_SQLAllocHandle(SQL_HANDLE_STMT, dbc, &stmt);
    diag_w d = first_diag(SQL_HANDLE_DBC, dbc);
    check(rc == SQL_ERROR && stmt == SQL_NULL_HSTMT && wcscmp(d.state, L"08003") == 0,
          "SQLAllocHandle(STMT) before connecting: SQL_ERROR, 08003 (%ls)", d.state);
    check(p_SQLFreeHandle(SQL_HANDLE_ENV, env) == SQL_ERROR,
          "SQLFreeHandle(ENV) with a connection allocated: SQL_ERROR");

    info_checks(dbc);
    function_checks(dbc);
    invalid_handle_checks(env, dbc);

    /* the directory of the DLL, as the driver should find it itself */
    wchar_t dir[MAX_PATH];
    GetFullPathNameW(argv[1], MAX_PATH, dir, NULL);
    wchar_t *slash = wcsrchr(dir, L'\\');
    if (slash)
        *slash = L'\0';
    jvm_checks(dbc, dir, argv[2], argv[3]);
    ansi_checks(dbc, argv[2], argv[3]);

    check(p_SQLDisconnect(dbc) == SQL_ERROR, "SQLDisconnect when not connected: SQL_ERROR");
    check(p_SQLFreeHandle(SQL_HANDLE_DBC, dbc) == SQL_SUCCESS, "SQLFreeHandle(DBC)");
    check(p_SQLFreeHandle(SQL_HANDLE_ENV, env) == SQL_SUCCESS, "SQLFreeHandle(ENV)");
    thread_checks();
    printf("wine harness: %d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}

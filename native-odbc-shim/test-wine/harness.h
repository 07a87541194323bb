/*
 * The wine harness: quireodbc.dll loaded with LoadLibraryW and called through
 * GetProcAddress, as a Windows driver manager would (wine's own odbc32 cannot load Windows
 * drivers). Each check prints PASS or FAIL; the exit code is the number of failures.
 */
#ifndef QUIRE_HARNESS_H
#define QUIRE_HARNESS_H

#include <windows.h>

#include <sql.h>
#include <sqlext.h>
#include <sqlucode.h>

/* The driver's functions, typed by the prototypes of the ODBC headers (never linked). */
#define HARNESS_FUNCS(X) \
    X(SQLAllocHandle) X(SQLFreeHandle) X(SQLSetEnvAttr) X(SQLGetEnvAttr) \
    X(SQLGetInfo) X(SQLGetInfoW) X(SQLGetFunctions) X(SQLDriverConnect) \
    X(SQLDriverConnectW) X(SQLGetDiagRec) X(SQLGetDiagRecW) X(SQLGetDiagField) \
    X(SQLDisconnect)
#define HARNESS_DECL(name) extern __typeof__(&name) p_##name;
HARNESS_FUNCS(HARNESS_DECL)

/* Records one check; returns ok. */
int check(int ok, const char *what, ...) __attribute__((format(gnu_printf, 2, 3)));

/* The first diagnostic record of h: state and message in UTF-16 (SQLGetDiagRecW). */
typedef struct diag_w {
    SQLRETURN rc;
    wchar_t state[6];
    wchar_t msg[2048];
} diag_w;
diag_w first_diag(SQLSMALLINT type, SQLHANDLE h);

/* The JVM location scenarios (harness_jvm.c). dll_dir: the directory of quireodbc.dll;
 * fake_jvm: the stand-in jvm.dll; scratch: a directory the harness may fill. */
void jvm_checks(SQLHDBC dbc, const wchar_t *dll_dir, const wchar_t *fake_jvm,
                const wchar_t *scratch);
/* Where no JVM can be found: no registry JDK, JAVA_HOME C:\nojava, QUIRE_CLASSPATH set. */
void no_java_anywhere(const wchar_t *scratch);

/* Helpers of harness_jvm.c: a and b joined by '\'; <home>\bin\server\jvm.dll made a copy of
 * the fake (lib receives its path); an environment variable (the buffer is reused); UTF-8
 * for printing (a few rotating buffers). */
void join(wchar_t *out, size_t cap, const wchar_t *a, const wchar_t *b);
int make_java_home(const wchar_t *home, const wchar_t *fake_jvm, wchar_t *lib, size_t cap);
wchar_t *env_w(const wchar_t *name);
const char *u8(const wchar_t *w);

/* ANSI entry points in the process's ANSI code page (harness_ansi.c). */
void ansi_checks(SQLHDBC dbc, const wchar_t *fake_jvm, const wchar_t *scratch);

#endif

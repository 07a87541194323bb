/*
 * How the driver finds the JVM on Windows, seen through SQLDriverConnect(W) and the 08001
 * diagnostic it gives: the engine jar beside the DLL, the order JvmPath -> shipped runtime
 * -> JAVA_HOME -> registry (JavaSoft\JDK), system error texts, non-ASCII paths, and the
 * options the JVM gets (-Xrs, the class path in the ANSI code page), recorded by the fake
 * jvm.dll.
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define CONN "Url=http://127.0.0.1:1;JvmPath=C:\\nonexistent\\jvm.dll"
#define REG_JDK L"SOFTWARE\\JavaSoft\\JDK"

/* UTF-8 for printing (a few rotating buffers, enough for one printf). */
const char *u8(const wchar_t *w)
{
    static char buf[4][4096];
    static int next;
    char *b = buf[next++ % 4];
    if (!WideCharToMultiByte(CP_UTF8, 0, w, -1, b, sizeof buf[0], NULL, NULL))
        strcpy(b, "?");
    return b;
}

static void has(const wchar_t *hay, const wchar_t *needle)
{
    if (!check(wcsstr(hay, needle) != NULL, "  message names %s", u8(needle)))
        printf("  message was: %s\n", u8(hay));
}

void join(wchar_t *out, size_t cap, const wchar_t *a, const wchar_t *b)
{
    _snwprintf(out, cap, L"%ls\\%ls", a, b);
    out[cap - 1] = L'\0';
}

/* <home>\bin\server\jvm.dll, a copy of the fake. */
int make_java_home(const wchar_t *home, const wchar_t *fake_jvm, wchar_t *lib, size_t cap)
{
    wchar_t bin[MAX_PATH], server[MAX_PATH];
    join(bin, MAX_PATH, home, L"bin");
    join(server, MAX_PATH, bin, L"server");
    join(lib, cap, server, L"jvm.dll");
    CreateDirectoryW(home, NULL);
    CreateDirectoryW(bin, NULL);
    CreateDirectoryW(server, NULL);
    return CopyFileW(fake_jvm, lib, FALSE) != 0;
}

/* SQLDriverConnectW; returns the first diagnostic. */
static diag_w connect_w(SQLHDBC dbc, const wchar_t *conn, SQLRETURN *rc)
{
    *rc = p_SQLDriverConnectW(dbc, NULL, (SQLWCHAR *)conn, SQL_NTS, NULL, 0, NULL,
                              SQL_DRIVER_NOPROMPT);
    return first_diag(SQL_HANDLE_DBC, dbc);
}

/* The variable's value, in a buffer the next call overwrites. */
wchar_t *env_w(const wchar_t *name)
{
    static wchar_t v[8192];
    v[0] = L'\0';
    GetEnvironmentVariableW(name, v, 8192);
    return v;
}

static void jar_beside_dll(SQLHDBC dbc, const wchar_t *dll_dir)
{
    SetEnvironmentVariableW(L"QUIRE_CLASSPATH", NULL);
    SQLRETURN rc = p_SQLDriverConnect(dbc, NULL, (SQLCHAR *)CONN, SQL_NTS, NULL, 0, NULL,
                                      SQL_DRIVER_NOPROMPT);
    char state[6] = "", msg[1024] = "";
    SQLINTEGER native;
    SQLSMALLINT len;
    SQLRETURN drc = p_SQLGetDiagRec(SQL_HANDLE_DBC, dbc, 1, (SQLCHAR *)state, &native,
                                    (SQLCHAR *)msg, sizeof msg, &len);
    check(rc == SQL_ERROR && drc == SQL_SUCCESS && strcmp(state, "08001") == 0 &&
              strstr(msg, "quire-core.jar"),
          "no engine jar: SQL_ERROR, SQLGetDiagRec 08001 naming quire-core.jar");
    wchar_t jar[MAX_PATH];
    join(jar, MAX_PATH, dll_dir, L"java\\quire-core.jar");
    has(first_diag(SQL_HANDLE_DBC, dbc).msg, jar);
}

static void nothing_found(SQLHDBC dbc, const wchar_t *dll_dir, const wchar_t *scratch)
{
    SQLRETURN rc = p_SQLDriverConnect(dbc, NULL, (SQLCHAR *)CONN, SQL_NTS, NULL, 0, NULL,
                                      SQL_DRIVER_NOPROMPT);
    diag_w d = first_diag(SQL_HANDLE_DBC, dbc);
    check(rc == SQL_ERROR && d.rc == SQL_SUCCESS && wcscmp(d.state, L"08001") == 0,
          "JvmPath=C:\\nonexistent\\jvm.dll: SQL_ERROR, 08001 (%s)", u8(d.state));
    printf("  message: %s\n", u8(d.msg));
    has(d.msg, L"Set JvmPath");
    has(d.msg, L"bin\\server\\jvm.dll. Tried:");
    has(d.msg, L"C:\\nonexistent\\jvm.dll (JvmPath in the connection string): not found");
    wchar_t shipped[MAX_PATH];
    join(shipped, MAX_PATH, dll_dir,
         L"..\\jre\\bin\\server\\jvm.dll (runtime shipped with the driver): not found");
    has(d.msg, shipped);
    has(d.msg, L"C:\\nojava\\bin\\server\\jvm.dll (JAVA_HOME): not found");

    /* a file that is not a DLL: the system's reason, not "not found" */
    wchar_t bogus[MAX_PATH], conn[2 * MAX_PATH];
    join(bogus, MAX_PATH, scratch, L"jvm.dll");
    HANDLE f = CreateFileW(bogus, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    DWORD wrote;
    WriteFile(f, "not a DLL", 9, &wrote, NULL);
    CloseHandle(f);
    _snwprintf(conn, 2 * MAX_PATH, L"Url=http://127.0.0.1:1;JvmPath=%ls", bogus);
    d = connect_w(dbc, conn, &rc);
    wchar_t want[2 * MAX_PATH];
    _snwprintf(want, 2 * MAX_PATH, L"%ls (JvmPath in the connection string): ", bogus);
    wchar_t *at = wcsstr(d.msg, want);
    check(rc == SQL_ERROR && at && wcsncmp(at + wcslen(want), L"not found", 9) != 0 &&
              wcsstr(at, L"(error "),
          "a jvm.dll that is no DLL: the system's reason is given");
    if (at)
        printf("  %s\n", u8(at));
}

static void registry_default(SQLHDBC dbc, const wchar_t *fake_jvm, const wchar_t *scratch)
{
    wchar_t home[MAX_PATH], lib[MAX_PATH];
    join(home, MAX_PATH, scratch, L"regjdk");
    check(make_java_home(home, fake_jvm, lib, MAX_PATH), "fake JDK at %s", u8(home));
    LSTATUS r1 = RegSetKeyValueW(HKEY_LOCAL_MACHINE, REG_JDK, L"CurrentVersion", REG_SZ,
                                 L"25", 3 * sizeof(wchar_t));
    LSTATUS r2 = RegSetKeyValueW(HKEY_LOCAL_MACHINE, REG_JDK L"\\25", L"JavaHome", REG_SZ, home,
                                 (DWORD)((wcslen(home) + 1) * sizeof(wchar_t)));
    check(r1 == ERROR_SUCCESS && r2 == ERROR_SUCCESS, "registry HKLM\\%s\\25\\JavaHome set",
          u8(REG_JDK));
    SetEnvironmentVariableW(L"QUIRE_FAKE_JVM_FILE", NULL);
    SQLRETURN rc;
    diag_w d = connect_w(dbc, L"Url=http://127.0.0.1:1;JvmPath=C:\\nonexistent\\jvm.dll", &rc);
    wchar_t want[2 * MAX_PATH];
    _snwprintf(want, 2 * MAX_PATH, L"JNI_CreateJavaVM failed with code -1 using %ls", lib);
    check(rc == SQL_ERROR && wcscmp(d.state, L"08001") == 0,
          "nothing at JvmPath, shipped runtime or JAVA_HOME: the registry's JDK is used");
    has(d.msg, want);
    check(lstrcmpiW(env_w(L"QUIRE_FAKE_JVM_FILE"), lib) == 0, "  the fake loaded is %s",
          u8(env_w(L"QUIRE_FAKE_JVM_FILE")));
    wchar_t cp[2 * MAX_PATH];
    _snwprintf(cp, 2 * MAX_PATH, L"\n-Djava.class.path=%ls\n", env_w(L"QUIRE_CLASSPATH"));
    const wchar_t *opts = env_w(L"QUIRE_FAKE_JVM_OPTIONS");
    check(wcsncmp(opts, L"-Xrs\n", 5) == 0, "JVM options start with -Xrs");
    check(wcsstr(opts, cp) != NULL, "JVM options hold -Djava.class.path=QUIRE_CLASSPATH");
}

/* JvmPath naming a home with non-ASCII characters, passed through SQLDriverConnectW; the
 * class path too (its short name reaches the JVM when the code page cannot spell it). */
static void non_ascii(SQLHDBC dbc, const wchar_t *fake_jvm, const wchar_t *scratch)
{
    wchar_t home[MAX_PATH], lib[MAX_PATH], libdir[MAX_PATH], jar[MAX_PATH];
    join(home, MAX_PATH, scratch, L"jdk-\u00fc\u00df-\u20ac-\U0001F600");
    check(make_java_home(home, fake_jvm, lib, MAX_PATH), "fake JDK at %s", u8(home));
    join(libdir, MAX_PATH, scratch, L"lib-\u00e9-\U0001F600");
    join(jar, MAX_PATH, libdir, L"engine.jar");
    CreateDirectoryW(libdir, NULL);
    CloseHandle(CreateFileW(jar, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL));
    SetEnvironmentVariableW(L"QUIRE_CLASSPATH", jar);

    wchar_t conn[2 * MAX_PATH];
    _snwprintf(conn, 2 * MAX_PATH, L"Url=http://127.0.0.1:1;JvmPath={%ls}", home);
    SQLRETURN rc;
    diag_w d = connect_w(dbc, conn, &rc);
    wchar_t want[2 * MAX_PATH];
    _snwprintf(want, 2 * MAX_PATH, L"JNI_CreateJavaVM failed with code -1 using %ls", lib);
    check(rc == SQL_ERROR && wcscmp(d.state, L"08001") == 0,
          "non-ASCII JvmPath through SQLDriverConnectW: its JVM is used, before the registry's");
    has(d.msg, want);
    check(lstrcmpiW(env_w(L"QUIRE_FAKE_JVM_FILE"), lib) == 0, "  the fake loaded is %s",
          u8(env_w(L"QUIRE_FAKE_JVM_FILE")));
    const wchar_t *opts = env_w(L"QUIRE_FAKE_JVM_OPTIONS");
    const wchar_t *cp = wcsstr(opts, L"-Djava.class.path=");
    wchar_t given[MAX_PATH] = L"", long_form[MAX_PATH] = L"";
    if (cp) {
        wcsncpy(given, cp + 18, MAX_PATH - 1);
        wchar_t *nl = wcschr(given, L'\n');
        if (nl)
            *nl = L'\0';
        GetLongPathNameW(given, long_form, MAX_PATH);
    }
    check(lstrcmpiW(long_form, jar) == 0, "the JVM's class path %s is the jar %s",
          u8(given), u8(jar));
}

void no_java_anywhere(const wchar_t *scratch)
{
    /* a prefix kept from an earlier run must not answer for the registry */
    RegDeleteTreeW(HKEY_LOCAL_MACHINE, REG_JDK);
    SetEnvironmentVariableW(L"JAVA_HOME", L"C:\\nojava");
    wchar_t jar[MAX_PATH];
    join(jar, MAX_PATH, scratch, L"engine.jar");
    SetEnvironmentVariableW(L"QUIRE_CLASSPATH", jar);
}

void jvm_checks(SQLHDBC dbc, const wchar_t *dll_dir, const wchar_t *fake_jvm,
                const wchar_t *scratch)
{
    no_java_anywhere(scratch);
    jar_beside_dll(dbc, dll_dir);
    no_java_anywhere(scratch);
    nothing_found(dbc, dll_dir, scratch);
    registry_default(dbc, fake_jvm, scratch);
    non_ascii(dbc, fake_jvm, scratch);
    RegDeleteTreeW(HKEY_LOCAL_MACHINE, REG_JDK);
}

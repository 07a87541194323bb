/*
 * The ANSI entry points speak the process's ANSI code page. check_windows.sh runs the harness
 * with LC_ALL=en_US.UTF-8 (wine's code page 1252) and again with LC_ALL=ja_JP.UTF-8 (932,
 * double-byte); QUIRE_WINE_ACP says which one it expects. No JVM runs, so the text that
 * crosses is a JvmPath and the diagnostic naming it:
 *   in:  SQLDriverConnect with a JvmPath in code page bytes: the fake jvm.dll at that path
 *        (non-ASCII directory) is the one loaded, so the driver read the right characters;
 *   out: SQLGetDiagRec / SQLGetDiagField give the message in the code page: the same bytes
 *        as the W message converted by Windows, lengths in bytes of the code page, a
 *        truncated message ending before a whole character, '?' for a character the code
 *        page lacks (one per character, an emoji too).
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* Per code page: a directory name it can spell, as UTF-16 and as its bytes; the bytes of its
 * first non-ASCII character; and characters it lacks. */
typedef struct cp_case {
    unsigned cp;
    const wchar_t *name_w;
    const char *name_a;
    size_t first_len;         /* bytes of its first non-ASCII character */
    const wchar_t *foreign;   /* two characters the code page lacks: "??" */
} cp_case;

static const cp_case cases[] = {
    {1252, L"ansi-Caf\u00e9", "ansi-Caf\xe9", 1, L"\u65e5\U0001F600"},
    {932, L"ansi-\u65e5\u672c", "ansi-\x93\xfa\x96\x7b", 2, L"\u00e9\U0001F600"},
};

/* w in the process's code page (as the driver should give it), into out. */
static int to_acp(const wchar_t *w, char *out, int cap)
{
    int n = WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, w, -1, out, cap, NULL, NULL);
    if (n <= 0)
        out[0] = '\0';
    return n > 0 ? n - 1 : 0;
}

/* The first record through SQLGetDiagRec (ANSI) into a buffer of cap bytes. */
static SQLRETURN diag_a(SQLHDBC dbc, char *state, char *msg, SQLSMALLINT cap, SQLSMALLINT *len)
{
    SQLINTEGER native = 0;
    return p_SQLGetDiagRec(SQL_HANDLE_DBC, dbc, 1, (SQLCHAR *)state, &native, (SQLCHAR *)msg,
                           cap, len);
}

/* In: an ANSI JvmPath naming a non-ASCII directory. Out: the 08001 message naming it. */
static void path_in_and_out(SQLHDBC dbc, const cp_case *c, const wchar_t *fake_jvm,
                            const wchar_t *scratch)
{
    wchar_t home[MAX_PATH], lib[MAX_PATH];
    join(home, MAX_PATH, scratch, c->name_w);
    check(make_java_home(home, fake_jvm, lib, MAX_PATH), "fake JDK at %s", u8(home));
    char scratch_a[MAX_PATH], conn[2 * MAX_PATH], lib_a[MAX_PATH];
    to_acp(scratch, scratch_a, MAX_PATH);
    snprintf(conn, sizeof conn, "Url=http://127.0.0.1:1;JvmPath={%s\\%s}", scratch_a, c->name_a);
    snprintf(lib_a, sizeof lib_a, "%s\\%s\\bin\\server\\jvm.dll", scratch_a, c->name_a);

    SetEnvironmentVariableW(L"QUIRE_FAKE_JVM_FILE", NULL);
    SQLRETURN rc = p_SQLDriverConnect(dbc, NULL, (SQLCHAR *)conn, SQL_NTS, NULL, 0, NULL,
                                      SQL_DRIVER_NOPROMPT);
    check(rc == SQL_ERROR && lstrcmpiW(env_w(L"QUIRE_FAKE_JVM_FILE"), lib) == 0,
          "SQLDriverConnect, JvmPath in code page %u bytes: the fake loaded is %s", c->cp,
          u8(env_w(L"QUIRE_FAKE_JVM_FILE")));

    char state[6] = "", msg[2048] = "", want[2048];
    SQLSMALLINT len = 0;
    rc = diag_a(dbc, state, msg, sizeof msg, &len);
    diag_w w = first_diag(SQL_HANDLE_DBC, dbc);
    int want_len = to_acp(w.msg, want, sizeof want);
    check(rc == SQL_SUCCESS && strcmp(state, "08001") == 0 && strcmp(msg, want) == 0 &&
              len == want_len && (size_t)len == strlen(msg),
          "SQLGetDiagRec: the W message in code page %u, length %d bytes", c->cp, len);
    const char *at = strstr(msg, lib_a);
    if (!check(at != NULL, "  it names the path in code page bytes"))
        printf("  message was: %s\n", u8(w.msg));

    SQLSMALLINT flen = 0;
    char field[2048] = "";
    rc = p_SQLGetDiagField(SQL_HANDLE_DBC, dbc, 1, SQL_DIAG_MESSAGE_TEXT, field, sizeof field,
                           &flen);
    check(rc == SQL_SUCCESS && strcmp(field, want) == 0 && flen == want_len,
          "SQLGetDiagField(SQL_DIAG_MESSAGE_TEXT): the same bytes, length %d", flen);

    /* truncated: room for the text before the first non-ASCII character and part of it */
    if (!at)
        return;
    size_t before = (size_t)(at - msg);   /* up to the first non-ASCII character */
    while ((unsigned char)msg[before] < 0x80 && msg[before])
        before++;
    char cut[2048];
    memset(cut, 'Q', sizeof cut);
    SQLSMALLINT cap = (SQLSMALLINT)(before + c->first_len);   /* NUL takes the last byte */
    rc = diag_a(dbc, state, cut, cap, &len);
    check(rc == SQL_SUCCESS_WITH_INFO && len == want_len && strlen(cut) == before &&
              memcmp(cut, want, before) == 0,
          "SQLGetDiagRec in %d bytes: SQL_SUCCESS_WITH_INFO, %zu bytes (a %zu-byte character "
          "is not cut), length %d", cap, strlen(cut), c->first_len, len);
    rc = diag_a(dbc, state, cut, (SQLSMALLINT)(cap + 1), &len);
    check(rc == SQL_SUCCESS_WITH_INFO && strlen(cut) == before + c->first_len &&
              memcmp(cut, want, before + c->first_len) == 0,
          "SQLGetDiagRec in %d bytes: the character fits", cap + 1);
}

/* Out: characters the code page lacks come out as '?', one per character. */
static void foreign_out(SQLHDBC dbc, const cp_case *c, const wchar_t *scratch)
{
    wchar_t conn[2 * MAX_PATH];
    _snwprintf(conn, 2 * MAX_PATH, L"Url=http://127.0.0.1:1;JvmPath={%ls\\ansi-%ls-x}", scratch,
               c->foreign);
    conn[2 * MAX_PATH - 1] = L'\0';
    SQLRETURN rc = p_SQLDriverConnectW(dbc, NULL, (SQLWCHAR *)conn, SQL_NTS, NULL, 0, NULL,
                                       SQL_DRIVER_NOPROMPT);
    char state[6] = "", msg[2048] = "", want[2048];
    SQLSMALLINT len = 0;
    SQLRETURN drc = diag_a(dbc, state, msg, sizeof msg, &len);
    /* expected: the W message with the two characters as "??" (Windows' own conversion
     * gives a character beyond the BMP two '?', one per UTF-16 unit; the driver one) */
    diag_w w = first_diag(SQL_HANDLE_DBC, dbc);
    wchar_t *at = wcsstr(w.msg, c->foreign);
    if (at) {
        size_t skip = wcslen(c->foreign);
        at[0] = at[1] = L'?';
        memmove(at + 2, at + skip, (wcslen(at + skip) + 1) * sizeof *at);
    }
    int want_len = to_acp(w.msg, want, sizeof want);
    if (!check(rc == SQL_ERROR && drc == SQL_SUCCESS && strstr(msg, "\\ansi-?\?-x") &&
                   strcmp(msg, want) == 0 && len == want_len,
               "characters code page %u lacks come out as '?' (length %d)", c->cp, len))
        printf("  message was: %s\n  expected:    %s\n", msg, want);
}

void ansi_checks(SQLHDBC dbc, const wchar_t *fake_jvm, const wchar_t *scratch)
{
    unsigned acp = GetACP();
    printf("ANSI code page (GetACP): %u\n", acp);
    const wchar_t *expect = env_w(L"QUIRE_WINE_ACP");
    if (*expect)
        check(acp == wcstoul(expect, NULL, 10), "GetACP() is %ls, as the locale asks", expect);
    const cp_case *c = NULL;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (cases[i].cp == acp)
            c = &cases[i];
    if (!check(c != NULL, "code page %u is one the harness knows (1252, 932)", acp))
        return;
    no_java_anywhere(scratch);
    path_in_and_out(dbc, c, fake_jvm, scratch);
    foreign_out(dbc, c, scratch);
}

/* The platform layer (src/platform): locks, once, thread-local keys, threads, condition
 * variables, environment, files and loading, the ANSI code page. Runs on Linux (and valgrind)
 * and, built with mingw, under wine. */
#include "test_util.h"

#include <stdint.h>
#include <stdlib.h>

#include "../src/platform/platform.h"

#ifdef _WIN32
#define SYSTEM_LIB "kernel32.dll"
#define SYSTEM_SYM "GetTickCount"
static void set_env(const wchar_t *name, const wchar_t *value) { SetEnvironmentVariableW(name, value); }
#define ENV_NAME L"QUIRE_TEST_PLATFORM"
#define ENV_VALUE L"caf\u00e9-\U0001F600"
#else
#define SYSTEM_LIB "libc.so.6"
#define SYSTEM_SYM "strlen"
static void set_env(const char *name, const char *value)
{
    if (value)
        setenv(name, value, 1);
    else
        unsetenv(name);
}
#define ENV_NAME "QUIRE_TEST_PLATFORM"
#define ENV_VALUE "caf\xc3\xa9-\xf0\x9f\x98\x80"
#endif

static plat_mutex lock;
static plat_cond cond;
static int flag, once_runs, dtor_calls;
static void *dtor_value;
static plat_tls_key key;

static void try_from_other_thread(void *result)
{
    *(int *)result = plat_mutex_trylock(&lock);
    if (*(int *)result)
        plat_mutex_unlock(&lock);
}

static void count_once(void) { once_runs++; }

static void once_thread(void *once) { plat_once(once, count_once); }

static void tls_dtor(void *v)
{
    dtor_calls++;
    dtor_value = v;
}

static void tls_thread(void *v)
{
    plat_tls_set(key, v);
    if (plat_tls_get(key) != v)
        dtor_calls = -100;
}

static void signaller(void *unused)
{
    (void)unused;
    plat_mutex_lock(&lock);
    flag = 1;
    plat_cond_signal(&cond);
    plat_mutex_unlock(&lock);
}

static void locks(void)
{
    plat_mutex_init(&lock);
    plat_mutex_lock(&lock);
    plat_mutex_lock(&lock);   /* recursive */
    int got = -1;
    plat_thread t;
    CHECK(plat_thread_start(&t, try_from_other_thread, &got) == 0, "thread start");
    plat_thread_join(t);
    CHECK(got == 0, "trylock of a lock held by another thread fails (%d)", got);
    plat_mutex_unlock(&lock);
    plat_mutex_unlock(&lock);
    CHECK(plat_thread_start(&t, try_from_other_thread, &got) == 0, "thread start");
    plat_thread_join(t);
    CHECK(got == 1, "trylock of a free lock succeeds");

    plat_once_t once = PLAT_ONCE_INIT;
    plat_thread ts[4];
    for (int i = 0; i < 4; i++)
        plat_thread_start(&ts[i], once_thread, &once);
    for (int i = 0; i < 4; i++)
        plat_thread_join(ts[i]);
    CHECK(once_runs == 1, "plat_once ran %d times", once_runs);
}

static void thread_locals(void)
{
    CHECK(plat_tls_create(&key, tls_dtor) == 0, "tls key");
    static int value;
    plat_thread t;
    plat_thread_start(&t, tls_thread, &value);
    plat_thread_join(t);
    CHECK(dtor_calls == 1 && dtor_value == &value, "destructor at thread end (%d)", dtor_calls);
    plat_thread_start(&t, tls_thread, NULL);
    plat_thread_join(t);
    CHECK(dtor_calls == 1, "no destructor for a NULL value (%d)", dtor_calls);
    CHECK(plat_tls_get(key) == NULL, "this thread's slot is still empty");
}

static void conditions(void)
{
    plat_cond_init(&cond);
    plat_mutex_lock(&lock);
    CHECK(plat_cond_timedwait(&cond, &lock, 30) == 1, "a wait nobody signals times out");
    plat_thread t;
    plat_thread_start(&t, signaller, NULL);
    int timeouts = 0;
    while (!flag && timeouts < 100)
        timeouts += plat_cond_timedwait(&cond, &lock, 100);
    CHECK(flag == 1, "woken by the signal (%d timeouts)", timeouts);
    plat_mutex_unlock(&lock);
    plat_thread_join(t);
    plat_cond_destroy(&cond);
    plat_mutex_destroy(&lock);
}

static void sys_checks(void)
{
    set_env(ENV_NAME, ENV_VALUE);
    char *v = plat_getenv("QUIRE_TEST_PLATFORM");
    CHECK(v && strcmp(v, "caf\xc3\xa9-\xf0\x9f\x98\x80") == 0, "getenv gives UTF-8 (%s)", v ? v : "NULL");
    free(v);
    set_env(ENV_NAME, NULL);
    CHECK(plat_getenv("QUIRE_TEST_PLATFORM") == NULL, "unset variable");

    char *dir = plat_module_dir();
    CHECK(dir && plat_path_kind(dir) == PLAT_PATH_DIR, "module dir %s", dir ? dir : "NULL");
    free(dir);
    CHECK(plat_path_kind("/no/such/file") == PLAT_PATH_NONE, "missing path");

    char err[256] = "";
    CHECK(plat_dl_open("/no/such/lib" PLAT_LIB_SUFFIX, err, sizeof err) == NULL && err[0],
          "loading a missing library fails with a reason");
    void *lib = plat_dl_open(SYSTEM_LIB, err, sizeof err);
    CHECK(lib && plat_dl_sym(lib, SYSTEM_SYM), "%s: %s", SYSTEM_LIB, err);
    CHECK(plat_dl_sym_loaded(SYSTEM_LIB, SYSTEM_SYM) != NULL, "symbol of a loaded library");

    char *opt = plat_jvm_option("-Dx=abc", 0);
    CHECK(opt && strcmp(opt, "-Dx=abc") == 0, "ASCII JVM option unchanged");
    free(opt);
    plat_java_homes h;
    plat_default_java_homes(&h);
    CHECK(h.count >= 0 && h.count <= PLAT_MAX_DEFAULT_JAVA, "default Java homes");
    plat_java_homes_free(&h);
}


/* ---- the ANSI code page (codepage.c) ---------------------------------------------------- */
#define CJK_EMOJI "\xE4\xB8\xAD\xE6\x96\x87\xF0\x9F\x98\x80x"   /* 3 + 3 + 4 + 1 bytes */

/* UTF-8 to ANSI where ANSI is UTF-8: Linux, and code page 65001 on Windows. */
static size_t to_utf8_ansi(const char *s, size_t len, char *out, size_t cap, size_t *fit)
{
#ifdef _WIN32
    return plat_utf8_to_cp(CP_UTF8, s, len, out, cap, fit);
#else
    return plat_utf8_to_ansi(s, len, out, cap, fit);
#endif
}

static void ansi_identity(void)
{
    static const struct { size_t cap, n; } cuts[] = {
        {0, 0}, {2, 0}, {3, 3}, {5, 3}, {6, 6}, {9, 6}, {10, 10}, {11, 11}, {SIZE_MAX, 11},
    };
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        char out[16];
        size_t fit = 99;
        memset(out, 'Q', sizeof out);
        size_t n = to_utf8_ansi(CJK_EMOJI, 11, out, cuts[i].cap, &fit);
        CHECK(n == cuts[i].n && fit == n && memcmp(out, CJK_EMOJI, n) == 0 && out[n] == 'Q',
              "UTF-8 in %zu bytes: %zu (fit %zu), want %zu", cuts[i].cap, n, fit, cuts[i].n);
        CHECK(to_utf8_ansi(CJK_EMOJI, 11, NULL, cuts[i].cap, NULL) == cuts[i].n,
              "counting only, %zu bytes", cuts[i].cap);
    }
    /* malformed input is cut where the decoder's characters end, and passes unchanged */
    CHECK(to_utf8_ansi("a\x80\x80" "b", 4, NULL, 2, NULL) == 2, "stray continuation bytes");
    CHECK(to_utf8_ansi("a\xE4\xB8", 3, NULL, 2, NULL) == 1, "truncated sequence at the end");
    CHECK(to_utf8_ansi("\xF0\x9F\x98" "a", 4, NULL, 3, NULL) == 3 &&
              to_utf8_ansi("\xF0\x9F\x98" "a", 4, NULL, 2, NULL) == 0,
          "a truncated sequence inside is one (malformed) character");
#ifndef _WIN32
    CHECK(plat_ansi_is_utf8(), "ANSI is UTF-8 on Linux");
    size_t len = 0;
    char *u = plat_ansi_to_utf8("caf\xC3\xA9\0x", 7, &len);
    CHECK(u && len == 7 && memcmp(u, "caf\xC3\xA9\0x", 8) == 0, "ANSI to UTF-8 is a copy, NULs kept");
    free(u);
#endif
}

#ifdef _WIN32
/* Explicit code pages: 1252 (Western) and 932 (Japanese, double-byte). */
static void ansi_code_pages(void)
{
    size_t len = 0, fit = 0;
    char *u = plat_cp_to_utf8(1252, "Caf\xE9 \x80", 6, &len);
    CHECK(u && len == 9 && strcmp(u, "Caf\xC3\xA9 \xE2\x82\xAC") == 0, "1252 -> UTF-8: %s", u);
    free(u);
    u = plat_cp_to_utf8(1252, "", 0, &len);
    CHECK(u && len == 0 && *u == '\0', "empty 1252 text");
    free(u);
    char out[32];
    /* é and € are in 1252; 日, the emoji (one character, one '?') and Ā are not (no best fit:
     * Ā stays '?', not 'A') */
    const char *s = "Caf\xC3\xA9\xE2\x82\xAC\xE6\x97\xA5\xF0\x9F\x98\x80\xC4\x80";
    size_t n = plat_utf8_to_cp(1252, s, strlen(s), out, sizeof out, &fit);
    CHECK(n == 8 && memcmp(out, "Caf\xE9\x80???", 8) == 0 && fit == strlen(s),
          "UTF-8 -> 1252 with '?' for what it lacks (%zu bytes)", n);
    n = plat_utf8_to_cp(1252, s, strlen(s), out, 4, &fit);
    CHECK(n == 4 && fit == 5, "1252 in 4 bytes: 4 characters from 5 UTF-8 bytes");

    u = plat_cp_to_utf8(932, "\x93\xFA\x96\x7B\xB1", 5, &len);
    CHECK(u && strcmp(u, "\xE6\x97\xA5\xE6\x9C\xAC\xEF\xBD\xB1") == 0, "932 -> UTF-8: %s", u);
    free(u);
    s = "\xE6\x97\xA5\xE6\x9C\xAC\xEF\xBD\xB1\xC3\xA9";   /* 日本ｱé */
    n = plat_utf8_to_cp(932, s, strlen(s), out, sizeof out, &fit);
    CHECK(n == 6 && memcmp(out, "\x93\xFA\x96\x7B\xB1?", 6) == 0, "UTF-8 -> 932 (%zu bytes)", n);
    n = plat_utf8_to_cp(932, s, strlen(s), out, 3, &fit);
    CHECK(n == 2 && fit == 3 && memcmp(out, "\x93\xFA", 2) == 0,
          "932 in 3 bytes: the second double-byte character is not cut (%zu)", n);
    CHECK(plat_utf8_to_cp(932, s, strlen(s), NULL, SIZE_MAX, NULL) == 6, "932 length");

    /* the process's own code page goes through the same functions */
    printf("test_platform: ANSI code page %u\n", GetACP());
    CHECK(plat_ansi_is_utf8() == (GetACP() == CP_UTF8), "plat_ansi_is_utf8");
    n = plat_utf8_to_ansi("Caf\xC3\xA9", 5, out, sizeof out, NULL);
    size_t n2 = plat_utf8_to_cp(GetACP(), "Caf\xC3\xA9", 5, out + 16, 16, NULL);
    CHECK(n == n2 && memcmp(out, out + 16, n) == 0, "plat_utf8_to_ansi uses GetACP()");
}
#endif

int main(void)
{
    locks();
    thread_locals();
    conditions();
    sys_checks();
    ansi_identity();
#ifdef _WIN32
    ansi_code_pages();
#endif
    TEST_DONE("test_platform");
}

/* The platform layer (src/platform): locks, once, thread-local keys, threads, condition
 * variables, environment, files and loading. Runs on Linux (and valgrind) and, built with
 * mingw, under wine. */
#include "test_util.h"

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

int main(void)
{
    locks();
    thread_locals();
    conditions();
    sys_checks();
    TEST_DONE("test_platform");
}

/*
 * The few operating-system services the driver needs, one interface for POSIX (Linux) and
 * Windows: threads and locks (thread_posix.c / thread_win32.c), dynamic loading, files,
 * environment and where the driver lives (sys_posix.c / sys_win32.c), the ANSI code page
 * (codepage.c, for both).
 * Every path and string here is UTF-8; the Windows side converts to UTF-16 and calls the
 * W APIs, so paths with non-ASCII characters work there too.
 */
#ifndef QUIRE_PLATFORM_H
#define QUIRE_PLATFORM_H

#include <stddef.h>
#include <stdio.h>

#ifdef _WIN32
#include <windows.h>
#else
#include <pthread.h>
#endif

/* ---- paths and the JVM library --------------------------------------------------------- */
#ifdef _WIN32
#define PLAT_PATH_SEP '\\'
#define PLAT_PATH_SEP_STR "\\"
#define PLAT_JVM_LIB_NAME "jvm.dll"
#define PLAT_JVM_LIB_IN_HOME "bin\\server\\jvm.dll"   /* below a Java home */
#define PLAT_LIB_SUFFIX ".dll"
#else
#define PLAT_PATH_SEP '/'
#define PLAT_PATH_SEP_STR "/"
#define PLAT_JVM_LIB_NAME "libjvm.so"
#define PLAT_JVM_LIB_IN_HOME "lib/server/libjvm.so"
#define PLAT_LIB_SUFFIX ".so"
#endif

/* 1 for the characters that separate path components ('/' also counts on Windows). */
int plat_is_path_sep(char c);

enum plat_path_kind { PLAT_PATH_NONE = 0, PLAT_PATH_FILE = 1, PLAT_PATH_DIR = 2 };
int plat_path_kind(const char *path);

/* Size in bytes and modification time in whole seconds since 1970 (what Java's
 * Files.size and getLastModifiedTime give); 0 on success, -1 when the file cannot be read. */
int plat_file_stamp(const char *path, long long *size, long long *mtime_s);

/* The file opened for reading in binary mode, or NULL. */
FILE *plat_fopen_read(const char *path);

/* ---- environment ----------------------------------------------------------------------- */
/* The variable's value (malloc'ed), NULL when unset or empty. */
char *plat_getenv(const char *name);

/* ---- this module --------------------------------------------------------------------------*/
/* Directory holding the driver library itself (malloc'ed, no trailing separator), or NULL. */
char *plat_module_dir(void);
/* Keeps the driver loaded for the rest of the process (a JVM cannot be unloaded, and its
 * threads run our code). On Linux the link option -z nodelete does this already. */
void plat_pin_module(void);

/* ---- dynamic loading --------------------------------------------------------------------- */
/* A generic function pointer: casting it to the real type is well defined. */
typedef void (*plat_fn)(void);
/* NULL on failure, with the system's reason in err. */
void *plat_dl_open(const char *path, char *err, size_t err_cap);
plat_fn plat_dl_sym(void *lib, const char *name);
/* Before loading the JVM library: on Windows loads the C++ runtime DLLs a JDK ships in its
 * bin directory (jvm.dll imports them; java.exe finds them beside itself). */
void plat_jvm_preload(const char *jvm_lib);
/* A symbol from a library already loaded in the process: POSIX searches the global scope;
 * Windows has none, so it asks the module win_module (e.g. "jvm.dll") if it is loaded. */
plat_fn plat_dl_sym_loaded(const char *win_module, const char *name);

/* A JVM option (JavaVMOption.optionString) from UTF-8, malloc'ed. Options reach a JVM in the
 * platform encoding: UTF-8 on Linux, the ANSI code page on Windows, where the elements of a
 * path list (path_list = 1, ';'-separated) that the code page cannot spell are replaced by
 * their short 8.3 names. NULL when out of memory. */
char *plat_jvm_option(const char *utf8, int path_list);

/* ---- the ANSI code page (codepage.c) -------------------------------------------------------*/
/* The char strings of the ANSI entry points (arguments, results, diagnostics) and SQL_C_CHAR
 * data are in the ANSI code page: UTF-8 on Linux (unixODBC in a UTF-8 locale: both directions
 * are the identity), the process's code page (CP_ACP: 1252, 932, ...) on Windows. Inside the
 * driver all text is UTF-8; these are the only crossings. */

/* 1 when ANSI text is UTF-8 already: always on Linux, on Windows when the code page is 65001. */
int plat_ansi_is_utf8(void);

/* ANSI text s[0..len) (may hold NULs) as a NUL-terminated UTF-8 string, malloc'ed; *out_len
 * (may be NULL) receives its length. NULL when memory runs out. */
char *plat_ansi_to_utf8(const char *s, size_t len, size_t *out_len);

/* UTF-8 text s[0..len) to ANSI: converts the longest run of whole characters from the start
 * whose ANSI form fits in cap bytes (cap SIZE_MAX: all of it), writing it to out unless out is
 * NULL; no NUL is added. Returns its length in bytes; *fit (may be NULL) receives the bytes of
 * s it came from. Characters the code page cannot represent become '?' (no best-fit
 * look-alikes); a character is never cut in two. */
size_t plat_utf8_to_ansi(const char *s, size_t len, char *out, size_t cap, size_t *fit);

#ifdef _WIN32
/* The same for an explicit code page (the two above pass GetACP()), for the unit tests. */
char *plat_cp_to_utf8(unsigned cp, const char *s, size_t len, size_t *out_len);
size_t plat_utf8_to_cp(unsigned cp, const char *s, size_t len, char *out, size_t cap,
                       size_t *fit);
#endif

/* ---- ODBC installer ini -------------------------------------------------------------------*/
/* SQLGetPrivateProfileString in UTF-8 (Windows reads the registry through the W function).
 * key NULL lists the section's keys, NUL-separated. Returns the bytes written. */
int plat_ini_get(const char *section, const char *key, const char *file, char *buf, int n);

/* ---- default Java runtimes ---------------------------------------------------------------*/
#define PLAT_MAX_DEFAULT_JAVA 4
typedef struct plat_java_homes {
    char *home[PLAT_MAX_DEFAULT_JAVA];          /* malloc'ed */
    const char *origin[PLAT_MAX_DEFAULT_JAVA];  /* "system default (...)" */
    int count;
} plat_java_homes;
/* The system's default Java homes, best first: Debian's default-java; on Windows the
 * JavaSoft registry keys (JDK, then JRE). */
void plat_default_java_homes(plat_java_homes *out);
void plat_java_homes_free(plat_java_homes *h);

/* ---- mutexes (always recursive), once, thread-local keys ---------------------------------*/
#ifdef _WIN32
typedef CRITICAL_SECTION plat_mutex;
typedef CONDITION_VARIABLE plat_cond;
typedef INIT_ONCE plat_once_t;
#define PLAT_ONCE_INIT INIT_ONCE_STATIC_INIT
typedef DWORD plat_tls_key;
typedef HANDLE plat_thread;
#else
typedef pthread_mutex_t plat_mutex;
typedef pthread_cond_t plat_cond;
typedef pthread_once_t plat_once_t;
#define PLAT_ONCE_INIT PTHREAD_ONCE_INIT
typedef pthread_key_t plat_tls_key;
typedef pthread_t plat_thread;
#endif

/* A thread-local variable (C11). */
#define PLAT_THREAD_LOCAL _Thread_local

/* Recursive: one thread may lock it again (a statement call that frees a statement). */
void plat_mutex_init(plat_mutex *m);
void plat_mutex_destroy(plat_mutex *m);
void plat_mutex_lock(plat_mutex *m);
/* 1 when the lock was taken, 0 when another thread holds it. */
int plat_mutex_trylock(plat_mutex *m);
void plat_mutex_unlock(plat_mutex *m);

void plat_once(plat_once_t *once, void (*fn)(void));

/* A per-thread slot whose destructor runs, with the value, when a thread that set a
 * non-NULL value ends. 0 on success. */
int plat_tls_create(plat_tls_key *key, void (*dtor)(void *));
void *plat_tls_get(plat_tls_key key);
void plat_tls_set(plat_tls_key key, void *value);

/* ---- threads and condition variables -----------------------------------------------------*/
/* Starts fn(arg) on a new thread; 0 on success. Every started thread must be joined. */
int plat_thread_start(plat_thread *t, void (*fn)(void *), void *arg);
void plat_thread_join(plat_thread t);

void plat_cond_init(plat_cond *c);
void plat_cond_destroy(plat_cond *c);
/* m must be held exactly once by the caller (it is recursive, but waiting releases one
 * level only). */
void plat_cond_wait(plat_cond *c, plat_mutex *m);
/* 0 when woken (or spuriously), 1 when ms milliseconds passed. */
int plat_cond_timedwait(plat_cond *c, plat_mutex *m, unsigned long ms);
void plat_cond_signal(plat_cond *c);
void plat_cond_broadcast(plat_cond *c);

#endif

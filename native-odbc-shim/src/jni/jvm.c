/*
 * One JVM per process: reuse one that already exists (JNI_GetCreatedJavaVMs), else load
 * the JVM library (libjvm.so, jvm.dll) and create it. Threads are attached once, as daemons
 * (so the host can exit without joining them), and detached when they end.
 */
#include "jni_internal.h"
#include "jvm_locate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../platform/platform.h"
#include "../util/strbuf.h"

typedef jint (JNICALL *create_vm_fn)(JavaVM **, void **, void *);
typedef jint (JNICALL *created_vms_fn)(JavaVM **, jsize, jsize *);

static plat_once_t boot_once = PLAT_ONCE_INIT;
static plat_mutex boot_lock;
static JavaVM *the_vm;
static _Atomic int ready;
static plat_tls_key detach_key;   /* set (to the VM) on threads this driver attached */
static PLAT_THREAD_LOCAL JNIEnv *thread_env;

#define MAX_OPTIONS 64

static void detach_thread(void *vm)
{
    /* runs at thread exit for threads this driver attached */
    (*(JavaVM *)vm)->DetachCurrentThread((JavaVM *)vm);
}

static void boot_init(void)
{
    plat_mutex_init(&boot_lock);
    plat_tls_create(&detach_key, detach_thread);
}

int jb_ready(void) { return ready; }

static int debug_on(void)
{
    char *v = plat_getenv("QUIRE_DEBUG");
    free(v);
    return v != NULL;
}

/* The class path: QUIRE_CLASSPATH, else java/quire-core.jar beside the driver. */
static char *class_path(diag_list *d)
{
    char *env_cp = plat_getenv("QUIRE_CLASSPATH");
    if (env_cp)
        return env_cp;
    char *dir = jvm_driver_dir();
    if (!dir) {
        diag_post(d, "08001", "Cannot find the directory of the driver library to locate "
                              "java/quire-core.jar; set QUIRE_CLASSPATH");
        return NULL;
    }
    size_t n = strlen(dir) + 32;
    char *cp = malloc(n);
    if (cp)
        snprintf(cp, n, "%s%sjava%squire-core.jar", dir, PLAT_PATH_SEP_STR, PLAT_PATH_SEP_STR);
    free(dir);
    if (cp && plat_path_kind(cp) != PLAT_PATH_FILE) {
        diag_post(d, "08001", "The Quire engine jar was not found at %s (reinstall the "
                              "driver or set QUIRE_CLASSPATH)", cp);
        free(cp);
        return NULL;
    }
    return cp;
}

static SQLRETURN create_vm(diag_list *d, create_vm_fn create, const char *cp, const char *lib)
{
    JavaVMOption opts[MAX_OPTIONS];
    /* options reach the JVM in its platform encoding (the ANSI code page on Windows) */
    char *jcp = plat_jvm_option(cp, 1);
    char *cp_opt = jcp ? malloc(strlen(jcp) + 32) : NULL;
    char *extra_utf8 = plat_getenv("QUIRE_JVM_OPTIONS");
    char *extra = extra_utf8 ? plat_jvm_option(extra_utf8, 0) : NULL;
    char *aot = jvm_aot_cache_option(extra, lib, debug_on());
    int n = 0;
    free(extra_utf8);
    if (!cp_opt) {
        free(jcp);
        free(extra);
        free(aot);
        return diag_oom(d);
    }
    sprintf(cp_opt, "-Djava.class.path=%s", jcp);
    free(jcp);
    opts[n++].optionString = "-Xrs";   /* leave the host application's signals alone */
    opts[n++].optionString = cp_opt;
    opts[n++].optionString = "-XX:+UseSerialGC";
    opts[n++].optionString = "-XX:TieredStopAtLevel=1";
    if (aot) {
        opts[n++].optionString = aot;
        opts[n++].optionString = "-XX:AOTMode=auto";
        /* a cache the JVM cannot use after all (damaged, or QUIRE_JVM_OPTIONS that change the
         * module graph) is skipped with warnings on the host application's stdout: they belong
         * to QUIRE_DEBUG runs only */
        if (!debug_on())
            opts[n++].optionString = "-Xlog:aot*=off,cds*=off";
    } else {
        opts[n++].optionString = "-Xshare:auto";
    }
    /* libraries of the engine use sun.misc.Unsafe; JDK 24+ would print warnings about it
     * into the host application's stderr */
    opts[n++].optionString = "-Dsun.misc.unsafe.memory.access=allow";
    char *save = NULL;
    for (char *t = extra ? strtok_r(extra, " \t\n", &save) : NULL; t && n < MAX_OPTIONS;
         t = strtok_r(NULL, " \t\n", &save))
        opts[n++].optionString = t;
    for (int i = 0; i < n; i++)
        opts[i].extraInfo = NULL;

    JavaVMInitArgs args;
    args.version = JNI_VERSION_1_8;
    args.nOptions = n;
    args.options = opts;
    args.ignoreUnrecognized = JNI_FALSE;
    JNIEnv *env = NULL;
    jint r = create(&the_vm, (void **)&env, &args);
    free(cp_opt);
    free(extra);
    free(aot);
    if (r != JNI_OK) {
        the_vm = NULL;
        return diag_post(d, "08001", "JNI_CreateJavaVM failed with code %d using %s "
                                     "(check QUIRE_JVM_OPTIONS and JvmPath)", (int)r, lib);
    }
    thread_env = env;   /* the creating thread is attached: detach it when it ends too */
    plat_tls_set(detach_key, the_vm);
    return SQL_SUCCESS;
}

/* A JVM already running in this process (a Java host, or libjvm loaded globally). */
static JavaVM *existing_vm(created_vms_fn created)
{
    JavaVM *vm = NULL;
    jsize n = 0;
    if (created && created(&vm, 1, &n) == JNI_OK && n > 0)
        return vm;
    return NULL;
}

static SQLRETURN boot_locked(diag_list *d, const jb_boot_opts *o)
{
    created_vms_fn created =
        (created_vms_fn)plat_dl_sym_loaded(PLAT_JVM_LIB_NAME, "JNI_GetCreatedJavaVMs");
    the_vm = existing_vm(created);
    if (the_vm) {
        if (debug_on())
            fprintf(stderr, "quire: using the JVM already running in this process\n");
        return SQL_SUCCESS;
    }
    char *cp = class_path(d);
    if (!cp)
        return SQL_ERROR;

    jvm_candidates c;
    jvm_find_candidates(o, &c);
    strbuf tried = {0};
    SQLRETURN rc = SQL_ERROR;
    int loaded = 0;
    for (int i = 0; i < c.count && !loaded; i++) {
        char err[512] = "";
        plat_jvm_preload(c.path[i]);
        void *h = plat_dl_open(c.path[i], err, sizeof err);
        if (!h) {
            sb_puts(&tried, "\n  ");
            sb_puts(&tried, c.path[i]);
            sb_puts(&tried, " (");
            sb_puts(&tried, c.origin[i]);
            sb_puts(&tried, "): ");
            sb_puts(&tried, plat_path_kind(c.path[i]) && err[0] ? err : "not found");
            continue;
        }
        loaded = 1;
        create_vm_fn create = (create_vm_fn)plat_dl_sym(h, "JNI_CreateJavaVM");
        the_vm = existing_vm((created_vms_fn)plat_dl_sym(h, "JNI_GetCreatedJavaVMs"));
        if (the_vm) {
            rc = SQL_SUCCESS;
        } else if (!create) {
            rc = diag_post(d, "08001", "%s does not export JNI_CreateJavaVM", c.path[i]);
        } else {
            if (debug_on())
                fprintf(stderr, "quire: JVM %s (%s), class path %s\n", c.path[i],
                        c.origin[i], cp);
            rc = create_vm(d, create, cp, c.path[i]);
        }
    }
    if (!loaded)
        diag_post(d, "08001", "No Java runtime could be loaded. Set JvmPath (in the "
                              "connection string, the DSN or the driver's odbcinst.ini "
                              "section) to a Java 25 home or its " PLAT_JVM_LIB_IN_HOME ". "
                              "Tried:%s", tried.p ? tried.p : " nothing");
    sb_free(&tried);
    jvm_candidates_free(&c);
    free(cp);
    return rc;
}

SQLRETURN jb_boot(diag_list *d, const jb_boot_opts *o)
{
    if (ready)
        return SQL_SUCCESS;
    plat_once(&boot_once, boot_init);
    plat_mutex_lock(&boot_lock);
    SQLRETURN rc = SQL_SUCCESS;
    if (!ready) {
        if (!the_vm)
            rc = boot_locked(d, o);
        if (the_vm) {
            plat_pin_module();   /* threads attached by us run our code until they end */
            JNIEnv *env = jvm_env(d);
            rc = env ? jb_cache_refs(env, d) : SQL_ERROR;
            if (rc == SQL_SUCCESS)
                ready = 1;
        }
    }
    plat_mutex_unlock(&boot_lock);
    return rc;
}

JNIEnv *jvm_env(diag_list *d)
{
    if (thread_env)
        return thread_env;
    if (!the_vm) {
        diag_post(d, "08003", "The Java engine is not running");
        return NULL;
    }
    JNIEnv *env = NULL;
    jint r = (*the_vm)->GetEnv(the_vm, (void **)&env, JNI_VERSION_1_8);
    if (r == JNI_OK) {
        thread_env = env;   /* attached by someone else: not ours to detach */
        return env;
    }
    JavaVMAttachArgs args = {JNI_VERSION_1_8, "quire-odbc", NULL};
    r = (*the_vm)->AttachCurrentThreadAsDaemon(the_vm, (void **)&env, &args);
    if (r != JNI_OK) {
        diag_post(d, "HY000", "Cannot attach this thread to the Java VM (code %d)", (int)r);
        return NULL;
    }
    thread_env = env;
    plat_tls_set(detach_key, the_vm);
    return env;
}

/* Files, environment, dynamic loading and the driver's own location on POSIX. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* dladdr, RTLD_DEFAULT, PTHREAD_MUTEX_RECURSIVE */
#endif
#include "platform.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <odbcinst.h>

int plat_is_path_sep(char c) { return c == '/'; }

int plat_path_kind(const char *path)
{
    struct stat st;
    if (!path || stat(path, &st) != 0)
        return PLAT_PATH_NONE;
    return S_ISDIR(st.st_mode) ? PLAT_PATH_DIR : PLAT_PATH_FILE;
}

int plat_file_stamp(const char *path, long long *size, long long *mtime_s)
{
    struct stat st;
    if (!path || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    *size = (long long)st.st_size;
    *mtime_s = (long long)st.st_mtime;
    return 0;
}

FILE *plat_fopen_read(const char *path)
{
    return path ? fopen(path, "rb") : NULL;
}

char *plat_getenv(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? strdup(v) : NULL;
}

char *plat_module_dir(void)
{
    Dl_info info;
    if (!dladdr((void *)plat_module_dir, &info) || !info.dli_fname)
        return NULL;
    char real[PATH_MAX];
    const char *f = realpath(info.dli_fname, real) ? real : info.dli_fname;
    char *dir = strdup(f);
    if (!dir)
        return NULL;
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        strcpy(dir, ".");
    return dir;
}

void plat_pin_module(void) { /* -Wl,-z,nodelete */ }

void *plat_dl_open(const char *path, char *err, size_t err_cap)
{
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h && err && err_cap) {
        const char *e = dlerror();
        snprintf(err, err_cap, "%s", e ? e : "cannot be loaded");
    }
    return h;
}

void plat_jvm_preload(const char *jvm_lib)
{
    (void)jvm_lib;   /* libjvm.so finds its libraries through its own RUNPATH */
}

char *plat_jvm_option(const char *utf8, int path_list)
{
    (void)path_list;
    return strdup(utf8);
}

static plat_fn as_fn(void *p)
{
    plat_fn f;
    memcpy(&f, &p, sizeof f);   /* POSIX guarantees data and function pointers match */
    return f;
}

plat_fn plat_dl_sym(void *lib, const char *name) { return as_fn(dlsym(lib, name)); }

plat_fn plat_dl_sym_loaded(const char *win_module, const char *name)
{
    (void)win_module;
    return as_fn(dlsym(RTLD_DEFAULT, name));
}

int plat_ini_get(const char *section, const char *key, const char *file, char *buf, int n)
{
    if (n <= 0)
        return 0;
    buf[0] = '\0';
    return SQLGetPrivateProfileString(section, key, "", buf, n, file);
}

void plat_default_java_homes(plat_java_homes *out)
{
    memset(out, 0, sizeof *out);
    out->home[0] = strdup("/usr/lib/jvm/default-java");
    out->origin[0] = "system default";
    out->count = out->home[0] ? 1 : 0;
}

void plat_java_homes_free(plat_java_homes *h)
{
    for (int i = 0; i < h->count; i++)
        free(h->home[i]);
    h->count = 0;
}

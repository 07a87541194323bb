/*
 * Finding libjvm.so. Order: JvmPath from the connection string, from the DSN's odbc.ini
 * section, from the driver's odbcinst.ini section; the runtime shipped beside the driver;
 * $JAVA_HOME; the Debian default JDK. A JvmPath may name libjvm.so itself or a Java home.
 */
#include "jvm_locate.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <odbcinst.h>

static void add(jvm_candidates *c, const char *origin, const char *path)
{
    if (!path || !*path || c->count >= JVM_MAX_CANDIDATES)
        return;
    char *p = strdup(path);
    if (!p)
        return;
    c->path[c->count] = p;
    c->origin[c->count] = origin;
    c->count++;
}

/* A JvmPath value: the library itself, or a Java home below which it lives. */
static void add_jvm_path(jvm_candidates *c, const char *origin, const char *value)
{
    if (!value || !*value)
        return;
    struct stat st;
    size_t n = strlen(value);
    int is_lib = (n > 3 && strcmp(value + n - 3, ".so") == 0) ||
                 (stat(value, &st) == 0 && S_ISREG(st.st_mode));
    if (is_lib) {
        add(c, origin, value);
        return;
    }
    char buf[PATH_MAX];
    snprintf(buf, sizeof buf, "%s%slib/server/libjvm.so", value,
             value[n - 1] == '/' ? "" : "/");
    add(c, origin, buf);
}

static void ini_value(const char *section, const char *key, const char *file, char *buf, int n)
{
    buf[0] = '\0';
    if (section && *section)
        SQLGetPrivateProfileString(section, key, "", buf, n, file);
}

char *jvm_driver_dir(void)
{
    Dl_info info;
    if (!dladdr((void *)jvm_driver_dir, &info) || !info.dli_fname)
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

void jvm_find_candidates(const jb_boot_opts *o, jvm_candidates *c)
{
    char buf[PATH_MAX];
    memset(c, 0, sizeof *c);

    add_jvm_path(c, "JvmPath in the connection string", o->jvm_path_connstr);

    ini_value(o->dsn, "JvmPath", "odbc.ini", buf, sizeof buf);
    add_jvm_path(c, "JvmPath in the DSN (odbc.ini)", buf);

    char driver[512] = "";
    if (o->driver && *o->driver)
        snprintf(driver, sizeof driver, "%s", o->driver);
    else
        ini_value(o->dsn, "Driver", "odbc.ini", driver, sizeof driver);
    ini_value(driver, "JvmPath", "odbcinst.ini", buf, sizeof buf);
    add_jvm_path(c, "JvmPath in the driver's odbcinst.ini section", buf);

    char *dir = jvm_driver_dir();
    if (dir) {
        snprintf(buf, sizeof buf, "%s/../jre/lib/server/libjvm.so", dir);
        add(c, "runtime shipped with the driver", buf);
        free(dir);
    }

    const char *jh = getenv("JAVA_HOME");
    if (jh && *jh) {
        snprintf(buf, sizeof buf, "%s/lib/server/libjvm.so", jh);
        add(c, "JAVA_HOME", buf);
    }
    add(c, "system default", "/usr/lib/jvm/default-java/lib/server/libjvm.so");
}

void jvm_candidates_free(jvm_candidates *c)
{
    for (int i = 0; i < c->count; i++)
        free(c->path[i]);
    c->count = 0;
}

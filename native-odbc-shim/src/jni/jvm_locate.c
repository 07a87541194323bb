/*
 * Finding the JVM library (libjvm.so, jvm.dll). Order: JvmPath from the connection string,
 * from the DSN's odbc.ini section, from the driver's odbcinst.ini section (on Windows these
 * two are the ODBC registry keys); the runtime shipped beside the driver (<libdir>/../jre);
 * $JAVA_HOME; the system default (Debian's default-java; on Windows the JavaSoft registry
 * keys). A JvmPath may name the library itself or a Java home.
 */
#include "jvm_locate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../platform/platform.h"

#define PATH_CAP 4096

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

/* The JVM library below the Java home `home`. */
static void add_in_home(jvm_candidates *c, const char *origin, const char *home)
{
    size_t n = strlen(home);
    char buf[PATH_CAP];
    snprintf(buf, sizeof buf, "%s%s%s", home, n && plat_is_path_sep(home[n - 1]) ? "" :
             PLAT_PATH_SEP_STR, PLAT_JVM_LIB_IN_HOME);
    add(c, origin, buf);
}

/* A JvmPath value: the library itself, or a Java home below which it lives. */
static void add_jvm_path(jvm_candidates *c, const char *origin, const char *value)
{
    if (!value || !*value)
        return;
    size_t n = strlen(value), sn = strlen(PLAT_LIB_SUFFIX);
    int is_lib = (n > sn && strcasecmp(value + n - sn, PLAT_LIB_SUFFIX) == 0) ||
                 plat_path_kind(value) == PLAT_PATH_FILE;
    if (is_lib) {
        add(c, origin, value);
        return;
    }
    add_in_home(c, origin, value);
}

static void ini_value(const char *section, const char *key, const char *file, char *buf, int n)
{
    buf[0] = '\0';
    if (section && *section)
        plat_ini_get(section, key, file, buf, n);
}

char *jvm_driver_dir(void) { return plat_module_dir(); }

void jvm_find_candidates(const jb_boot_opts *o, jvm_candidates *c)
{
    char buf[PATH_CAP];
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
        snprintf(buf, sizeof buf, "%s%s..%sjre", dir, PLAT_PATH_SEP_STR, PLAT_PATH_SEP_STR);
        add_in_home(c, "runtime shipped with the driver", buf);
        free(dir);
    }

    char *jh = plat_getenv("JAVA_HOME");
    if (jh)
        add_in_home(c, "JAVA_HOME", jh);
    free(jh);

    plat_java_homes sys;
    plat_default_java_homes(&sys);
    for (int i = 0; i < sys.count; i++)
        add_in_home(c, sys.origin[i], sys.home[i]);
    plat_java_homes_free(&sys);
}

void jvm_candidates_free(jvm_candidates *c)
{
    for (int i = 0; i < c->count; i++)
        free(c->path[i]);
    c->count = 0;
}

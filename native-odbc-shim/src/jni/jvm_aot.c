/*
 * The JVM's AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) that
 * io.quire.tools.AotTraining records where the driver is staged or installed:
 * java/quire.aot beside quire-core.jar, and java/quire.aot.jars: the JVM library and the jars
 * it was made with, each with its size and time (io.quire.tools.AotCacheStamp).
 *
 * The cache is used only when the JVM being loaded and every one of those jars are still the
 * same: JDK 25 up to 25.0.3 does not check the jars itself (JDK-8377932) and would load classes
 * of an older driver from a stale cache, and a JVM older than 24 refuses the option (the
 * connection would fail instead of reporting the Java version it needs). A damaged cache is
 * skipped by the JVM itself (-XX:AOTMode=auto).
 */
#include "jni_internal.h"
#include "jvm_locate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../platform/platform.h"

#define AOT_FILE "quire.aot"
#define AOT_JARS_FILE "quire.aot.jars"
#define AOT_JARS_MAX (64 * 1024)

/* dir/java/name (malloc'ed) */
static char *java_file(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 8;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%sjava%s%s", dir, PLAT_PATH_SEP_STR, PLAT_PATH_SEP_STR, name);
    return p;
}

/* A small file's whole content, NUL-terminated (malloc'ed); NULL when missing, unreadable or
 * larger than max bytes. */
static char *read_small_file(const char *path, size_t max)
{
    FILE *f = plat_fopen_read(path);
    if (!f)
        return NULL;
    char *buf = malloc(max + 1);
    size_t n = buf ? fread(buf, 1, max + 1, f) : 0;
    int bad = !buf || ferror(f) || n > max;
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    buf[n] = 0;
    return buf;
}

/* 1 when file has the size and time the stamp line gives. */
static int same_file(const char *file, long long size, long long mtime)
{
    long long now_size = -1, now_mtime = -1;
    return file && plat_file_stamp(file, &now_size, &now_mtime) == 0 && now_size == size && now_mtime == mtime;
}

/* 1 when the JVM library being loaded and every jar in the stamp are the ones the cache was
 * made with (lines "jvm SIZE SECONDS PATH" and "jar SIZE SECONDS PATH-UNDER-java/"). */
static int made_for_this(const char *dir, const char *jvm_lib, int debug)
{
    char *path = java_file(dir, AOT_JARS_FILE);
    char *text = path ? read_small_file(path, AOT_JARS_MAX) : NULL;
    free(path);
    if (!text) {
        if (debug)
            fprintf(stderr, "quire: AOT cache not used: java/" AOT_JARS_FILE " is missing\n");
        return 0;
    }
    int jvm_seen = 0, jars = 0, same = 1;
    char *save = NULL;
    for (char *line = strtok_r(text, "\r\n", &save); line && same; line = strtok_r(NULL, "\r\n", &save)) {
        char kind[4] = "";
        long long size = -1, mtime = -1;
        int name_at = 0;
        if (sscanf(line, "%3s %lld %lld %n", kind, &size, &mtime, &name_at) != 3 || !name_at || !line[name_at]) {
            same = 0;
            break;
        }
        if (strcmp(kind, "jvm") == 0) {
            jvm_seen = 1;
            same = same_file(jvm_lib, size, mtime);
            if (!same && debug)
                fprintf(stderr, "quire: AOT cache not used: it was made for the JVM %s, not %s\n", line + name_at,
                        jvm_lib);
        } else if (strcmp(kind, "jar") == 0) {
            char *jar = java_file(dir, line + name_at);
            same = same_file(jar, size, mtime);
            if (!same && debug)
                fprintf(stderr, "quire: AOT cache not used: %s changed since the cache was made\n", jar ? jar : "?");
            free(jar);
            jars++;
        }
    }
    free(text);
    return same && jvm_seen && jars > 0;
}

char *jvm_aot_cache_option(const char *extra, const char *jvm_lib, int debug)
{
    char *off = plat_getenv("QUIRE_AOT_CACHE");
    int disabled = off && strcmp(off, "off") == 0;
    free(off);
    char *env_cp = plat_getenv("QUIRE_CLASSPATH");
    int other_cp = env_cp != NULL;
    free(env_cp);
    /* the JVM refuses -XX:AOTCache beside -Xshare or SharedArchiveFile, and a refused
     * option ends the host process: leave class-data sharing to such options */
    int own_sharing = extra && (strstr(extra, "-Xshare") || strstr(extra, "SharedArchiveFile")
                                || strstr(extra, "-XX:AOT"));
    if (disabled || other_cp || own_sharing)
        return NULL;
    char *dir = jvm_driver_dir();
    char *path = dir ? java_file(dir, AOT_FILE) : NULL;
    char *opt = NULL;
    if (path && plat_path_kind(path) == PLAT_PATH_FILE && made_for_this(dir, jvm_lib, debug)) {
        char *jpath = plat_jvm_option(path, 1);
        opt = jpath ? malloc(strlen(jpath) + 16) : NULL;
        if (opt)
            sprintf(opt, "-XX:AOTCache=%s", jpath);
        free(jpath);
        if (opt && debug)
            fprintf(stderr, "quire: AOT cache %s\n", path);
    }
    free(path);
    free(dir);
    return opt;
}

/* Where the JVM library (libjvm.so, jvm.dll) and the engine's jar are looked for
 * (jvm_locate.c). */
#ifndef QUIRE_JVM_LOCATE_H
#define QUIRE_JVM_LOCATE_H

#include "bridge.h"

#define JVM_MAX_CANDIDATES 8

typedef struct jvm_candidates {
    char *path[JVM_MAX_CANDIDATES];
    const char *origin[JVM_MAX_CANDIDATES];   /* "JvmPath in the connection string", ... */
    int count;
} jvm_candidates;

/* Lists the JVM library paths to try, in order (architecture.md: configured path, shipped
 * runtime, JAVA_HOME, system default). */
void jvm_find_candidates(const jb_boot_opts *o, jvm_candidates *c);
void jvm_candidates_free(jvm_candidates *c);

/* Directory holding the driver library (malloc'ed), or NULL. */
char *jvm_driver_dir(void);

/* "-XX:AOTCache=<java/quire.aot beside the jar>" (malloc'ed) when that cache exists, was
 * made for the JVM library jvm_lib and the jars now installed, and may be used with the extra
 * options (QUIRE_JVM_OPTIONS); else NULL (jvm_aot.c). debug: say on stderr why not. */
char *jvm_aot_cache_option(const char *extra, const char *jvm_lib, int debug);

#endif

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

#endif

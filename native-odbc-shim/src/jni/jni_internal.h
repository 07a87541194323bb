/* Shared by the files of src/jni only: the JVM, the cached Bridge references and the
 * exception-to-diagnostic mapping. */
#ifndef QUIRE_JNI_INTERNAL_H
#define QUIRE_JNI_INTERNAL_H

#include <jni.h>

#include "bridge.h"

/* Global references and method IDs, filled once after the JVM boots (bridge.c). */
typedef struct jb_refs {
    jclass bridge;
    jclass bridge_exception;
    jmethodID set_connection_timeout;
    jmethodID connect, disconnect, prepare, describe, execute, fetch, close_cursor, free_stmt,
        cancel, catalog, get_info, native_sql, describe_params, browse_connect;
    jmethodID exc_sql_state, exc_native_code, exc_message, exc_details;
    jmethodID object_to_string;
    jmethodID string_get_bytes;     /* String.getBytes(String charsetName) */
    jclass byte_array;              /* [B, for the catalog argument array */
} jb_refs;

extern jb_refs jb_r;

/* The calling thread's JNIEnv, attaching it (as a daemon, once) when needed.
 * NULL with a diagnostic when the JVM is not up or attaching fails. */
JNIEnv *jvm_env(diag_list *d);

/* Caches jb_r; called once by the boot code with the boot thread's env. */
SQLRETURN jb_cache_refs(JNIEnv *env, diag_list *d);

/* Pushes a local frame for one Bridge call; returns NULL (with a diagnostic) on failure. */
JNIEnv *jb_enter(diag_list *d);
void jb_leave(JNIEnv *env);

/* If a Java exception is pending: clears it and posts it to d; returns SQL_ERROR.
 * Else SQL_SUCCESS. */
SQLRETURN jb_check(JNIEnv *env, diag_list *d);

/* UTF-8 bytes <-> byte[] (never jstring: modified UTF-8 corrupts supplementary chars). */
jbyteArray jb_bytes_new(JNIEnv *env, const char *s, size_t len);
/* Copies a byte[] into out (NUL-terminated); a NULL array gives out->data == NULL. */
SQLRETURN jb_bytes_get(JNIEnv *env, diag_list *d, jbyteArray a, jb_bytes *out);

#endif

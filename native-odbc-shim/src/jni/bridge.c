/*
 * The calls into io.quire.bridge.Bridge (docs/bridge.md). Each wrapper: local frame in,
 * one static call, exception check, frame out. Every Java failure becomes a diagnostic:
 * BridgeException carries (SQLSTATE, native code, message); anything else is HY000 with
 * its toString().
 */
#include "jni_internal.h"

#include <stdlib.h>
#include <string.h>

jb_refs jb_r;

static jmethodID static_method(JNIEnv *env, const char *name, const char *sig, int *ok)
{
    jmethodID m = (*env)->GetStaticMethodID(env, jb_r.bridge, name, sig);
    if (!m)
        *ok = 0;
    return m;
}

static jclass global_class(JNIEnv *env, const char *name)
{
    jclass local = (*env)->FindClass(env, name);
    if (!local)
        return NULL;
    jclass g = (*env)->NewGlobalRef(env, local);
    (*env)->DeleteLocalRef(env, local);
    return g;
}

/*
 * The engine's classes did not load: say why (a Java older than 25 gives
 * UnsupportedClassVersionError, a damaged jar NoClassDefFoundError), from the pending
 * exception's text, read before the usual cached references exist.
 */
static SQLRETURN class_load_failure(JNIEnv *env, diag_list *d)
{
    jthrowable t = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    const char *text = NULL;
    jstring s = NULL;
    jclass obj = t ? (*env)->FindClass(env, "java/lang/Object") : NULL;
    jmethodID to_string = obj ? (*env)->GetMethodID(env, obj, "toString", "()Ljava/lang/String;") : NULL;
    if (to_string)
        s = (*env)->CallObjectMethod(env, t, to_string);
    if (s && !(*env)->ExceptionCheck(env))
        text = (*env)->GetStringUTFChars(env, s, NULL);
    (*env)->ExceptionClear(env);
    SQLRETURN rc = diag_post(d, "08001", "The Quire engine (quire-core.jar) could not be loaded: %s. "
                                         "It needs a Java 25 runtime: set JvmPath to one.",
                             text ? text : "class io.quire.bridge.Bridge not found");
    if (text)
        (*env)->ReleaseStringUTFChars(env, s, text);
    return rc;
}

SQLRETURN jb_cache_refs(JNIEnv *env, diag_list *d)
{
    jb_r.bridge = global_class(env, "io/quire/bridge/Bridge");
    jb_r.bridge_exception = jb_r.bridge ? global_class(env, "io/quire/bridge/BridgeException") : NULL;
    if (!jb_r.bridge || !jb_r.bridge_exception)
        return class_load_failure(env, d);
    int ok = 1;
    /* The driver and quire-core.jar ship together: every method of docs/bridge.md must exist. */
    jb_r.connect = static_method(env, "connect", "([B[BI)J", &ok);
    jb_r.browse_connect = static_method(env, "browseConnect", "([B[B)[B", &ok);
    jb_r.disconnect = static_method(env, "disconnect", "(J)V", &ok);
    jb_r.set_connection_timeout = static_method(env, "setConnectionTimeout", "(JI)V", &ok);
    jb_r.prepare = static_method(env, "prepare", "(J[B)J", &ok);
    jb_r.describe = static_method(env, "describe", "(J)[B", &ok);
    jb_r.execute = static_method(env, "execute", "(J[BI)J", &ok);
    jb_r.describe_params = static_method(env, "describeParams", "(J)[B", &ok);
    jb_r.fetch = static_method(env, "fetch", "(JILjava/nio/ByteBuffer;)I", &ok);
    jb_r.close_cursor = static_method(env, "closeCursor", "(J)V", &ok);
    jb_r.free_stmt = static_method(env, "free", "(J)V", &ok);
    jb_r.cancel = static_method(env, "cancel", "(J)V", &ok);
    jb_r.catalog = static_method(env, "catalog", "(JI[[B)J", &ok);
    jb_r.get_info = static_method(env, "getInfo", "(JI)[B", &ok);
    jb_r.native_sql = static_method(env, "nativeSql", "(J[B)[B", &ok);
    if (ok) {
        jb_r.exc_sql_state = (*env)->GetMethodID(env, jb_r.bridge_exception, "sqlStateUtf8", "()[B");
        jb_r.exc_native_code = (*env)->GetMethodID(env, jb_r.bridge_exception, "nativeCode", "()I");
        jb_r.exc_message = (*env)->GetMethodID(env, jb_r.bridge_exception, "messageUtf8", "()[B");
        jb_r.exc_details = (*env)->GetMethodID(env, jb_r.bridge_exception, "detailsUtf8", "()[B");
        ok = jb_r.exc_sql_state && jb_r.exc_native_code && jb_r.exc_message && jb_r.exc_details;
    }
    jclass obj = (*env)->FindClass(env, "java/lang/Object");
    jclass str = (*env)->FindClass(env, "java/lang/String");
    jb_r.byte_array = global_class(env, "[B");
    if (ok && obj && str && jb_r.byte_array) {
        jb_r.object_to_string = (*env)->GetMethodID(env, obj, "toString", "()Ljava/lang/String;");
        jb_r.string_get_bytes = (*env)->GetMethodID(env, str, "getBytes", "(Ljava/lang/String;)[B");
        ok = jb_r.object_to_string && jb_r.string_get_bytes;
    } else {
        ok = 0;
    }
    if (obj)
        (*env)->DeleteLocalRef(env, obj);
    if (str)
        (*env)->DeleteLocalRef(env, str);
    if (!ok) {
        (*env)->ExceptionClear(env);
        return diag_post(d, "08001", "io.quire.bridge.Bridge does not have the methods this "
                                     "driver expects (driver and engine versions differ?)");
    }
    return SQL_SUCCESS;
}

JNIEnv *jb_enter(diag_list *d)
{
    if (!jb_ready()) {
        diag_post(d, "08003", "The Java engine is not running");
        return NULL;
    }
    JNIEnv *env = jvm_env(d);
    if (!env)
        return NULL;
    if ((*env)->PushLocalFrame(env, 32) < 0) {
        (*env)->ExceptionClear(env);
        diag_post(d, "HY001", "Out of memory in the Java VM");
        return NULL;
    }
    return env;
}

void jb_leave(JNIEnv *env)
{
    (*env)->PopLocalFrame(env, NULL);
}

jbyteArray jb_bytes_new(JNIEnv *env, const char *s, size_t len)
{
    if (!s)
        return NULL;
    jbyteArray a = (*env)->NewByteArray(env, (jsize)len);
    if (a && len)
        (*env)->SetByteArrayRegion(env, a, 0, (jsize)len, (const jbyte *)s);
    return a;
}

SQLRETURN jb_bytes_get(JNIEnv *env, diag_list *d, jbyteArray a, jb_bytes *out)
{
    out->data = NULL;
    out->len = 0;
    if (!a)
        return SQL_SUCCESS;
    jsize n = (*env)->GetArrayLength(env, a);
    out->data = malloc((size_t)n + 1);
    if (!out->data)
        return diag_oom(d);
    (*env)->GetByteArrayRegion(env, a, 0, n, (jbyte *)out->data);
    out->data[n] = '\0';
    out->len = (size_t)n;
    return SQL_SUCCESS;
}

/* Text of a Throwable that is not a BridgeException, as UTF-8. */
static void post_throwable(JNIEnv *env, diag_list *d, jthrowable t)
{
    jb_bytes msg = {0};
    jobject s = (*env)->CallObjectMethod(env, t, jb_r.object_to_string);
    if (!(*env)->ExceptionCheck(env) && s) {
        jstring cs = (*env)->NewStringUTF(env, "UTF-8");
        jbyteArray b = cs ? (*env)->CallObjectMethod(env, s, jb_r.string_get_bytes, cs) : NULL;
        if (!(*env)->ExceptionCheck(env))
            jb_bytes_get(env, d, b, &msg);
    }
    (*env)->ExceptionClear(env);
    if (msg.data)
        diag_post_native(d, "HY000", 0, msg.data, msg.len);
    else
        diag_post(d, "HY000", "The Java engine failed without a message");
    free(msg.data);
}

SQLRETURN jb_check(JNIEnv *env, diag_list *d)
{
    jthrowable t = (*env)->ExceptionOccurred(env);
    if (!t)
        return SQL_SUCCESS;
    (*env)->ExceptionClear(env);
    if (!(*env)->IsInstanceOf(env, t, jb_r.bridge_exception)) {
        post_throwable(env, d, t);
        return SQL_ERROR;
    }
    jb_bytes state = {0}, msg = {0};
    jbyteArray a = (*env)->CallObjectMethod(env, t, jb_r.exc_sql_state);
    if (!(*env)->ExceptionCheck(env))
        jb_bytes_get(env, d, a, &state);
    (*env)->ExceptionClear(env);
    jint native = (*env)->CallIntMethod(env, t, jb_r.exc_native_code);
    (*env)->ExceptionClear(env);
    a = (*env)->CallObjectMethod(env, t, jb_r.exc_message);
    if (!(*env)->ExceptionCheck(env))
        jb_bytes_get(env, d, a, &msg);
    (*env)->ExceptionClear(env);
    char code[6] = "HY000";
    if (state.data && state.len == 5)
        memcpy(code, state.data, 5);
    diag_post_native(d, code, native, msg.data, msg.len);
    /* further records of the same failure: the site's error list, a hint */
    jb_bytes more = {0};
    a = (*env)->CallObjectMethod(env, t, jb_r.exc_details);
    if (!(*env)->ExceptionCheck(env))
        jb_bytes_get(env, d, a, &more);
    (*env)->ExceptionClear(env);
    for (size_t at = 0; more.data && at < more.len;) {
        size_t n = strnlen(more.data + at, more.len - at);
        if (n > 0)
            diag_post_native(d, code, native, more.data + at, n);
        at += n + 1;
    }
    free(more.data);
    free(state.data);
    free(msg.data);
    /* a warning state from Java is still a failed call: the method did not return */
    return SQL_ERROR;
}

static jint clamp_seconds(SQLULEN secs)
{
    return secs > 0x7fffffff ? 0x7fffffff : (jint)secs;
}

SQLRETURN jb_connect(diag_list *d, const char *conn_str, const char *dsn_attrs,
                     SQLULEN login_timeout, int64_t *conn_id)
{
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    jbyteArray cs = jb_bytes_new(env, conn_str, strlen(conn_str));
    jbyteArray da = dsn_attrs ? jb_bytes_new(env, dsn_attrs, strlen(dsn_attrs)) : NULL;
    jlong id = (*env)->CallStaticLongMethod(env, jb_r.bridge, jb_r.connect, cs, da,
                                            clamp_seconds(login_timeout));
    SQLRETURN rc = jb_check(env, d);
    jb_leave(env);
    *conn_id = id;
    return rc;
}

/* For the (J)V methods. */
static SQLRETURN call_void(diag_list *d, jmethodID m, int64_t id)
{
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    (*env)->CallStaticVoidMethod(env, jb_r.bridge, m, (jlong)id);
    SQLRETURN rc = jb_check(env, d);
    jb_leave(env);
    return rc;
}

SQLRETURN jb_disconnect(diag_list *d, int64_t conn_id) { return call_void(d, jb_r.disconnect, conn_id); }

SQLRETURN jb_set_connection_timeout(diag_list *d, int64_t conn_id, SQLULEN seconds)
{
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    (*env)->CallStaticVoidMethod(env, jb_r.bridge, jb_r.set_connection_timeout, (jlong)conn_id,
                                 clamp_seconds(seconds));
    SQLRETURN rc = jb_check(env, d);
    jb_leave(env);
    return rc;
}
SQLRETURN jb_close_cursor(diag_list *d, int64_t stmt_id) { return call_void(d, jb_r.close_cursor, stmt_id); }
SQLRETURN jb_free(diag_list *d, int64_t stmt_id) { return call_void(d, jb_r.free_stmt, stmt_id); }
SQLRETURN jb_cancel(diag_list *d, int64_t stmt_id) { return call_void(d, jb_r.cancel, stmt_id); }

SQLRETURN jb_prepare(diag_list *d, int64_t conn_id, const char *sql, size_t len, int64_t *stmt_id)
{
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    jbyteArray s = jb_bytes_new(env, sql, len);
    jlong id = (*env)->CallStaticLongMethod(env, jb_r.bridge, jb_r.prepare, (jlong)conn_id, s);
    SQLRETURN rc = jb_check(env, d);
    jb_leave(env);
    *stmt_id = id;
    return rc;
}

SQLRETURN jb_describe(diag_list *d, int64_t stmt_id, jb_bytes *out)
{
    out->data = NULL;
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    jbyteArray a = (*env)->CallStaticObjectMethod(env, jb_r.bridge, jb_r.describe, (jlong)stmt_id);
    SQLRETURN rc = jb_check(env, d);
    if (rc == SQL_SUCCESS)
        rc = jb_bytes_get(env, d, a, out);
    jb_leave(env);
    return rc;
}

SQLRETURN jb_execute(diag_list *d, int64_t stmt_id, const unsigned char *params, size_t params_len,
                     SQLULEN timeout, int64_t *row_count)
{
    *row_count = 0;
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    jbyteArray p = params ? jb_bytes_new(env, (const char *)params, params_len) : NULL;
    jlong n = (*env)->CallStaticLongMethod(env, jb_r.bridge, jb_r.execute, (jlong)stmt_id, p,
                                           clamp_seconds(timeout));
    SQLRETURN rc = jb_check(env, d);
    jb_leave(env);
    *row_count = n;
    return rc;
}

SQLRETURN jb_catalog(diag_list *d, int64_t conn_id, int function, const char *const *args,
                     int nargs, int64_t *stmt_id)
{
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    SQLRETURN rc = SQL_SUCCESS;
    jobjectArray arr = (*env)->NewObjectArray(env, nargs, jb_r.byte_array, NULL);
    for (int i = 0; arr && i < nargs; i++) {
        if (args[i]) {
            jbyteArray b = jb_bytes_new(env, args[i], strlen(args[i]));
            (*env)->SetObjectArrayElement(env, arr, i, b);
        }
    }
    rc = jb_check(env, d);
    jlong id = 0;
    if (rc == SQL_SUCCESS) {
        id = (*env)->CallStaticLongMethod(env, jb_r.bridge, jb_r.catalog, (jlong)conn_id,
                                          (jint)function, arr);
        rc = jb_check(env, d);
    }
    jb_leave(env);
    *stmt_id = id;
    return rc;
}

SQLRETURN jb_describe_params_raw(diag_list *d, int64_t stmt_id, jb_bytes *out)
{
    out->data = NULL;
    out->len = 0;
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    jbyteArray a = (*env)->CallStaticObjectMethod(env, jb_r.bridge, jb_r.describe_params,
                                                  (jlong)stmt_id);
    SQLRETURN rc = jb_check(env, d);
    if (rc == SQL_SUCCESS)
        rc = jb_bytes_get(env, d, a, out);
    jb_leave(env);
    return rc;
}

SQLRETURN jb_get_info(diag_list *d, int64_t conn_id, int info_type, jb_bytes *out)
{
    out->data = NULL;
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    jbyteArray a = (*env)->CallStaticObjectMethod(env, jb_r.bridge, jb_r.get_info, (jlong)conn_id,
                                                  (jint)info_type);
    SQLRETURN rc = jb_check(env, d);
    if (rc == SQL_SUCCESS)
        rc = jb_bytes_get(env, d, a, out);
    jb_leave(env);
    return rc;
}

SQLRETURN jb_browse_connect(diag_list *d, const char *conn_str, const char *dsn_attrs, jb_bytes *missing)
{
    missing->data = NULL;
    missing->len = 0;
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    jbyteArray cs = jb_bytes_new(env, conn_str, strlen(conn_str));
    jbyteArray da = dsn_attrs ? jb_bytes_new(env, dsn_attrs, strlen(dsn_attrs)) : NULL;
    jbyteArray a = (*env)->CallStaticObjectMethod(env, jb_r.bridge, jb_r.browse_connect, cs, da);
    SQLRETURN rc = jb_check(env, d);
    if (rc == SQL_SUCCESS)
        rc = jb_bytes_get(env, d, a, missing);
    jb_leave(env);
    return rc;
}

SQLRETURN jb_native_sql(diag_list *d, int64_t conn_id, const char *sql, size_t len, jb_bytes *out)
{
    out->data = NULL;
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    jbyteArray s = jb_bytes_new(env, sql, len);
    jbyteArray a = (*env)->CallStaticObjectMethod(env, jb_r.bridge, jb_r.native_sql, (jlong)conn_id, s);
    SQLRETURN rc = jb_check(env, d);
    if (rc == SQL_SUCCESS)
        rc = jb_bytes_get(env, d, a, out);
    jb_leave(env);
    return rc;
}

/*
 * A stand-in jvm.dll for the wine harness (no Windows JDK here). It exports the two
 * functions the driver looks up, records what it was given in the environment of the
 * process (QUIRE_FAKE_JVM_OPTIONS: one option per line; QUIRE_FAKE_JVM_FILE: the path this
 * DLL was loaded from) and refuses to create a VM, so the driver must report that cleanly.
 */
#include <windows.h>

#define _JNI_IMPLEMENTATION_   /* jni.h: these are exported here, not imported */
#include <jni.h>
#include <stdlib.h>
#include <wchar.h>

static void record_file(void)
{
    HMODULE self = NULL;
    wchar_t path[1024];
    GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                           GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                       (LPCWSTR)(void *)record_file, &self);
    if (self && GetModuleFileNameW(self, path, 1024) < 1024)
        SetEnvironmentVariableW(L"QUIRE_FAKE_JVM_FILE", path);
}

JNIEXPORT jint JNICALL JNI_CreateJavaVM(JavaVM **vm, void **env, void *args)
{
    JavaVMInitArgs *a = args;
    size_t cap = 1;
    for (jint i = 0; i < a->nOptions; i++)
        cap += strlen(a->options[i].optionString) + 1;
    char *all = calloc(1, cap);
    wchar_t *wall = calloc(cap, sizeof *wall);
    if (all && wall) {
        for (jint i = 0; i < a->nOptions; i++) {
            strcat(all, a->options[i].optionString);
            strcat(all, "\n");
        }
        /* a JVM on Windows reads its options in the ANSI code page */
        MultiByteToWideChar(CP_ACP, 0, all, -1, wall, (int)cap);
        SetEnvironmentVariableW(L"QUIRE_FAKE_JVM_OPTIONS", wall);
    }
    free(all);
    free(wall);
    record_file();
    *vm = NULL;
    *env = NULL;
    return JNI_ERR;
}

JNIEXPORT jint JNICALL JNI_GetCreatedJavaVMs(JavaVM **vms, jsize n, jsize *count)
{
    (void)vms;
    (void)n;
    *count = 0;
    return JNI_OK;
}

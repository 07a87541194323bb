/* Files, environment, dynamic loading, the driver's own location and the registry's
 * default Java on Windows. Strings are UTF-8 outside, UTF-16 towards Windows (W APIs), so
 * non-ASCII paths and values survive whatever the ANSI code page is. */
#include "platform.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <odbcinst.h>

/* UTF-8 -> UTF-16 (malloc'ed), NULL on failure. */
static wchar_t *wide(const char *s)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, NULL, 0);
    wchar_t *w = n > 0 ? malloc((size_t)n * sizeof *w) : NULL;
    if (w && MultiByteToWideChar(CP_UTF8, 0, s, -1, w, n) != n) {
        free(w);
        w = NULL;
    }
    return w;
}

/* UTF-16 -> UTF-8 (malloc'ed), NULL on failure. */
static char *narrow(const wchar_t *w)
{
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
    char *s = n > 0 ? malloc((size_t)n) : NULL;
    if (s && WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL) != n) {
        free(s);
        s = NULL;
    }
    return s;
}

int plat_is_path_sep(char c) { return c == '\\' || c == '/'; }

int plat_path_kind(const char *path)
{
    wchar_t *w = path ? wide(path) : NULL;
    DWORD a = w ? GetFileAttributesW(w) : INVALID_FILE_ATTRIBUTES;
    free(w);
    if (a == INVALID_FILE_ATTRIBUTES)
        return PLAT_PATH_NONE;
    return (a & FILE_ATTRIBUTE_DIRECTORY) ? PLAT_PATH_DIR : PLAT_PATH_FILE;
}

int plat_file_stamp(const char *path, long long *size, long long *mtime_s)
{
    wchar_t *w = path ? wide(path) : NULL;
    WIN32_FILE_ATTRIBUTE_DATA a;
    BOOL ok = w && GetFileAttributesExW(w, GetFileExInfoStandard, &a);
    free(w);
    if (!ok || (a.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return -1;
    *size = (long long)(((unsigned long long)a.nFileSizeHigh << 32) | a.nFileSizeLow);
    /* FILETIME: 100 ns steps since 1601; Unix seconds since 1970 */
    unsigned long long t = ((unsigned long long)a.ftLastWriteTime.dwHighDateTime << 32)
                           | a.ftLastWriteTime.dwLowDateTime;
    *mtime_s = (long long)((t - 116444736000000000ULL) / 10000000ULL);
    return 0;
}

FILE *plat_fopen_read(const char *path)
{
    wchar_t *w = path ? wide(path) : NULL;
    FILE *f = w ? _wfopen(w, L"rb") : NULL;
    free(w);
    return f;
}

/* GetEnvironmentVariableW: the process environment itself (the C runtime's getenv keeps an
 * ANSI copy taken at start-up). */
char *plat_getenv(const char *name)
{
    wchar_t *wn = wide(name);
    if (!wn)
        return NULL;
    char *out = NULL;
    DWORD n = GetEnvironmentVariableW(wn, NULL, 0);
    wchar_t *v = n > 1 ? malloc(n * sizeof *v) : NULL;
    if (v && GetEnvironmentVariableW(wn, v, n) == n - 1)
        out = narrow(v);
    free(v);
    free(wn);
    return out;
}

static HMODULE this_module(DWORD extra_flags)
{
    HMODULE m = NULL;
    GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | extra_flags,
                       (LPCWSTR)(void *)this_module, &m);
    return m;
}

char *plat_module_dir(void)
{
    HMODULE m = this_module(GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT);
    if (!m)
        return NULL;
    /* paths may exceed MAX_PATH: grow until the name fits */
    for (DWORD cap = MAX_PATH; cap <= 32768; cap *= 2) {
        wchar_t *buf = malloc(cap * sizeof *buf);
        if (!buf)
            return NULL;
        DWORD n = GetModuleFileNameW(m, buf, cap);
        if (n == 0) {
            free(buf);
            return NULL;
        }
        if (n < cap) {
            wchar_t *slash = wcsrchr(buf, L'\\');
            if (slash)
                *slash = L'\0';
            char *dir = narrow(buf);
            free(buf);
            return dir;
        }
        free(buf);
    }
    return NULL;
}

void plat_pin_module(void) { this_module(GET_MODULE_HANDLE_EX_FLAG_PIN); }

/* The system's message for err, in UTF-8. */
static void system_message(DWORD err, char *out, size_t cap)
{
    wchar_t *w = NULL;
    DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                 FORMAT_MESSAGE_IGNORE_INSERTS,
                             NULL, err, 0, (LPWSTR)&w, 0, NULL);
    while (n > 0 && (w[n - 1] == L'\r' || w[n - 1] == L'\n' || w[n - 1] == L' '))
        w[--n] = L'\0';
    char *s = n > 0 ? narrow(w) : NULL;
    snprintf(out, cap, "%s (error %lu)", s ? s : "cannot be loaded", (unsigned long)err);
    free(s);
    if (w)
        LocalFree(w);
}

void *plat_dl_open(const char *path, char *err, size_t err_cap)
{
    wchar_t *w = wide(path);
    /* altered search path: the library's own directory is searched for its dependencies */
    HMODULE h = w ? LoadLibraryExW(w, NULL, LOAD_WITH_ALTERED_SEARCH_PATH) : NULL;
    DWORD e = GetLastError();
    free(w);
    if (!h && err && err_cap) {
        system_message(e, err, err_cap);
        if (e == ERROR_BAD_EXE_FORMAT) {
            size_t len = strlen(err);
            snprintf(err + len, err_cap - len, "; this driver is %d-bit and needs a %d-bit Java",
                     (int)sizeof(void *) * 8, (int)sizeof(void *) * 8);
        }
    }
    return h;
}

void plat_jvm_preload(const char *jvm_lib)
{
    /* jvm.dll needs the Microsoft C++ runtime the JDK ships in bin\; java.exe finds it
     * beside itself, a host application would not: load it first, as java.exe does */
    static const char *const deps[] = {"vcruntime140.dll", "vcruntime140_1.dll", "msvcp140.dll"};
    size_t n = strlen(jvm_lib);
    char *path = malloc(n + 64);
    if (!path)
        return;
    for (size_t i = 0; i < sizeof deps / sizeof deps[0]; i++) {
        snprintf(path, n + 64, "%s", jvm_lib);
        char *end = path + strlen(path);
        int seps = 0;   /* strip "server\jvm.dll": two components up is bin\ */
        while (end > path && seps < 2)
            if (plat_is_path_sep(*--end))
                seps++;
        if (seps < 2)
            break;
        snprintf(end + 1, n + 64 - (size_t)(end + 1 - path), "%s", deps[i]);
        if (plat_path_kind(path) == PLAT_PATH_FILE)
            plat_dl_open(path, NULL, 0);
    }
    free(path);
}

plat_fn plat_dl_sym(void *lib, const char *name)
{
    return (plat_fn)GetProcAddress((HMODULE)lib, name);
}

plat_fn plat_dl_sym_loaded(const char *win_module, const char *name)
{
    wchar_t *w = wide(win_module);
    HMODULE m = w ? GetModuleHandleW(w) : NULL;
    free(w);
    return m ? (plat_fn)GetProcAddress(m, name) : NULL;
}

/* w in the ANSI code page (malloc'ed, codepage.c); *lossy set when a character had no
 * equivalent (the text does not come back the same). */
static char *ansi(const wchar_t *w, int *lossy)
{
    char *u = narrow(w);
    if (!u)
        return NULL;
    size_t len = strlen(u), n = plat_utf8_to_ansi(u, len, NULL, SIZE_MAX, NULL);
    char *s = malloc(n + 1);
    if (s) {
        plat_utf8_to_ansi(u, len, s, n, NULL);
        s[n] = '\0';
        char *back = plat_ansi_to_utf8(s, n, NULL);
        *lossy = !back || strcmp(back, u) != 0;
        free(back);
    }
    free(u);
    return s;
}

char *plat_jvm_option(const char *utf8, int path_list)
{
    wchar_t *w = wide(utf8);
    if (!w)
        return NULL;
    int lossy = 0;
    char *out = ansi(w, &lossy);
    if (!out || !lossy || !path_list) {
        free(w);
        return out;
    }
    /* element by element: an existing file or directory has a short name in ASCII */
    free(out);
    size_t cap = strlen(utf8) * 3 + 16, used = 0;
    out = calloc(1, cap);
    for (wchar_t *el = w, *next; out && el; el = next) {
        next = wcschr(el, L';');
        if (next)
            *next++ = L'\0';
        wchar_t shrt[MAX_PATH];
        DWORD n = GetShortPathNameW(el, shrt, MAX_PATH);
        char *a = ansi(n > 0 && n < MAX_PATH ? shrt : el, &lossy);
        size_t alen = a ? strlen(a) : 0;
        if (a && used + alen + 2 < cap) {
            memcpy(out + used, a, alen);
            used += alen;
            if (next)
                out[used++] = ';';
            out[used] = '\0';
        }
        free(a);
    }
    free(w);
    return out;
}

int plat_ini_get(const char *section, const char *key, const char *file, char *buf, int n)
{
    if (n <= 1)
        return n == 1 ? (buf[0] = '\0', 0) : 0;
    buf[0] = buf[1] = '\0';
    wchar_t *ws = wide(section), *wk = key ? wide(key) : NULL, *wf = wide(file);
    wchar_t *wbuf = malloc((size_t)n * sizeof *wbuf);
    int got = 0;
    if (ws && wf && (wk || !key) && wbuf) {
        int units = SQLGetPrivateProfileStringW(ws, wk, L"", wbuf, n, wf);
        /* explicit length: a key list holds NULs; UTF-8 needs at least as many bytes */
        int bytes = units > 0 ? WideCharToMultiByte(CP_UTF8, 0, wbuf, units, buf, n - 2,
                                                    NULL, NULL) : 0;
        if (bytes > 0) {
            buf[bytes] = buf[bytes + 1] = '\0';
            got = bytes;
        }
    }
    free(ws);
    free(wk);
    free(wf);
    free(wbuf);
    return got;
}

/* A REG_SZ value under HKLM (the process's own registry view: a 32-bit driver finds
 * 32-bit Javas), UTF-8 and malloc'ed. */
static char *reg_string(const wchar_t *subkey, const wchar_t *value)
{
    DWORD size = 0;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, subkey, value, RRF_RT_REG_SZ, NULL, NULL, &size) !=
            ERROR_SUCCESS || size == 0)
        return NULL;
    wchar_t *w = malloc(size);
    char *s = NULL;
    if (w && RegGetValueW(HKEY_LOCAL_MACHINE, subkey, value, RRF_RT_REG_SZ, NULL, w, &size) ==
                 ERROR_SUCCESS)
        s = narrow(w);
    free(w);
    return s;
}

/* HKLM\SOFTWARE\JavaSoft\<kind>: CurrentVersion names the subkey whose JavaHome counts. */
static char *javasoft_home(const wchar_t *kind)
{
    wchar_t key[256];
    _snwprintf(key, 256, L"SOFTWARE\\JavaSoft\\%ls", kind);
    key[255] = L'\0';
    char *ver = reg_string(key, L"CurrentVersion");
    wchar_t *wver = ver ? wide(ver) : NULL;
    char *home = NULL;
    if (wver && wcslen(wver) < 64) {
        _snwprintf(key, 256, L"SOFTWARE\\JavaSoft\\%ls\\%ls", kind, wver);
        key[255] = L'\0';
        home = reg_string(key, L"JavaHome");
    }
    free(ver);
    free(wver);
    return home;
}

void plat_default_java_homes(plat_java_homes *out)
{
    memset(out, 0, sizeof *out);
    char *jdk = javasoft_home(L"JDK"), *jre = javasoft_home(L"JRE");
    if (jdk) {
        out->home[out->count] = jdk;
        out->origin[out->count++] = "system default: registry HKLM\\SOFTWARE\\JavaSoft\\JDK";
    }
    if (jre) {
        out->home[out->count] = jre;
        out->origin[out->count++] = "system default: registry HKLM\\SOFTWARE\\JavaSoft\\JRE";
    }
}

void plat_java_homes_free(plat_java_homes *h)
{
    for (int i = 0; i < h->count; i++)
        free(h->home[i]);
    h->count = 0;
}

/* Threads and locks on Windows: critical sections (recursive by nature), condition
 * variables, one-time initialization and fiber-local storage (whose callback gives
 * per-thread destructors, as pthread keys do). Needs Windows Vista or later. */
#include "platform.h"

#include <process.h>
#include <stdlib.h>

void plat_mutex_init(plat_mutex *m) { InitializeCriticalSection(m); }
void plat_mutex_destroy(plat_mutex *m) { DeleteCriticalSection(m); }
void plat_mutex_lock(plat_mutex *m) { EnterCriticalSection(m); }
int plat_mutex_trylock(plat_mutex *m) { return TryEnterCriticalSection(m) != 0; }
void plat_mutex_unlock(plat_mutex *m) { LeaveCriticalSection(m); }

typedef struct once_call {
    void (*fn)(void);
} once_call;

static BOOL CALLBACK once_trampoline(PINIT_ONCE once, PVOID param, PVOID *ctx)
{
    (void)once;
    (void)ctx;
    ((once_call *)param)->fn();
    return TRUE;
}

void plat_once(plat_once_t *once, void (*fn)(void))
{
    once_call c = {fn};
    InitOnceExecuteOnce(once, once_trampoline, &c, NULL);
}

/* Set when the process is ending: threads other than the exiting one are already gone,
 * possibly holding locks a destructor would need (detaching from the JVM, say), so
 * per-thread destructors are skipped then. */
static volatile LONG process_exiting;

BOOL WINAPI DllMain(HINSTANCE module, DWORD reason, LPVOID reserved)
{
    (void)module;
    if (reason == DLL_PROCESS_DETACH && reserved)
        InterlockedExchange(&process_exiting, 1);
    return TRUE;
}

/* FLS callbacks take PVOID and are WINAPI; keep the caller's destructor beside the key.
 * The driver creates one or two keys: a small table is enough. */
#define MAX_KEYS 8
static void (*key_dtor[MAX_KEYS])(void *);
static LONG key_count;

#define DTOR_THUNK(i) \
    static VOID WINAPI dtor_thunk_##i(PVOID v) \
    { \
        if (v && key_dtor[i] && !process_exiting) \
            key_dtor[i](v); \
    }
DTOR_THUNK(0) DTOR_THUNK(1) DTOR_THUNK(2) DTOR_THUNK(3)
DTOR_THUNK(4) DTOR_THUNK(5) DTOR_THUNK(6) DTOR_THUNK(7)
static PFLS_CALLBACK_FUNCTION const thunks[MAX_KEYS] = {
    dtor_thunk_0, dtor_thunk_1, dtor_thunk_2, dtor_thunk_3,
    dtor_thunk_4, dtor_thunk_5, dtor_thunk_6, dtor_thunk_7};

int plat_tls_create(plat_tls_key *key, void (*dtor)(void *))
{
    LONG i = InterlockedIncrement(&key_count) - 1;
    if (i >= MAX_KEYS)
        return -1;
    key_dtor[i] = dtor;
    DWORD idx = FlsAlloc(dtor ? thunks[i] : NULL);
    if (idx == FLS_OUT_OF_INDEXES)
        return -1;
    *key = idx;
    return 0;
}

void *plat_tls_get(plat_tls_key key) { return FlsGetValue(key); }
void plat_tls_set(plat_tls_key key, void *value) { FlsSetValue(key, value); }

typedef struct thread_start {
    void (*fn)(void *);
    void *arg;
} thread_start;

static unsigned __stdcall thread_main(void *p)
{
    thread_start s = *(thread_start *)p;
    free(p);
    s.fn(s.arg);
    return 0;
}

int plat_thread_start(plat_thread *t, void (*fn)(void *), void *arg)
{
    thread_start *s = malloc(sizeof *s);
    if (!s)
        return -1;
    s->fn = fn;
    s->arg = arg;
    /* _beginthreadex, not CreateThread: the C runtime sets up its per-thread state */
    uintptr_t h = _beginthreadex(NULL, 0, thread_main, s, 0, NULL);
    if (!h) {
        free(s);
        return -1;
    }
    *t = (HANDLE)h;
    return 0;
}

void plat_thread_join(plat_thread t)
{
    WaitForSingleObject(t, INFINITE);
    CloseHandle(t);
}

void plat_cond_init(plat_cond *c) { InitializeConditionVariable(c); }
void plat_cond_destroy(plat_cond *c) { (void)c; /* nothing to release */ }
void plat_cond_wait(plat_cond *c, plat_mutex *m) { SleepConditionVariableCS(c, m, INFINITE); }
void plat_cond_signal(plat_cond *c) { WakeConditionVariable(c); }
void plat_cond_broadcast(plat_cond *c) { WakeAllConditionVariable(c); }

int plat_cond_timedwait(plat_cond *c, plat_mutex *m, unsigned long ms)
{
    DWORD wait = ms >= INFINITE ? INFINITE - 1 : (DWORD)ms;
    if (SleepConditionVariableCS(c, m, wait))
        return 0;
    return GetLastError() == ERROR_TIMEOUT;
}

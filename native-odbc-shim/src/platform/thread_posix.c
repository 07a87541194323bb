/* Threads and locks on POSIX: pthreads. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* dladdr, RTLD_DEFAULT, PTHREAD_MUTEX_RECURSIVE */
#endif
#include "platform.h"

#include <errno.h>
#include <stdlib.h>
#include <time.h>

void plat_mutex_init(plat_mutex *m)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(m, &a);
    pthread_mutexattr_destroy(&a);
}

void plat_mutex_destroy(plat_mutex *m) { pthread_mutex_destroy(m); }
void plat_mutex_lock(plat_mutex *m) { pthread_mutex_lock(m); }
int plat_mutex_trylock(plat_mutex *m) { return pthread_mutex_trylock(m) == 0; }
void plat_mutex_unlock(plat_mutex *m) { pthread_mutex_unlock(m); }

void plat_once(plat_once_t *once, void (*fn)(void)) { pthread_once(once, fn); }

int plat_tls_create(plat_tls_key *key, void (*dtor)(void *))
{
    return pthread_key_create(key, dtor) == 0 ? 0 : -1;
}

void *plat_tls_get(plat_tls_key key) { return pthread_getspecific(key); }
void plat_tls_set(plat_tls_key key, void *value) { pthread_setspecific(key, value); }

typedef struct thread_start {
    void (*fn)(void *);
    void *arg;
} thread_start;

static void *thread_main(void *p)
{
    thread_start s = *(thread_start *)p;
    free(p);
    s.fn(s.arg);
    return NULL;
}

int plat_thread_start(plat_thread *t, void (*fn)(void *), void *arg)
{
    thread_start *s = malloc(sizeof *s);
    if (!s)
        return -1;
    s->fn = fn;
    s->arg = arg;
    if (pthread_create(t, NULL, thread_main, s) != 0) {
        free(s);
        return -1;
    }
    return 0;
}

void plat_thread_join(plat_thread t) { pthread_join(t, NULL); }

void plat_cond_init(plat_cond *c)
{
    /* timed waits measure on the monotonic clock: a clock change must not cut them short */
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(c, &a);
    pthread_condattr_destroy(&a);
}

void plat_cond_destroy(plat_cond *c) { pthread_cond_destroy(c); }
void plat_cond_wait(plat_cond *c, plat_mutex *m) { pthread_cond_wait(c, m); }
void plat_cond_signal(plat_cond *c) { pthread_cond_signal(c); }
void plat_cond_broadcast(plat_cond *c) { pthread_cond_broadcast(c); }

int plat_cond_timedwait(plat_cond *c, plat_mutex *m, unsigned long ms)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += (time_t)(ms / 1000);
    ts.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return pthread_cond_timedwait(c, m, &ts) == ETIMEDOUT;
}

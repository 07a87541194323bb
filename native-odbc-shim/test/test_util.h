/* Minimal test harness: each failing check prints its location and message. */
#ifndef QUIRE_TEST_UTIL_H
#define QUIRE_TEST_UTIL_H

#include <stdio.h>
#include <string.h>

static int t_failures = 0;
static int t_checks = 0;

#define CHECK(cond, ...)                                                     \
    do {                                                                     \
        t_checks++;                                                          \
        if (!(cond)) {                                                       \
            t_failures++;                                                    \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);             \
            fprintf(stderr, __VA_ARGS__);                                    \
            fputc('\n', stderr);                                             \
        }                                                                    \
    } while (0)

#define TEST_DONE(name)                                                      \
    do {                                                                     \
        printf("%s: %d checks, %d failures\n", name, t_checks, t_failures);  \
        return t_failures ? 1 : 0;                                           \
    } while (0)

#endif

/*
 * The bootstrap connection-string tokenizer. The shim only needs a few keys before Java
 * runs (DSN, FILEDSN, DRIVER, JvmPath); the full parse is the engine's job.
 * Grammar: `Key=Value;` pairs; a value may be `{...}` (`}}` is a literal `}`) or quoted
 * with ' or " (a doubled quote is a literal quote); unquoted values are trimmed.
 */
#ifndef QUIRE_CONNSTR_H
#define QUIRE_CONNSTR_H

#include <stddef.h>

/* Called for each pair with the decoded value; return nonzero to stop. */
typedef int (*connstr_fn)(const char *key, size_t klen, const char *val, size_t vlen, void *ctx);

/* Walks the pairs of s (len bytes). Returns 0, or -1 when out of memory. */
int connstr_each(const char *s, size_t len, connstr_fn fn, void *ctx);

/* Malloc'ed value of the first occurrence of key (case-insensitive), NULL when absent. */
char *connstr_get(const char *s, size_t len, const char *key);

#endif

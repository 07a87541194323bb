/* Shared helpers of the replay programs: each program replays, through the real driver
 * manager (-lodbc), the ODBC calls one tool makes, and prints a normalized transcript
 * (function, return code, the outputs that are stable for the fake site's fixed seed) that
 * tests/e2e/test_replays.py compares with <program>.expected. Nothing timing- or
 * address-dependent is printed; values that are the driver's own choice are printed as
 * checks ("ok" or "BAD: why") instead of verbatim. */
#ifndef QUIRE_REPLAY_H
#define QUIRE_REPLAY_H

#include <sql.h>
#include <sqlext.h>
#include <sqlucode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline const char *rc_name(SQLRETURN rc) {
    switch (rc) {
    case SQL_SUCCESS: return "SQL_SUCCESS";
    case SQL_SUCCESS_WITH_INFO: return "SQL_SUCCESS_WITH_INFO";
    case SQL_NO_DATA: return "SQL_NO_DATA";
    case SQL_ERROR: return "SQL_ERROR";
    case SQL_INVALID_HANDLE: return "SQL_INVALID_HANDLE";
    case SQL_NEED_DATA: return "SQL_NEED_DATA";
    case SQL_STILL_EXECUTING: return "SQL_STILL_EXECUTING";
    default: return "SQL_?";
    }
}

/* Success, with or without info (a function: its argument is often a call that prints). */
static inline int OK(SQLRETURN rc) { return rc == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO; }

/* UTF-8 <-> SQLWCHAR (UTF-16 on unixODBC). */
static inline SQLWCHAR *W(const char *s) {
    static SQLWCHAR bufs[8][2048];
    static int next;
    SQLWCHAR *out = bufs[next++ % 8];
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && n < 2040) {
        unsigned cp;
        if (*p < 0x80) cp = *p++;
        else if ((*p & 0xE0) == 0xC0) { cp = (p[0] & 0x1F) << 6 | (p[1] & 0x3F); p += 2; }
        else if ((*p & 0xF0) == 0xE0) { cp = (p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F); p += 3; }
        else { cp = (p[0] & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F); p += 4; }
        if (cp >= 0x10000) { cp -= 0x10000; out[n++] = 0xD800 + (cp >> 10); out[n++] = 0xDC00 + (cp & 0x3FF); }
        else out[n++] = (SQLWCHAR)cp;
    }
    out[n] = 0;
    return out;
}

/* A UTF-16 buffer of n units to UTF-8 in out (size cap). */
static inline char *U8n(const SQLWCHAR *w, size_t n, char *out, size_t cap) {
    size_t o = 0;
    for (size_t i = 0; i < n && o + 5 < cap; i++) {
        unsigned cp = w[i];
        if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < n) { cp = 0x10000 + ((cp - 0xD800) << 10) + (w[i + 1] - 0xDC00); i++; }
        if (cp < 0x80) out[o++] = (char)cp;
        else if (cp < 0x800) { out[o++] = 0xC0 | cp >> 6; out[o++] = 0x80 | (cp & 0x3F); }
        else if (cp < 0x10000) { out[o++] = 0xE0 | cp >> 12; out[o++] = 0x80 | (cp >> 6 & 0x3F); out[o++] = 0x80 | (cp & 0x3F); }
        else { out[o++] = 0xF0 | cp >> 18; out[o++] = 0x80 | (cp >> 12 & 0x3F); out[o++] = 0x80 | (cp >> 6 & 0x3F); out[o++] = 0x80 | (cp & 0x3F); }
    }
    out[o] = 0;
    return out;
}

static inline size_t wlen(const SQLWCHAR *w) { size_t n = 0; while (w[n]) n++; return n; }

/* First diagnostic record's SQLSTATE of a handle ("-----" when there is none). */
static inline const char *state_of(SQLSMALLINT type, SQLHANDLE h) {
    static char st[6];
    SQLCHAR state[6] = "-----", msg[1024];
    SQLINTEGER native;
    SQLSMALLINT len;
    if (!OK(SQLGetDiagRec(type, h, 1, state, &native, msg, sizeof msg, &len))) return "-----";
    memcpy(st, state, 6);
    return st;
}

static inline void diag_to_stderr(SQLSMALLINT type, SQLHANDLE h) {
    SQLCHAR state[6], msg[1024];
    SQLINTEGER native;
    SQLSMALLINT len;
    for (SQLSMALLINT i = 1; OK(SQLGetDiagRec(type, h, i, state, &native, msg, sizeof msg, &len)); i++)
        fprintf(stderr, "  diag %d: [%s] %s\n", i, state, msg);
}

/* Prints "FUNC -> RC" plus the SQLSTATE on failure (and the message on stderr). */
static inline SQLRETURN say(const char *what, SQLRETURN rc, SQLSMALLINT type, SQLHANDLE h) {
    if (rc == SQL_ERROR || rc == SQL_SUCCESS_WITH_INFO) {
        printf("%s -> %s [%s]\n", what, rc_name(rc), state_of(type, h));
        diag_to_stderr(type, h);
    } else {
        printf("%s -> %s\n", what, rc_name(rc));
    }
    fflush(stdout);
    return rc;
}

/* Reads column col of the current row with SQLGetData(SQL_C_WCHAR) in pieces (the way Power
 * Query reads every value), as UTF-8 into out; returns 0 for NULL, 1 for a value, -1 on error. */
static inline int get_text(SQLHSTMT st, SQLUSMALLINT col, char *out, size_t cap) {
    SQLWCHAR piece[257];
    size_t o = 0;
    out[0] = 0;
    for (;;) {
        SQLLEN ind = 0;
        SQLRETURN rc = SQLGetData(st, col, SQL_C_WCHAR, piece, sizeof piece, &ind);
        if (rc == SQL_NO_DATA) return 1;
        if (!OK(rc)) { diag_to_stderr(SQL_HANDLE_STMT, st); return -1; }
        if (ind == SQL_NULL_DATA) return 0;
        size_t units = (ind == SQL_NO_TOTAL || ind >= (SQLLEN)sizeof piece) ? 256 : (size_t)ind / sizeof(SQLWCHAR);
        char tmp[1100];
        U8n(piece, units, tmp, sizeof tmp);
        size_t t = strlen(tmp);
        if (o + t + 1 < cap) { memcpy(out + o, tmp, t + 1); o += t; }
        if (rc == SQL_SUCCESS) return 1;
    }
}

/* SQLGetData(SQL_C_SLONG) of a numeric catalog column; returns SQL_NULL_DATA as -99999. */
static inline long get_long(SQLHSTMT st, SQLUSMALLINT col) {
    SQLINTEGER v = 0;
    SQLLEN ind = 0;
    SQLRETURN rc = SQLGetData(st, col, SQL_C_SLONG, &v, 0, &ind);
    if (!OK(rc)) { diag_to_stderr(SQL_HANDLE_STMT, st); return -88888; }
    return ind == SQL_NULL_DATA ? -99999 : (long)v;
}

/* Text-ish SQL types (the driver may use the ANSI or the Unicode codes). */
static inline const char *type_class(long t) {
    switch (t) {
    case SQL_CHAR: case SQL_VARCHAR: case SQL_WCHAR: case SQL_WVARCHAR: return "text";
    case SQL_LONGVARCHAR: case SQL_WLONGVARCHAR: return "long-text";
    case SQL_INTEGER: return "integer";
    case SQL_BIGINT: return "bigint";
    case SQL_BIT: return "bit";
    case SQL_TYPE_TIMESTAMP: return "timestamp";
    case SQL_TYPE_DATE: return "date";
    case SQL_TYPE_TIME: return "time";
    case SQL_DOUBLE: return "double";
    default: return "other";
    }
}

#endif

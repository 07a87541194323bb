/*
 * UTF-8 <-> UTF-16 (SQLWCHAR, 2 bytes on unixODBC and Windows) conversions used by every W
 * entry point and by SQL_C_WCHAR conversion. Invalid input becomes U+FFFD, never a crash.
 */
#ifndef QUIRE_UTF_H
#define QUIRE_UTF_H

#include <stddef.h>
#ifdef _WIN32
#include <windows.h>   /* the Windows ODBC headers need its types */
#endif
#include <sql.h>
#include <sqlucode.h>

/* Decodes the UTF-8 character at s[0..len) (len > 0): its code point, U+FFFD for an
 * ill-formed sequence; *adv receives the bytes it takes (>= 1, one maximal subpart). */
unsigned long utf8_next(const char *s, size_t len, size_t *adv);

/* Length in code units of a NUL-terminated SQLWCHAR string. */
size_t utf16_strlen(const SQLWCHAR *s);

/* Converts len bytes of UTF-8 to UTF-16. Writes at most cap code units to out (out may be
 * NULL when cap is 0) and never splits a surrogate pair; does not NUL-terminate. Returns the
 * number of code units the whole input needs. */
size_t utf8_to_utf16(const char *s, size_t len, SQLWCHAR *out, size_t cap);

/* Converts len code units of UTF-16 to UTF-8. Writes at most cap bytes and never splits a
 * character; does not NUL-terminate. Returns the number of bytes the whole input needs. */
size_t utf16_to_utf8(const SQLWCHAR *s, size_t len, char *out, size_t cap);

/* Allocates a NUL-terminated UTF-8 copy of an ODBC W string argument. len is the ODBC length
 * argument in characters (SQL_NTS allowed). Returns NULL for a NULL input or on allocation
 * failure (callers tell the two apart with s). The caller frees it. */
char *utf16_to_utf8_dup(const SQLWCHAR *s, SQLINTEGER len);

/* Number of UTF-8 bytes that form the first `units` UTF-16 code units of the UTF-8 text s
 * (used to resume piecewise SQLGetData in the middle of a value). */
size_t utf8_prefix_bytes_for_units(const char *s, size_t len, size_t units);

/* Allocates a NUL-terminated UTF-8 copy of a string attribute or descriptor field value in
 * the caller's encoding: len is in bytes (SQL_NTS allowed), as SQLSet*Attr and
 * SQLSetDescField take it; wide says the value is SQLWCHAR, else it is in the ANSI code page
 * (plat_ansi_to_utf8). NULL for a NULL value or when memory runs out. */
char *attr_to_utf8_dup(SQLPOINTER value, SQLINTEGER len, int wide);

#endif

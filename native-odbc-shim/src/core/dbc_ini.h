/* Reading DSN sections of odbc.ini through odbcinst (works for user and system DSNs). */
#ifndef QUIRE_DBC_INI_H
#define QUIRE_DBC_INI_H

/* The whole [dsn] section as "Key=Value\n" lines (malloc'ed); NULL when the DSN has no
 * section or on allocation failure. */
char *ini_dsn_attrs(const char *dsn);

#endif

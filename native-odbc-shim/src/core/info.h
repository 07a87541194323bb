/* The SQLGetInfo table (info_table.c). */
#ifndef QUIRE_INFO_H
#define QUIRE_INFO_H

#include "quire_odbc.h"

enum info_kind {
    INFO_STR,       /* fixed string */
    INFO_U16,       /* SQLUSMALLINT */
    INFO_U32,       /* SQLUINTEGER value or bitmask */
    INFO_DSN,       /* the connection's data source name */
    INFO_ENGINE     /* asked of the engine (Bridge.getInfo); fallback in str */
};

typedef struct info_entry {
    SQLUSMALLINT type;
    int kind;
    const char *str;
    SQLUINTEGER num;
} info_entry;

const info_entry *info_find(SQLUSMALLINT type);

#endif

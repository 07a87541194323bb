/* SQLGetFunctions, answered from the one list of exported functions (api/api_list.h). */
#include "driver.h"

#include <string.h>

#include "../api/api_list.h"

#define AS_ID(name, id, w) id,
static const SQLUSMALLINT exported[] = {QUIRE_API_LIST(AS_ID)};
#define N_EXPORTED (sizeof exported / sizeof exported[0])

/* Exported only to answer HYC00 instead of the driver manager's IM001: every operation of
 * SQLBulkOperations changes data, and the source is read-only. */
static int reported(SQLUSMALLINT id)
{
    return id != SQL_API_SQLBULKOPERATIONS;
}

SQLRETURN dbc_get_functions(dbc *c, SQLUSMALLINT id, SQLUSMALLINT *supported)
{
    if (!supported)
        return diag_post(&c->h.diag, "HY009", NULL);
    if (id == SQL_API_ODBC3_ALL_FUNCTIONS) {
        memset(supported, 0, SQL_API_ODBC3_ALL_FUNCTIONS_SIZE * sizeof(SQLUSMALLINT));
        for (size_t i = 0; i < N_EXPORTED; i++)
            if (reported(exported[i]))
                supported[exported[i] >> 4] |= (SQLUSMALLINT)(1 << (exported[i] & 0xF));
        return SQL_SUCCESS;
    }
    if (id == SQL_API_ALL_FUNCTIONS) {
        /* the ODBC 2 form: 100 flags, only for functions numbered below 100 */
        memset(supported, 0, 100 * sizeof(SQLUSMALLINT));
        for (size_t i = 0; i < N_EXPORTED; i++)
            if (exported[i] < 100 && reported(exported[i]))
                supported[exported[i]] = SQL_TRUE;
        return SQL_SUCCESS;
    }
    *supported = SQL_FALSE;
    for (size_t i = 0; i < N_EXPORTED; i++)
        if (exported[i] == id && reported(id))
            *supported = SQL_TRUE;
    return SQL_SUCCESS;
}

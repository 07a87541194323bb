/* Result-set metadata as describe() returns it (docs/bridge.md, "describe format"). */
#ifndef QUIRE_DESCRIBE_H
#define QUIRE_DESCRIBE_H

#include <stdint.h>

#include "bridge.h"

typedef struct jb_colmeta {
    int32_t sql_type;
    int32_t wire_kind;
    int64_t column_size;
    int32_t decimal_digits;
    int32_t nullable;
    char *name, *label, *table_name, *schema_name, *catalog_name, *type_name;
} jb_colmeta;

/* Calls describe(stmt_id) and decodes it; *cols is malloc'ed (free with jb_colmeta_free). */
SQLRETURN jb_describe_columns(diag_list *d, int64_t stmt_id, jb_colmeta **cols, int *ncols);
void jb_colmeta_free(jb_colmeta *cols, int ncols);

/* One '?' of a prepared statement as describeParams() infers it. */
typedef struct jb_parammeta {
    int32_t sql_type;
    int64_t column_size;
    int32_t decimal_digits;
    int32_t nullable;
} jb_parammeta;

/* Calls describeParams(stmt_id); *params is malloc'ed (NULL when there are none). */
SQLRETURN jb_describe_params(diag_list *d, int64_t stmt_id, jb_parammeta **params, int *nparams);

#endif

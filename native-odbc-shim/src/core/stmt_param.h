/* Shared by stmt_param.c (bindings, parameter blocks) and stmt_dae.c (execution and
 * data-at-execution). */
#ifndef QUIRE_STMT_PARAM_H
#define QUIRE_STMT_PARAM_H

#include "handles.h"
#include "../convert/param_encode.h"

/* One parameter of one parameter set, located in the application's buffers. */
typedef struct param_ref {
    SQLSMALLINT c_type;       /* resolved (never SQL_C_DEFAULT) */
    SQLSMALLINT sql_type;
    char *data;
    SQLLEN *ind, *octlen;
    SQLLEN buflen;
    int dae;                  /* SQL_DATA_AT_EXEC or SQL_LEN_DATA_AT_EXEC(n) */
} param_ref;

/* A data-at-execution value collected by SQLPutData. */
typedef struct dae_value {
    char *p;
    size_t len, cap;
    int put;                  /* SQLPutData was called for it */
    int is_null;
} dae_value;

struct dae_state {
    SQLULEN rows;             /* parameter sets to run */
    int nparams;
    long cur;                 /* row * nparams + (param - 1) being sent; -1 before the first */
    dae_value *v;             /* rows * nparams */
    int direct;               /* started by SQLExecDirect */
};

/* 0 and r filled, or -1 when parameter i is not bound. */
int stmt_param_locate(stmt *s, int i, SQLULEN row, param_ref *r);
/* Appends one value (or NULL) of parameter i to b, posting conversion errors. */
SQLRETURN stmt_param_put(stmt *s, pe_buf *b, int i, const param_ref *r, const void *data,
                         SQLLEN len, int is_null, SQLULEN row);
/* The execute() block of parameter set row; dae holds that row's collected values. */
SQLRETURN stmt_param_block(stmt *s, SQLULEN row, const dae_value *dae, pe_buf *b);
/* describeParams() once per prepared statement. */
SQLRETURN stmt_load_param_meta(stmt *s);

#endif

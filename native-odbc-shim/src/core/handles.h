/*
 * The four ODBC handle kinds. Each starts with a handle_hdr carrying a magic tag (so one
 * helper can reject NULL, foreign and freed handles) and its diagnostic records.
 * Locking: one recursive mutex per connection; statements and descriptors lock their
 * connection, so every call on one connection is serialized while different connections
 * run in parallel. SQLCancel is the one call that takes no lock. A statement running a
 * function asynchronously (stmt_async.c) is answered without the connection lock too: polls,
 * HY010 for other functions and its diagnostics go through its small async_lock.
 */
#ifndef QUIRE_HANDLES_H
#define QUIRE_HANDLES_H

#include <stdatomic.h>
#include <stdint.h>

#include "quire_odbc.h"
#include "diag.h"
#include "../platform/platform.h"
#include "../jni/batch.h"
#include "../convert/convert.h"

enum {
    MAGIC_ENV = 0x51454e56,   /* "QENV" */
    MAGIC_DBC = 0x51444243,   /* "QDBC" */
    MAGIC_STMT = 0x51535454,  /* "QSTT" */
    MAGIC_DESC = 0x51445343,  /* "QDSC" */
    MAGIC_FREED = 0x44454144  /* "DEAD": set before free so a stale handle is refused */
};

typedef struct handle_hdr {
    uint32_t magic;
    SQLSMALLINT type;         /* SQL_HANDLE_ENV, ... */
    diag_list diag;
} handle_hdr;

typedef struct env {
    handle_hdr h;
    plat_mutex lock;
    SQLINTEGER odbc_version;  /* SQL_OV_ODBC2 makes diagnostics report ODBC 2 states */
    SQLINTEGER output_nts;
    SQLUINTEGER cp_match;
    int dbc_count;
} env;

struct stmt;
struct desc;

typedef struct dbc {
    handle_hdr h;
    env *env;
    plat_mutex lock;          /* recursive */
    int64_t conn_id;          /* Java connection, 0 when not connected */
    char *dsn;                /* DSN used to connect ("" for DSN-less) */
    struct stmt *stmts;       /* list of statements, freed on disconnect */
    /* statements with a call in flight (stmt_async.c), linked by async_next and guarded by
     * async_lock alone, so SQLDisconnect can cancel them before waiting for the lock */
    struct stmt *async_stmts;
    plat_mutex async_lock;
    struct desc *descs;       /* explicitly allocated descriptors, freed on disconnect */
    int dead;                 /* a communication failure was reported */
    char *browse;             /* SQLBrowseConnect: the keys gathered so far, NULL when not browsing */
    /* attributes */
    SQLUINTEGER autocommit;
    SQLUINTEGER login_timeout;
    SQLUINTEGER connection_timeout;
    SQLUINTEGER packet_size;
    SQLUINTEGER metadata_id;
    SQLUINTEGER ansi_app;
    SQLUINTEGER async_enable; /* SQL_ATTR_ASYNC_ENABLE: the default of statements allocated later */
    SQLPOINTER quiet_mode;
} dbc;

/* One descriptor record (column or parameter). Field names follow SQL_DESC_*. */
typedef struct desc_rec {
    SQLSMALLINT type;
    SQLSMALLINT concise_type;
    SQLSMALLINT datetime_code;
    SQLLEN octet_length;
    SQLPOINTER data_ptr;
    SQLLEN *indicator_ptr;
    SQLLEN *octet_length_ptr;
    SQLULEN length;
    SQLSMALLINT precision;
    SQLSMALLINT scale;
    SQLSMALLINT nullable;
    SQLSMALLINT unnamed;
    SQLSMALLINT param_type;   /* IPD: SQL_PARAM_INPUT, ... */
    SQLINTEGER num_prec_radix;
    SQLINTEGER dt_precision;  /* SQL_DESC_DATETIME_INTERVAL_PRECISION */
    /* implementation row descriptor only: what describe() said */
    int wire_kind;
    SQLLEN column_size;
    SQLSMALLINT decimal_digits;
    char *name;
    char *label;
    char *table_name;
    char *schema_name;
    char *catalog_name;
    char *type_name;
} desc_rec;

enum desc_kind { DESC_ARD, DESC_APD, DESC_IRD, DESC_IPD };

typedef struct desc {
    handle_hdr h;
    dbc *dbc;
    struct desc *next;        /* in dbc->descs (explicit descriptors only) */
    struct stmt *owner;       /* the statement of an implicit descriptor */
    int kind;                 /* enum desc_kind */
    SQLSMALLINT alloc_type;   /* SQL_DESC_ALLOC_AUTO for the implicit ones */
    /* header fields */
    SQLULEN array_size;
    SQLUSMALLINT *array_status_ptr;
    SQLLEN *bind_offset_ptr;
    SQLULEN bind_type;
    SQLULEN *rows_processed_ptr;
    SQLSMALLINT count;
    desc_rec *recs;           /* recs[0] is the bookmark record, recs[1..count] columns */
    int cap;                  /* allocated records, including record 0 */
} desc;

/* Statement life cycle (see stmt.c). */
enum stmt_state {
    STMT_ALLOCATED,           /* nothing to execute */
    STMT_PREPARED,            /* SQLPrepare done, not executed */
    STMT_EXECUTED,            /* executed, no result set (row count only) */
    STMT_CURSOR,              /* a result set is open */
    STMT_NEED_DATA            /* data-at-execution parameters are being sent (stmt_dae.c) */
};

struct jb_parammeta;
struct dae_state;
struct stmt_async;

/* Where each row of the current rowset lives, so SQLSetPos can go back to it. */
typedef struct rowset_row {
    int batch;                /* index in stmt.held, -1 = the current batch */
    int row;
} rowset_row;

typedef struct stmt {
    handle_hdr h;
    dbc *dbc;
    struct stmt *next;        /* in dbc->stmts */
    _Atomic int64_t java_id;  /* atomic: SQLCancel reads it without the lock */
    atomic_int cancel_requested;  /* SQLCancel came while a call ran (see stmt_cancelled) */
    int state;                /* enum stmt_state */
    int prepared;             /* SQLExecute allowed (SQLPrepare succeeded) */
    int has_meta;             /* IRD filled from describe() */
    SQLLEN row_count;
    /* descriptors in use and the implicit ones */
    desc *ard, *apd, *ird, *ipd;
    desc *imp_ard, *imp_apd, *imp_ird, *imp_ipd;
    /* result cursor */
    jb_batch batch;
    int batch_row;            /* index of the current row in batch, -1 before the first */
    int have_row;             /* a current row exists (SQLGetData) */
    int exhausted;            /* no rows after the current batch */
    SQLULEN delivered;        /* rows handed to the application (SQL_ATTR_MAX_ROWS) */
    cv_cursor *gd;            /* per column SQLGetData state, ird->count entries */
    int gd_count;
    /* the current rowset (stmt_setpos.c): its rows, batches it spans, the SQLSetPos row */
    rowset_row *rs_rows;
    SQLULEN rs_cap, rs_count;
    jb_batch *held;
    int nheld, held_cap;
    SQLULEN pos_row;          /* 1-based row of the rowset SQLGetData reads */
    /* static cursor (stmt_scroll.c): every batch stays in held[], rows numbered from 1 */
    int scroll;               /* the open result is a static, scrollable cursor */
    SQLLEN sc_start;          /* first row of the current rowset: 0 before start, -1 after end */
    SQLULEN sc_loaded;        /* rows held so far */
    SQLULEN *sc_first;        /* first row number of each held batch (held_cap entries) */
    /* parameters (stmt_param.c, stmt_dae.c) */
    int param_count;          /* '?' markers per describeParams, -1 until asked */
    struct jb_parammeta *param_meta;
    struct dae_state *dae;    /* non-NULL in STMT_NEED_DATA */
    char *cursor_name;        /* SQLSetCursorName, or generated SQL_CUR<n> */
    /* attributes */
    SQLULEN cursor_type;
    SQLULEN concurrency;
    SQLULEN max_rows;
    SQLULEN query_timeout;
    SQLULEN rowset_size;      /* SQL_ROWSET_SIZE: the ODBC 2 rowset (SQLExtendedFetch) */
    SQLULEN noscan;
    SQLULEN retrieve_data;
    SQLULEN max_length;
    SQLULEN metadata_id;
    SQLULEN cursor_sensitivity;
    SQLULEN async_enable;     /* SQL_ATTR_ASYNC_ENABLE */
    /* asynchronous execution (stmt_async.c): the call running on a worker thread, or NULL.
     * Set and cleared with both the connection lock and async_lock held; async_lock alone
     * guards reading it, the call's done flag and its front diagnostics, so polling never
     * waits for the connection lock the worker holds. */
    struct stmt_async *async;
    struct stmt *async_next;  /* in dbc->async_stmts while async is set */
    plat_mutex async_lock;
    plat_cond async_done;     /* signalled (under async_lock) when the worker finishes */
} stmt;

/* Handle validation; returns SQL_INVALID_HANDLE or SQL_SUCCESS. */
SQLRETURN handle_check(SQLHANDLE h, SQLSMALLINT type);

/* Entry and exit of an exported function: validate, lock, clear diagnostics / record the
 * return code, unlock. enter returns NULL for an invalid handle. */
env *env_enter(SQLHENV h);
SQLRETURN env_leave(env *e, SQLRETURN rc);
dbc *dbc_enter(SQLHDBC h);
SQLRETURN dbc_leave(dbc *c, SQLRETURN rc);
/* stmt_enter also returns NULL, with HY010 posted, while a function runs asynchronously on
 * the statement; stmt_refused(h) then gives the exported function's return code. */
stmt *stmt_enter(SQLHSTMT h);
SQLRETURN stmt_refused(SQLHSTMT h);
SQLRETURN stmt_leave(stmt *s, SQLRETURN rc);
desc *desc_enter(SQLHDESC h);
SQLRETURN desc_leave(desc *d, SQLRETURN rc);

void dbc_lock(dbc *c);
void dbc_unlock(dbc *c);

/* The ODBC version the application asked for, seen from any handle. */
SQLINTEGER handle_odbc_version(const handle_hdr *h);

#endif

/*
 * Columnar fetch batches (docs/bridge.md). One direct ByteBuffer per statement, over
 * memory we own, so Java writes rows straight where C reads them: one JNI call per batch,
 * never per cell. The layout is decoded into per-column pointers with bounds checks, so a
 * malformed batch is an error, never a crash.
 */
#include "jni_internal.h"
#include "batch.h"

#include <stdlib.h>
#include <string.h>

#define BATCH_INITIAL_SIZE (1u << 20)

static int32_t rd32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);   /* little-endian hosts only (x86, x64, arm64) */
    return (int32_t)v;
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

static void release_buffer(JNIEnv *env, jb_batch *b)
{
    if (b->jbuf && env)
        (*env)->DeleteGlobalRef(env, (jobject)b->jbuf);
    b->jbuf = NULL;
    free(b->mem);
    b->mem = NULL;
    b->cap = 0;
}

/* (Re)creates the buffer with at least cap bytes. */
static SQLRETURN make_buffer(JNIEnv *env, diag_list *d, jb_batch *b, size_t cap)
{
    release_buffer(env, b);
    b->mem = malloc(cap);
    if (!b->mem)
        return diag_oom(d);
    jobject local = (*env)->NewDirectByteBuffer(env, b->mem, (jlong)cap);
    if (!local) {
        (*env)->ExceptionClear(env);
        free(b->mem);
        b->mem = NULL;
        return diag_post(d, "HY001", "The Java VM cannot create a direct buffer of %zu bytes", cap);
    }
    b->jbuf = (*env)->NewGlobalRef(env, local);
    (*env)->DeleteLocalRef(env, local);
    b->cap = cap;
    return SQL_SUCCESS;
}

static SQLRETURN bad_batch(diag_list *d, const char *what)
{
    return diag_post(d, "HY000", "Malformed result batch from the engine (%s)", what);
}

static SQLRETURN decode(diag_list *d, jb_batch *b, size_t n)
{
    if (n < 16)
        return bad_batch(d, "short header");
    int32_t rows = rd32(b->mem), flags = rd32(b->mem + 4), ncols = rd32(b->mem + 8);
    if (rows < 0 || ncols < 0 || ncols > 32767)
        return bad_batch(d, "bad counts");
    if (ncols > b->ncols || !b->cols) {
        jb_column *c = realloc(b->cols, (size_t)(ncols ? ncols : 1) * sizeof *c);
        if (!c)
            return diag_oom(d);
        b->cols = c;
    }
    size_t pos = 16;
    for (int i = 0; i < ncols; i++) {
        jb_column *c = &b->cols[i];
        memset(c, 0, sizeof *c);
        pos = align8(pos);
        if (pos + 8 > n)
            return bad_batch(d, "truncated column header");
        c->kind = rd32(b->mem + pos);
        pos += 8;
        c->nulls = b->mem + pos;
        pos += align8(((size_t)rows + 7) / 8);
        if (c->kind == QW_I64 || c->kind == QW_F64) {
            c->fixed = b->mem + pos;
            pos += (size_t)rows * 8;
        } else if (c->kind == QW_UTF8 || c->kind == QW_BYTES) {
            c->offsets = b->mem + pos;
            pos += ((size_t)rows + 1) * 4;
            if (pos > n)
                return bad_batch(d, "truncated offsets");
            c->data = (const char *)b->mem + pos;
            int32_t total = rd32(c->offsets + (size_t)rows * 4);
            if (total < 0 || rd32(c->offsets) != 0)
                return bad_batch(d, "bad offsets");
            pos += (size_t)total;
            for (int r = 0; r < rows; r++) {
                int32_t a = rd32(c->offsets + (size_t)r * 4), e = rd32(c->offsets + (size_t)r * 4 + 4);
                if (a < 0 || e < a || e > total)
                    return bad_batch(d, "offsets out of order");
            }
        } else {
            return bad_batch(d, "unknown wire kind");
        }
        if (pos > n)
            return bad_batch(d, "truncated column");
    }
    b->rows = rows;
    b->end = flags & 1;
    b->ncols = ncols;
    return SQL_SUCCESS;
}

SQLRETURN jb_batch_fetch(diag_list *d, int64_t stmt_id, int max_rows, jb_batch *b)
{
    b->rows = 0;
    JNIEnv *env = jb_enter(d);
    if (!env)
        return SQL_ERROR;
    SQLRETURN rc = SQL_SUCCESS;
    if (!b->jbuf)
        rc = make_buffer(env, d, b, BATCH_INITIAL_SIZE);
    jint n = 0;
    while (rc == SQL_SUCCESS) {
        n = (*env)->CallStaticIntMethod(env, jb_r.bridge, jb_r.fetch, (jlong)stmt_id,
                                        (jint)max_rows, (jobject)b->jbuf);
        rc = jb_check(env, d);
        if (rc != SQL_SUCCESS || n >= 0)
            break;
        /* one row needs -n bytes: grow (at least double) and ask again */
        size_t need = (size_t)(-(int64_t)n), cap = b->cap * 2;
        while (cap < need)
            cap *= 2;
        rc = make_buffer(env, d, b, cap);
    }
    jb_leave(env);
    if (rc == SQL_SUCCESS)
        rc = (size_t)n > b->cap ? bad_batch(d, "length beyond the buffer") : decode(d, b, (size_t)n);
    return rc;
}

void jb_batch_reset(jb_batch *b)
{
    b->rows = 0;
    b->end = 0;
}

void jb_batch_free(jb_batch *b)
{
    JNIEnv *env = NULL;
    if (b->jbuf) {
        diag_list scratch = {0};
        env = jvm_env(&scratch);
        diag_free(&scratch);
    }
    release_buffer(env, b);
    free(b->cols);
    b->cols = NULL;
    b->ncols = 0;
    b->rows = 0;
}

int jb_batch_is_null(const jb_batch *b, int col, int row)
{
    return (b->cols[col].nulls[row / 8] >> (row % 8)) & 1;
}

void jb_batch_value(const jb_batch *b, int col, int row, SQLSMALLINT sql_type, cv_value *v)
{
    const jb_column *c = &b->cols[col];
    memset(v, 0, sizeof *v);
    v->sql_type = sql_type;
    v->kind = c->kind;
    if (c->kind == QW_I64) {
        memcpy(&v->i64, c->fixed + (size_t)row * 8, 8);
        v->f64 = (double)v->i64;
    } else if (c->kind == QW_F64) {
        memcpy(&v->f64, c->fixed + (size_t)row * 8, 8);
    } else {
        int32_t a = rd32(c->offsets + (size_t)row * 4), e = rd32(c->offsets + (size_t)row * 4 + 4);
        v->data = c->data + a;
        v->len = (size_t)(e - a);
    }
}

/* Shared by desc.c, desc_field.c and desc_rec.c. */
#ifndef QUIRE_DESC_INTERNAL_H
#define QUIRE_DESC_INTERNAL_H

#include "handles.h"

enum desc_vtype { V_SMALL, V_INT, V_LEN, V_ULEN, V_PTR, V_STR };

typedef struct desc_field_def {
    SQLSMALLINT id;
    int header;
    int vtype;                /* enum desc_vtype */
    const char *access;       /* ARD APD IRD IPD: 'w' read/write, 'r' read-only, '-' unused */
} desc_field_def;

const desc_field_def *desc_field_find(SQLSMALLINT id);

/* Index into desc_field_def.access: explicit descriptors are application descriptors. */
static inline int desc_access_kind(const desc *d) { return d->kind; }

/* Sets one numeric or pointer record field with the side effects SQLSetDescField lists:
 * a type sets its dependent fields' defaults, any field but the three pointers unbinds the
 * record (DATA_PTR = NULL), DATA_PTR checks the record's consistency (HY021). */
SQLRETURN desc_rec_set(desc *d, desc_rec *r, SQLSMALLINT field, SQLPOINTER value);

#endif

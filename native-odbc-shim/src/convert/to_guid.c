/*
 * SQL_C_GUID from GUID or character text "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (hex digits
 * of either case, optionally in braces, surrounding blanks ignored); anything else in the
 * text -> 22018. Other sources -> 07006.
 */
#include "cv_internal.h"

SQLRETURN cv_to_guid(const cv_value *v, int cls, SQLPOINTER target, cv_status *st)
{
    SQLGUID g;
    if (cls != CL_CHAR && cls != CL_GUID)
        return cv_fail(st, "07006", CV_MSG_07006);
    if (cv_guid_parse(v->data, v->data ? v->len : 0, &g) != 0)
        return cv_fail(st, "22018", CV_MSG_22018);
    *(SQLGUID *)target = g;
    return SQL_SUCCESS;
}

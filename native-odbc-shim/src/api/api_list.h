/*
 * Every ODBC function this driver exports, once: X(name, SQL_API_ id, has_w).
 * SQLGetFunctions answers from this list, and exports/quireodbc.map and .def must list
 * exactly these names (plus the W forms where has_w is 1); test-e2e/check_exports.sh
 * compares them with the built library.
 */
#define QUIRE_API_LIST(X) \
    X(SQLAllocHandle, SQL_API_SQLALLOCHANDLE, 0) \
    X(SQLFreeHandle, SQL_API_SQLFREEHANDLE, 0) \
    X(SQLSetEnvAttr, SQL_API_SQLSETENVATTR, 0) \
    X(SQLGetEnvAttr, SQL_API_SQLGETENVATTR, 0) \
    X(SQLEndTran, SQL_API_SQLENDTRAN, 0) \
    X(SQLConnect, SQL_API_SQLCONNECT, 1) \
    X(SQLDriverConnect, SQL_API_SQLDRIVERCONNECT, 1) \
    X(SQLBrowseConnect, SQL_API_SQLBROWSECONNECT, 1) \
    X(SQLDisconnect, SQL_API_SQLDISCONNECT, 0) \
    X(SQLGetConnectAttr, SQL_API_SQLGETCONNECTATTR, 1) \
    X(SQLSetConnectAttr, SQL_API_SQLSETCONNECTATTR, 1) \
    X(SQLGetInfo, SQL_API_SQLGETINFO, 1) \
    X(SQLGetFunctions, SQL_API_SQLGETFUNCTIONS, 0) \
    X(SQLNativeSql, SQL_API_SQLNATIVESQL, 1) \
    X(SQLGetStmtAttr, SQL_API_SQLGETSTMTATTR, 1) \
    X(SQLSetStmtAttr, SQL_API_SQLSETSTMTATTR, 1) \
    X(SQLPrepare, SQL_API_SQLPREPARE, 1) \
    X(SQLExecute, SQL_API_SQLEXECUTE, 0) \
    X(SQLExecDirect, SQL_API_SQLEXECDIRECT, 1) \
    X(SQLNumResultCols, SQL_API_SQLNUMRESULTCOLS, 0) \
    X(SQLDescribeCol, SQL_API_SQLDESCRIBECOL, 1) \
    X(SQLColAttribute, SQL_API_SQLCOLATTRIBUTE, 1) \
    X(SQLBindCol, SQL_API_SQLBINDCOL, 0) \
    X(SQLFetch, SQL_API_SQLFETCH, 0) \
    X(SQLFetchScroll, SQL_API_SQLFETCHSCROLL, 0) \
    X(SQLGetData, SQL_API_SQLGETDATA, 0) \
    X(SQLRowCount, SQL_API_SQLROWCOUNT, 0) \
    X(SQLMoreResults, SQL_API_SQLMORERESULTS, 0) \
    X(SQLFreeStmt, SQL_API_SQLFREESTMT, 0) \
    X(SQLCloseCursor, SQL_API_SQLCLOSECURSOR, 0) \
    X(SQLCancel, SQL_API_SQLCANCEL, 0) \
    X(SQLGetDiagRec, SQL_API_SQLGETDIAGREC, 1) \
    X(SQLGetDiagField, SQL_API_SQLGETDIAGFIELD, 1) \
    X(SQLGetDescField, SQL_API_SQLGETDESCFIELD, 1) \
    X(SQLSetDescField, SQL_API_SQLSETDESCFIELD, 1) \
    X(SQLGetDescRec, SQL_API_SQLGETDESCREC, 1) \
    X(SQLGetTypeInfo, SQL_API_SQLGETTYPEINFO, 1) \
    X(SQLTables, SQL_API_SQLTABLES, 1) \
    X(SQLColumns, SQL_API_SQLCOLUMNS, 1) \
    X(SQLPrimaryKeys, SQL_API_SQLPRIMARYKEYS, 1) \
    X(SQLForeignKeys, SQL_API_SQLFOREIGNKEYS, 1) \
    X(SQLStatistics, SQL_API_SQLSTATISTICS, 1) \
    X(SQLSpecialColumns, SQL_API_SQLSPECIALCOLUMNS, 1) \
    X(SQLProcedures, SQL_API_SQLPROCEDURES, 1) \
    X(SQLProcedureColumns, SQL_API_SQLPROCEDURECOLUMNS, 1) \
    X(SQLTablePrivileges, SQL_API_SQLTABLEPRIVILEGES, 1) \
    X(SQLColumnPrivileges, SQL_API_SQLCOLUMNPRIVILEGES, 1) \
    X(SQLBindParameter, SQL_API_SQLBINDPARAMETER, 0) \
    X(SQLNumParams, SQL_API_SQLNUMPARAMS, 0) \
    X(SQLDescribeParam, SQL_API_SQLDESCRIBEPARAM, 0) \
    X(SQLParamData, SQL_API_SQLPARAMDATA, 0) \
    X(SQLPutData, SQL_API_SQLPUTDATA, 0) \
    X(SQLSetDescRec, SQL_API_SQLSETDESCREC, 0) \
    X(SQLCopyDesc, SQL_API_SQLCOPYDESC, 0) \
    X(SQLExtendedFetch, SQL_API_SQLEXTENDEDFETCH, 0) \
    X(SQLSetPos, SQL_API_SQLSETPOS, 0) \
    X(SQLBulkOperations, SQL_API_SQLBULKOPERATIONS, 0) \
    X(SQLSetCursorName, SQL_API_SQLSETCURSORNAME, 1) \
    X(SQLGetCursorName, SQL_API_SQLGETCURSORNAME, 1)

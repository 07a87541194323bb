/*
 * The one header every driver source includes first: the ODBC headers in the right order
 * plus the few platform differences between unixODBC and the Windows SDK / mingw.
 */
#ifndef QUIRE_ODBC_H
#define QUIRE_ODBC_H

#ifdef _WIN32
#include <windows.h>   /* the Windows ODBC headers need its types */
#endif
#include <sql.h>
#include <sqlext.h>
#include <sqlucode.h>

/* ODBC 3.8 names that mingw-w64's headers (10.0) lack; values from the ODBC 3.8 sqlext.h. */
#ifndef SQL_OV_ODBC3_80
#define SQL_OV_ODBC3_80 380UL
#endif
#ifndef SQL_ASYNC_DBC_FUNCTIONS
#define SQL_ASYNC_DBC_FUNCTIONS 10023
#define SQL_ASYNC_DBC_NOT_CAPABLE 0x00000000L
#define SQL_ASYNC_DBC_CAPABLE 0x00000001L
#endif
#ifndef SQL_DRIVER_AWARE_POOLING_SUPPORTED
#define SQL_DRIVER_AWARE_POOLING_SUPPORTED 10024
#define SQL_DRIVER_AWARE_POOLING_NOT_CAPABLE 0x00000000L
#define SQL_DRIVER_AWARE_POOLING_CAPABLE 0x00000001L
#endif
/* asynchronous execution: the connection-level (ODBC 3.8) and notification attributes the
 * driver refuses; unixODBC's headers lack some of them, mingw's all */
#ifndef SQL_ATTR_ASYNC_DBC_FUNCTIONS_ENABLE
#define SQL_ATTR_ASYNC_DBC_FUNCTIONS_ENABLE 117
#endif
#ifndef SQL_ASYNC_DBC_ENABLE_OFF
#define SQL_ASYNC_DBC_ENABLE_ON 1UL
#define SQL_ASYNC_DBC_ENABLE_OFF 0UL
#endif
#ifndef SQL_ATTR_ASYNC_DBC_EVENT
#define SQL_ATTR_ASYNC_DBC_EVENT 119
#endif
#ifndef SQL_ATTR_ASYNC_DBC_PCALLBACK
#define SQL_ATTR_ASYNC_DBC_PCALLBACK 120
#define SQL_ATTR_ASYNC_DBC_PCONTEXT 121
#endif
#ifndef SQL_ATTR_ASYNC_STMT_EVENT
#define SQL_ATTR_ASYNC_STMT_EVENT 29
#endif
#ifndef SQL_ATTR_ASYNC_STMT_PCALLBACK
#define SQL_ATTR_ASYNC_STMT_PCALLBACK 30
#define SQL_ATTR_ASYNC_STMT_PCONTEXT 31
#endif
#ifndef SQL_PARAM_OUTPUT_STREAM
#define SQL_PARAM_INPUT_OUTPUT_STREAM 8
#define SQL_PARAM_OUTPUT_STREAM 16
#endif

/* Marks a function as exported from the driver. Everything else is hidden
 * (-fvisibility=hidden); the version script / .def file is the second line of defence. */
#if defined(_WIN32)
#define QUIRE_EXPORT
#else
#define QUIRE_EXPORT __attribute__((visibility("default")))
#endif

/* SQLColAttribute(W)'s last parameter: unixODBC and 64-bit Windows headers say SQLLEN *,
 * mingw's 32-bit headers (like the old Microsoft ones) say SQLPOINTER. The definition has
 * to match the prototype the headers give us. */
#if defined(_WIN32) && !defined(_WIN64)
#define QUIRE_COLATTR_NUM_PTR SQLPOINTER
#else
#define QUIRE_COLATTR_NUM_PTR SQLLEN *
#endif

/* The driver's file name (SQL_DRIVER_NAME). */
#ifdef _WIN32
#define QUIRE_DRIVER_FILE "quireodbc.dll"
#else
#define QUIRE_DRIVER_FILE "libquireodbc.so"
#endif

/* printf-style checking of the diagnostic formats: mingw builds use its C99 printf
 * (__USE_MINGW_ANSI_STDIO), so %zu and %lld mean what they mean on Linux. */
#if defined(__MINGW32__)
#define QUIRE_PRINTF(f, a) __attribute__((format(gnu_printf, f, a)))
#else
#define QUIRE_PRINTF(f, a) __attribute__((format(printf, f, a)))
#endif

/* Name and version the driver reports about itself (SQLGetInfo). */
#define QUIRE_DRIVER_VER "00.01.0000"
#define QUIRE_DRIVER_ODBC_VER "03.80"
#define QUIRE_MSG_PREFIX "[Quire][Confluence ODBC] "

#endif

/*
 * The one header every driver source includes first: the ODBC headers in the right order
 * plus the few platform differences between unixODBC and the Windows SDK / mingw.
 */
#ifndef QUIRE_ODBC_H
#define QUIRE_ODBC_H

#ifdef _WIN32
#include <windows.h>
#endif
#include <sql.h>
#include <sqlext.h>
#include <sqlucode.h>

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

/* Name and version the driver reports about itself (SQLGetInfo). */
#define QUIRE_DRIVER_VER "00.01.0000"
#define QUIRE_DRIVER_ODBC_VER "03.80"
#define QUIRE_MSG_PREFIX "[Quire][Confluence ODBC] "

#endif

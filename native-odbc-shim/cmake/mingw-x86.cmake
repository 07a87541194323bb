# Cross-building the Windows x86 (32-bit) driver with mingw-w64 (Debian: gcc-mingw-w64-i686).
#   cmake -S . -B build/windows/x86 -DCMAKE_TOOLCHAIN_FILE=native-odbc-shim/cmake/mingw-x86.cmake
set(QUIRE_MINGW_TRIPLE i686-w64-mingw32)
include(${CMAKE_CURRENT_LIST_DIR}/mingw-common.cmake)

# Cross-building the Windows x64 driver with mingw-w64 (Debian: gcc-mingw-w64-x86-64).
#   cmake -S . -B build/windows/x64 -DCMAKE_TOOLCHAIN_FILE=native-odbc-shim/cmake/mingw-x64.cmake
set(QUIRE_MINGW_TRIPLE x86_64-w64-mingw32)
include(${CMAKE_CURRENT_LIST_DIR}/mingw-common.cmake)

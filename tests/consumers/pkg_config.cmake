# cmake -DPKG_CONFIG=<pkg-config> -DPREFIX=<install prefix> -DCXX=<compiler>
#       -DSOURCE=<file.cpp> [-DEXTRA_FLAGS=<flags>] -P pkg_config.cmake
#
# A build without CMake: the compiler gets whmcs-bind's flags from the
# installed whmcs_bind.pc alone (EXTRA_FLAGS: Boost's include path when it is
# not the compiler's default, as Boost ships no .pc file).
foreach(var PKG_CONFIG PREFIX CXX SOURCE)
    if(NOT ${var})
        message(FATAL_ERROR "pkg_config.cmake: -D${var}= is required")
    endif()
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" -E env "PKG_CONFIG_PATH=${PREFIX}/share/pkgconfig"
                        "${PKG_CONFIG}" --cflags whmcs_bind
                RESULT_VARIABLE failed OUTPUT_VARIABLE cflags ERROR_VARIABLE errors
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(failed)
    message(FATAL_ERROR "pkg-config --cflags whmcs_bind failed:\n${errors}")
endif()
if(NOT cflags MATCHES "-I[^ ]*/include")
    message(FATAL_ERROR "pkg-config gave no include path: '${cflags}'")
endif()
separate_arguments(cflags UNIX_COMMAND "${cflags}")
execute_process(COMMAND "${CXX}" -std=c++17 -Wall -Wextra -Wpedantic -Werror ${cflags} ${EXTRA_FLAGS}
                        -fsyntax-only "${SOURCE}"
                RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(failed)
    message(FATAL_ERROR "compiling with the flags of whmcs_bind.pc (${cflags}) failed:\n${out}")
endif()
message(STATUS "compiles with pkg-config --cflags whmcs_bind: ${cflags}")

# cmake -DCXX=<compiler> -DSTD=<17|20> -DINCLUDE_DIR=<include> -DWORK_DIR=<scratch>
#       [-DFLAGS=<more flags>] [-DSKIP=<header regex>] -P headers.cmake
#
# Every public header compiles on its own: one translation unit per header,
# which includes it twice (so a missing include guard shows too), checked with
# -fsyntax-only under -Wall -Wextra -Wpedantic -Werror. Headers are listed when
# the test runs, so a new one is checked without reconfiguring. Reports every
# failing header, not just the first.
foreach(var CXX STD INCLUDE_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "headers.cmake: -D${var}= is required")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB_RECURSE headers RELATIVE "${INCLUDE_DIR}" "${INCLUDE_DIR}/whmcs/*.hpp")
list(SORT headers)
set(failed_headers "")
set(checked 0)
foreach(header IN LISTS headers)
    if(SKIP AND header MATCHES "${SKIP}")
        message(STATUS "skipped ${header}")
        continue()
    endif()
    string(MAKE_C_IDENTIFIER "${header}" name)
    set(tu "${WORK_DIR}/${name}.cpp")
    file(WRITE "${tu}" "#include <${header}>\n#include <${header}>\n")
    execute_process(COMMAND "${CXX}" -std=c++${STD} -Wall -Wextra -Wpedantic -Werror
                            "-I${INCLUDE_DIR}" ${FLAGS} -fsyntax-only "${tu}"
                    RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE out)
    math(EXPR checked "${checked} + 1")
    if(failed)
        message("${header} does not compile on its own (${CXX}, C++${STD}):\n${out}")
        list(APPEND failed_headers "${header}")
    endif()
endforeach()
if(failed_headers)
    list(JOIN failed_headers ", " shown)
    message(FATAL_ERROR "${CXX} -std=c++${STD}: failing headers: ${shown}")
endif()
message(STATUS "${checked} headers compile on their own with ${CXX} -std=c++${STD}")

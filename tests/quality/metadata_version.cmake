# cmake -DCXX=<compiler> -DINCLUDE_DIR=<include> -DWORK_DIR=<scratch> [-DFLAGS=<flags>]
#       -P metadata_version.cmake
#
# Generated headers refuse a runtime they were not generated for: with the
# shipped ones (include/whmcs/api/*.hpp), a translation unit that pretends the
# runtime speaks another WHMCS_BIND_METADATA_VERSION must fail with each
# header's "#error ... regenerate" message, and the same unit without the
# pretence must compile (so the failure is the check's, not a broken setup).
foreach(var CXX INCLUDE_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "metadata_version.cmake: -D${var}= is required")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(STRINGS "${INCLUDE_DIR}/whmcs/version.hpp" line
     REGEX "^#define WHMCS_BIND_METADATA_VERSION [0-9]+")
string(REGEX MATCH "[0-9]+$" version "${line}")
if(NOT version)
    message(FATAL_ERROR "no WHMCS_BIND_METADATA_VERSION in ${INCLUDE_DIR}/whmcs/version.hpp")
endif()
math(EXPR other_version "${version} + 1")

file(GLOB headers RELATIVE "${INCLUDE_DIR}" "${INCLUDE_DIR}/whmcs/api/*.hpp")
if(NOT headers)
    message(FATAL_ERROR "no generated headers under ${INCLUDE_DIR}/whmcs/api")
endif()

function(compile tu out_failed out_text)
    execute_process(COMMAND "${CXX}" -std=c++17 "-I${INCLUDE_DIR}" ${FLAGS} -fsyntax-only "${tu}"
                    RESULT_VARIABLE failed OUTPUT_VARIABLE text ERROR_VARIABLE text)
    set(${out_failed} "${failed}" PARENT_SCOPE)
    set(${out_text} "${text}" PARENT_SCOPE)
endfunction()

# Two translation units with every header, not two per header: #error does
# not stop the compiler, so one run reports each header's refusal.
set(includes "")
foreach(header IN LISTS headers)
    string(APPEND includes "#include <${header}>\n")
endforeach()
set(matching "${WORK_DIR}/matching.cpp")
set(other "${WORK_DIR}/other.cpp")
file(WRITE "${matching}" "#include <whmcs/version.hpp>\n${includes}")
file(WRITE "${other}"
     "#include <whmcs/version.hpp>\n"
     "// A runtime one contract version ahead of the generated headers.\n"
     "#undef WHMCS_BIND_METADATA_VERSION\n"
     "#define WHMCS_BIND_METADATA_VERSION ${other_version}\n"
     "${includes}")

compile("${matching}" failed text)
if(failed)
    message(FATAL_ERROR "the generated headers do not compile with their own runtime:\n${text}")
endif()
compile("${other}" failed text)
set(accepted "")
foreach(header IN LISTS headers)
    get_filename_component(file "${header}" NAME)
    string(REPLACE "." "\\." file "${file}")
    if(NOT text MATCHES "${file} was generated for whmcs-bind metadata version ${version}; regenerate")
        list(APPEND accepted "${header}")
    endif()
endforeach()
if(accepted)
    list(JOIN accepted ", " shown)
    message(FATAL_ERROR "without their #error asking to regenerate, these accepted metadata "
                        "version ${other_version}: ${shown}\n${text}")
endif()
list(LENGTH headers count)
message(STATUS "${count} generated headers refuse metadata version ${other_version}")

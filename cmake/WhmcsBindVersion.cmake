# whmcs_bind_read_version(<header> <out_var>)
#
# The version lives in one place: include/whmcs/version.hpp. Headers are all a
# user of a header-only library may copy, so the header must carry the version
# on its own; CMake reads it from there (before project()) rather than writing
# the header at configure time, which would leave the source tree without one.
#
# Sets <out_var> to MAJOR.MINOR.PATCH and stops the configuration when the
# header's WHMCS_BIND_VERSION_STRING disagrees with its three numbers.
function(whmcs_bind_read_version header out_var)
    file(STRINGS "${header}" lines
         REGEX "^#define WHMCS_BIND_VERSION_(MAJOR|MINOR|PATCH|STRING) ")
    foreach(part MAJOR MINOR PATCH)
        if(NOT lines MATCHES "#define WHMCS_BIND_VERSION_${part} ([0-9]+)")
            message(FATAL_ERROR "${header}: no '#define WHMCS_BIND_VERSION_${part} <number>'")
        endif()
        set(${part} "${CMAKE_MATCH_1}")
    endforeach()
    set(version "${MAJOR}.${MINOR}.${PATCH}")
    if(NOT lines MATCHES "#define WHMCS_BIND_VERSION_STRING \"([^\"]*)\"")
        message(FATAL_ERROR "${header}: no '#define WHMCS_BIND_VERSION_STRING \"...\"'")
    endif()
    if(NOT CMAKE_MATCH_1 STREQUAL version)
        message(FATAL_ERROR "${header}: WHMCS_BIND_VERSION_STRING is \"${CMAKE_MATCH_1}\" "
                            "but MAJOR.MINOR.PATCH say ${version}")
    endif()
    set(${out_var} "${version}" PARENT_SCOPE)
endfunction()

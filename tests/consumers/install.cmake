# cmake -DBUILD_DIR=<whmcs-bind build> -DPREFIX=<scratch prefix> -DFORBIDDEN=<dir>...
#       [-DCONFIG=<config>] -P install.cmake
#
# Installs the build into a fresh PREFIX, as a packager would, then checks that
# the tree is complete and self-contained: no installed file names a FORBIDDEN
# directory (the source and build trees), so a project that finds the package
# there can never reach back into them.
foreach(var BUILD_DIR PREFIX FORBIDDEN)
    if(NOT ${var})
        message(FATAL_ERROR "install.cmake: -D${var}= is required")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
set(config_args "")
if(CONFIG)
    set(config_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
                RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(failed)
    message(FATAL_ERROR "cmake --install failed:\n${out}")
endif()

foreach(file IN ITEMS
        include/whmcs/version.hpp
        include/whmcs/json/decode.hpp
        include/whmcs/api/get_ticket.hpp
        share/cmake/whmcs_bind/whmcs_bindConfig.cmake
        share/cmake/whmcs_bind/whmcs_bindConfigVersion.cmake
        share/cmake/whmcs_bind/whmcs_bindTargets.cmake
        share/cmake/whmcs_bind/WhmcsBindGenerate.cmake
        share/whmcs_bind/generator/whmcs_bindgen/__main__.py
        share/whmcs_bind/generator/whmcs_bindgen/templates/base.hpp.j2
        share/pkgconfig/whmcs_bind.pc)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "the install lacks ${file}")
    endif()
endforeach()

# Text the package is made of; programs' debug information may name the
# source tree and is not what a consumer builds against.
file(GLOB_RECURSE installed LIST_DIRECTORIES false "${PREFIX}/*")
file(GLOB_RECURSE package_text LIST_DIRECTORIES false "${PREFIX}/*.cmake" "${PREFIX}/*.pc"
     "${PREFIX}/*.hpp" "${PREFIX}/*.py" "${PREFIX}/*.j2")
foreach(file IN LISTS package_text)
    file(READ "${file}" text)
    foreach(dir IN LISTS FORBIDDEN PREFIX)
        string(FIND "${text}" "${dir}" at)
        if(NOT at EQUAL -1)
            file(RELATIVE_PATH shown "${PREFIX}" "${file}")
            message(FATAL_ERROR "${shown} names ${dir}: the installed tree must not "
                                "depend on where it was built or installed")
        endif()
    endforeach()
endforeach()

# SameMajorVersion: any 0.x up to our own version; never another major.
file(STRINGS "${PREFIX}/include/whmcs/version.hpp" line REGEX "VERSION_STRING")
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" version "${line}")
string(REGEX MATCH "^[0-9]+" major "${version}")
math(EXPR next_major "${major} + 1")
foreach(request_and_expected IN ITEMS "${version}=TRUE" "${major}.0=TRUE" "${next_major}.0=FALSE")
    string(REPLACE "=" ";" pair "${request_and_expected}")
    list(GET pair 0 PACKAGE_FIND_VERSION)
    list(GET pair 1 expected)
    string(REPLACE "." ";" parts "${PACKAGE_FIND_VERSION}")
    list(GET parts 0 PACKAGE_FIND_VERSION_MAJOR)
    set(PACKAGE_VERSION_COMPATIBLE "")
    include("${PREFIX}/share/cmake/whmcs_bind/whmcs_bindConfigVersion.cmake")
    if(NOT PACKAGE_VERSION STREQUAL version)
        message(FATAL_ERROR "the package says ${PACKAGE_VERSION}, version.hpp ${version}")
    endif()
    if((PACKAGE_VERSION_COMPATIBLE AND NOT expected) OR (NOT PACKAGE_VERSION_COMPATIBLE AND expected))
        message(FATAL_ERROR "find_package(whmcs_bind ${PACKAGE_FIND_VERSION}) against ${version}: "
                            "compatible=${PACKAGE_VERSION_COMPATIBLE}, expected ${expected}")
    endif()
endforeach()
list(LENGTH installed count)
message(STATUS "installed ${count} files into ${PREFIX}")

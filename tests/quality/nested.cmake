# cmake -DSOURCE_DIR=<repository> -DBUILD_DIR=<scratch build> -DPRESET=<configure preset>
#       [-DJOBS=<n>] [-DEXCLUDE_LABELS=<regex>] -P nested.cmake
#
# The whole test suite under another compiler and standard: configures
# SOURCE_DIR with PRESET (CMakePresets.json says which) into BUILD_DIR, builds
# it and runs its tests. WHMCS_BIND_NESTED=ON keeps the nested tree from
# registering nested, quality and consumer tests of its own (no recursion,
# and packaging is checked once, by the outer build); EXCLUDE_LABELS drops
# any that remain (the fuzz and tsan labels build yet other trees, and the
# outer build runs them already).
foreach(var SOURCE_DIR BUILD_DIR PRESET)
    if(NOT ${var})
        message(FATAL_ERROR "nested.cmake: -D${var}= is required")
    endif()
endforeach()
if(NOT JOBS)
    set(JOBS 2)
endif()

function(run what)
    string(TIMESTAMP start "%s")
    execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE failed
                    OUTPUT_VARIABLE out ERROR_VARIABLE out)
    string(TIMESTAMP end "%s")
    math(EXPR seconds "${end} - ${start}")
    if(failed)
        message(FATAL_ERROR "${what} failed (preset ${PRESET}, ${BUILD_DIR}):\n${out}")
    endif()
    message(STATUS "${what}: ok, ${seconds} s")
endfunction()

# A fresh configuration each time, so that a stale cache cannot hide a
# failure; object files stay, so an unchanged tree builds again quickly.
file(REMOVE "${BUILD_DIR}/CMakeCache.txt")
run("configure" "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" --preset "${PRESET}" -B "${BUILD_DIR}"
    -DWHMCS_BIND_NESTED=ON)
run("build" "${CMAKE_COMMAND}" --build "${BUILD_DIR}" -j "${JOBS}")
set(exclude "")
if(EXCLUDE_LABELS)
    set(exclude -LE "${EXCLUDE_LABELS}")
endif()
run("test" "${CMAKE_CTEST_COMMAND}" --test-dir "${BUILD_DIR}" -j "${JOBS}" --output-on-failure
    --no-tests=error ${exclude})

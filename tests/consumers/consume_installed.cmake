# cmake -DPROJECT_DIR=<consumer project> -DWORK_DIR=<scratch dir> -DPREFIX=<install prefix>
#       -DGENERATOR=<generator> [-DOPTIONS=<configure options>] -P consume_installed.cmake
#
# Copies the consumer project out of the source tree, then configures, builds
# and tests it against PREFIX alone: CMAKE_PREFIX_PATH is the only way to
# whmcs-bind it is given (the package registry is off, and the project checks
# that whmcs_bind_DIR, the generator and the include paths lie under PREFIX).
foreach(var PROJECT_DIR WORK_DIR PREFIX GENERATOR)
    if(NOT ${var})
        message(FATAL_ERROR "consume_installed.cmake: -D${var}= is required")
    endif()
endforeach()

set(src "${WORK_DIR}/src")
set(build "${WORK_DIR}/build")
file(REMOVE_RECURSE "${WORK_DIR}")
file(COPY "${PROJECT_DIR}/" DESTINATION "${src}")

function(run what)
    execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${build}" RESULT_VARIABLE failed
                    OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(failed)
        message(FATAL_ERROR "${what} failed:\n${out}")
    endif()
    message(STATUS "${what}: ok")
endfunction()

file(MAKE_DIRECTORY "${build}")
run("configure" "${CMAKE_COMMAND}" -S "${src}" -B "${build}" -G "${GENERATOR}" ${OPTIONS}
    "-DCMAKE_PREFIX_PATH=${PREFIX}" "-DWHMCS_BIND_EXPECTED_PREFIX=${PREFIX}"
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
run("build" "${CMAKE_COMMAND}" --build "${build}" -j 2)
run("test" "${CMAKE_CTEST_COMMAND}" --test-dir "${build}" --output-on-failure --no-tests=error)

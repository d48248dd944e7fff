# cmake -DPROJECT_DIR=<tests/cmake_project> -DWORK_DIR=<scratch dir>
#       -DGENERATOR=<generator> -DOPTIONS=<configure options> -P regenerates.cmake
#
# Builds a copy of the test project, then checks that the next build
# - does nothing when nothing changed,
# - runs the generator after the schema is touched, without rewriting the
#   unchanged header (so nothing recompiles for nothing),
# - puts an edit of the schema into the header and rebuilds the program.

foreach(var PROJECT_DIR WORK_DIR GENERATOR)
    if(NOT ${var})
        message(FATAL_ERROR "regenerates.cmake: -D${var}= is required")
    endif()
endforeach()

set(src "${WORK_DIR}/src")
set(build "${WORK_DIR}/build")
set(schema "${src}/schema/get_currencies.yaml")
set(header "${build}/whmcs_bind_generated/consumer/shop/whmcs/get_currencies.hpp")
set(marker "whmcs-bind: generating get_currencies.hpp")

file(REMOVE_RECURSE "${WORK_DIR}")
file(COPY "${PROJECT_DIR}/" DESTINATION "${src}" PATTERN "regenerates.cmake" EXCLUDE)

function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE failed
                    OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(failed)
        message(FATAL_ERROR "${what} failed:\n${out}")
    endif()
    set(output "${out}" PARENT_SCOPE)
endfunction()

function(build_once)
    run("build" "${CMAKE_COMMAND}" --build "${build}" -j 2)
    set(output "${output}" PARENT_SCOPE)
endfunction()

# Timestamps must move past those of the previous build, whatever the
# file system's resolution.
function(later)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E sleep 1.1)
endfunction()

run("configure" "${CMAKE_COMMAND}" -S "${src}" -B "${build}" -G "${GENERATOR}" ${OPTIONS})
build_once()
if(NOT output MATCHES "${marker}" OR NOT EXISTS "${header}")
    message(FATAL_ERROR "the first build did not generate ${header}:\n${output}")
endif()
run("the program" "${build}/consumer")

build_once()
if(output MATCHES "${marker}")
    message(FATAL_ERROR "a build with nothing changed ran the generator:\n${output}")
endif()

# Touched: the generator runs; the header's content and time stay.
file(TIMESTAMP "${header}" header_time "%s")
file(READ "${header}" header_text)
later()
file(TOUCH "${schema}")
build_once()
if(NOT output MATCHES "${marker}")
    message(FATAL_ERROR "touching the schema did not regenerate:\n${output}")
endif()
file(TIMESTAMP "${header}" header_time_after "%s")
file(READ "${header}" header_text_after)
if(NOT header_text_after STREQUAL header_text OR NOT header_time_after STREQUAL header_time)
    message(FATAL_ERROR "an unchanged header was rewritten")
endif()

# Edited: the header carries the edit and the program is rebuilt.
later()
file(READ "${schema}" text)
string(REPLACE "The number of currencies returned." "How many currencies there are." text "${text}")
file(WRITE "${schema}" "${text}")
build_once()
if(NOT output MATCHES "${marker}")
    message(FATAL_ERROR "editing the schema did not regenerate:\n${output}")
endif()
file(READ "${header}" header_text_after)
if(NOT header_text_after MATCHES "How many currencies there are\\.")
    message(FATAL_ERROR "the header does not carry the schema's edit")
endif()
if(NOT output MATCHES "main\\.cpp")
    message(FATAL_ERROR "the program was not recompiled after its header changed:\n${output}")
endif()
run("the program" "${build}/consumer")

# A broken schema fails the build with the schema's file and line.
later()
file(APPEND "${schema}" "colour: red\n")
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${build}" RESULT_VARIABLE failed
                OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT failed OR NOT output MATCHES "get_currencies\\.yaml:[0-9]+: colour: unknown key")
    message(FATAL_ERROR "a broken schema did not fail the build with its line:\n${output}")
endif()
message(STATUS "touching or editing the schema regenerates on the next build")

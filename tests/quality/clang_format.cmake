# cmake [-DCLANG_FORMAT=<clang-format>] [-DSOURCE_DIR=<repository>] [-DGIT=<git>]
#       [-DFIX=ON] -P clang_format.cmake
#
# The tracked C++ sources (*.hpp, *.cpp) follow .clang-format: clang-format
# --dry-run -Werror on each, naming every file that differs; with -DFIX=ON,
# those files are reformatted in place instead. Generated headers are
# skipped: they start with `// clang-format off` and their layout belongs to
# the generator's templates. Outside a git checkout, the files under the
# source directories are checked instead. Without arguments (from the
# repository: `cmake -DFIX=ON -P tests/quality/clang_format.cmake`) it uses
# clang-format and git from PATH on the repository that holds this script.
if(NOT CLANG_FORMAT)
    set(CLANG_FORMAT clang-format)
endif()
if(NOT SOURCE_DIR)
    get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()
if(NOT DEFINED GIT)
    set(GIT git)
endif()

set(files "")
if(GIT AND EXISTS "${SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT}" ls-files -- "*.hpp" "*.cpp"
                    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE failed
                    OUTPUT_VARIABLE files OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(failed)
        message(FATAL_ERROR "git ls-files failed in ${SOURCE_DIR}")
    endif()
    string(REPLACE "\n" ";" files "${files}")
else()
    foreach(dir include tests examples bench fuzz generator)
        file(GLOB_RECURSE found RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${dir}/*.hpp"
             "${SOURCE_DIR}/${dir}/*.cpp")
        list(APPEND files ${found})
    endforeach()
endif()

set(unformatted "")
set(checked 0)
foreach(file IN LISTS files)
    if(NOT EXISTS "${SOURCE_DIR}/${file}")
        continue()  # deleted in the work tree, not yet in the index
    endif()
    file(STRINGS "${SOURCE_DIR}/${file}" head LIMIT_COUNT 10)
    if(head MATCHES "// clang-format off")
        continue()
    endif()
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror "${file}"
                    WORKING_DIRECTORY "${SOURCE_DIR}"
                    RESULT_VARIABLE failed OUTPUT_QUIET ERROR_QUIET)
    math(EXPR checked "${checked} + 1")
    if(failed)
        list(APPEND unformatted "${file}")
    endif()
endforeach()
if(unformatted AND FIX)
    execute_process(COMMAND "${CLANG_FORMAT}" -i ${unformatted} WORKING_DIRECTORY "${SOURCE_DIR}"
                    RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "clang-format -i failed")
    endif()
    list(LENGTH unformatted count)
    list(JOIN unformatted "\n  " shown)
    message(STATUS "reformatted ${count} files:\n  ${shown}")
elseif(unformatted)
    list(JOIN unformatted "\n  " shown)
    message(FATAL_ERROR "not formatted as .clang-format says:\n  ${shown}\n"
                        "Fix them all with: cmake -DFIX=ON -P tests/quality/clang_format.cmake")
else()
    message(STATUS "${checked} files follow .clang-format")
endif()

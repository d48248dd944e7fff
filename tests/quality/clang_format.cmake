# cmake -DCLANG_FORMAT=<clang-format> -DSOURCE_DIR=<repository> [-DGIT=<git>] -P clang_format.cmake
#
# The tracked C++ sources (*.hpp, *.cpp) follow .clang-format: clang-format
# --dry-run -Werror on each, naming every file that differs. Generated
# headers are skipped: they start with `// clang-format off` and their layout
# belongs to the generator's templates. Outside a git checkout, the files
# under the source directories are checked instead.
foreach(var CLANG_FORMAT SOURCE_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "clang_format.cmake: -D${var}= is required")
    endif()
endforeach()

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
if(unformatted)
    list(JOIN unformatted "\n  " shown)
    list(JOIN unformatted " " args)
    message(FATAL_ERROR "not formatted as .clang-format says:\n  ${shown}\n"
                        "Fix with: clang-format -i ${args}")
endif()
message(STATUS "${checked} files follow .clang-format")

# cmake -DCLANG_TIDY=<clang-tidy> -DBUILD_DIR=<build with compile_commands.json>
#       -DSOURCE_DIR=<repository> [-DSHARD=<i> -DSHARDS=<n>] -P clang_tidy.cmake
#
# Runs clang-tidy (checks and their reasons: .clang-tidy) over the tests' and
# examples' sources listed in BUILD_DIR's compilation database; findings in
# those files and in include/whmcs fail the test. SHARD i of SHARDS takes
# every n-th file, so that CTest can run the shards side by side.
foreach(var CLANG_TIDY BUILD_DIR SOURCE_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "clang_tidy.cmake: -D${var}= is required")
    endif()
endforeach()
if(NOT SHARDS)
    set(SHARD 0)
    set(SHARDS 1)
endif()

set(database "${BUILD_DIR}/compile_commands.json")
if(NOT EXISTS "${database}")
    message(FATAL_ERROR "no ${database}: configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON")
endif()
file(READ "${database}" json)
string(JSON count LENGTH "${json}")
set(files "")
if(count GREATER 0)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON file GET "${json}" ${i} file)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        if(relative MATCHES "^(tests|examples)/")
            list(APPEND files "${file}")
        endif()
    endforeach()
endif()
list(REMOVE_DUPLICATES files)
list(SORT files)

set(findings "")
set(index 0)
set(checked 0)
foreach(file IN LISTS files)
    math(EXPR mine "${index} % ${SHARDS}")
    math(EXPR index "${index} + 1")
    if(NOT mine EQUAL SHARD)
        continue()
    endif()
    # The database holds the build compiler's flags: g++ needs no -std for
    # C++17 but clang does (an explicit -std in the database still wins), and
    # g++-only warning flags must not stop clang.
    execute_process(COMMAND "${CLANG_TIDY}" -p "${BUILD_DIR}" --quiet
                            --extra-arg-before=-std=c++17 --extra-arg=-Wno-unknown-warning-option
                            "${file}"
                    RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE errors)
    math(EXPR checked "${checked} + 1")
    if(failed)
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
        message("clang-tidy ${shown}:\n${out}${errors}")
        list(APPEND findings "${shown}")
    endif()
endforeach()
if(findings)
    list(JOIN findings ", " shown)
    message(FATAL_ERROR "clang-tidy reports findings while checking: ${shown}")
endif()
message(STATUS "clang-tidy: ${checked} files clean (shard ${SHARD} of ${SHARDS})")

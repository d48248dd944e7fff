# Configures and builds targets of this project in a separate build tree with
# another compiler, for the CTest entries that need clang (fuzz, tsan):
#   cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DCXX_COMPILER=clang++
#         -DOPTIONS="-DX=ON|-DY=OFF" -DTARGETS="a|b" [-DBoost_DIR=...] [-DRapidJSON_DIR=...]
# (lists separated by '|': add_test() would split a ';' into two arguments)
#         -P nested_build.cmake
# An existing tree is reused, so a second run only rebuilds what changed.

foreach(required SOURCE_DIR BINARY_DIR CXX_COMPILER TARGETS)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "nested_build.cmake: ${required} is not set")
    endif()
endforeach()

string(REPLACE "|" ";" OPTIONS "${OPTIONS}")
string(REPLACE "|" ";" TARGETS "${TARGETS}")
set(configure ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -DCMAKE_CXX_COMPILER=${CXX_COMPILER} ${OPTIONS})
foreach(dir Boost_DIR RapidJSON_DIR)
    if(${dir})
        list(APPEND configure -D${dir}=${${dir}})
    endif()
endforeach()

execute_process(COMMAND ${configure} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "nested configure failed (${result})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --parallel 2 --target ${TARGETS}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "nested build failed (${result})")
endif()

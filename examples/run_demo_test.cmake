# Runs whmcs-get-ticket for a CTest test and checks its exit code and output.
#   cmake -DPROGRAM=<exe> -DARGS=<arguments separated by |> [-DINPUT=<file for stdin>]
#         [-DEXPECT_EXIT=<code>] [-DEXPECT=<regex>] [-DREJECT=<regex>]
#         [-DPORT_FILE=<file>] -P run_demo_test.cmake
# "@PORT@" in ARGS becomes the content of PORT_FILE (the fake server's port).
string(REPLACE "|" ";" ARGS "${ARGS}")
if(NOT DEFINED EXPECT_EXIT)
    set(EXPECT_EXIT 0)
endif()
if(PORT_FILE)
    file(READ "${PORT_FILE}" port)
    string(STRIP "${port}" port)
    string(REPLACE "@PORT@" "${port}" ARGS "${ARGS}")
endif()
set(input_option "")
if(INPUT)
    set(input_option INPUT_FILE "${INPUT}")
endif()
execute_process(COMMAND "${PROGRAM}" ${ARGS} ${input_option}
    RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
message("exit code: ${exit_code}\n--- stdout\n${out}--- stderr\n${err}")
if(NOT exit_code STREQUAL EXPECT_EXIT)
    message(FATAL_ERROR "expected exit code ${EXPECT_EXIT}, got ${exit_code}")
endif()
if(DEFINED EXPECT AND NOT "${out}${err}" MATCHES "${EXPECT}")
    message(FATAL_ERROR "output does not match: ${EXPECT}")
endif()
if(DEFINED REJECT AND "${out}${err}" MATCHES "${REJECT}")
    message(FATAL_ERROR "output matches what it must not: ${REJECT}")
endif()

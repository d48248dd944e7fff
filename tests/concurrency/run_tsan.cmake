# Runs a ThreadSanitizer-instrumented PROGRAM: cmake -DPROGRAM=... -P run_tsan.cmake
#
# clang 14's TSan cannot map its shadow memory when the kernel randomizes
# mmap with more than 28 bits (vm.mmap_rnd_bits = 32 on recent kernels) and
# dies with "unexpected memory mapping" before main(). Then the program runs
# again with address-space randomization off (setarch -R), as LLVM advises.
if(NOT DEFINED PROGRAM)
    message(FATAL_ERROR "run_tsan.cmake: PROGRAM is not set")
endif()
set(ENV{TSAN_OPTIONS} "halt_on_error=1:second_deadlock_stack=1")
execute_process(COMMAND ${PROGRAM} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 AND err MATCHES "unexpected memory mapping")
    message(STATUS "TSan cannot map its shadow memory with this kernel's ASLR; running with setarch -R")
    execute_process(COMMAND uname -m OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND setarch ${arch} -R ${PROGRAM} RESULT_VARIABLE result OUTPUT_VARIABLE out
                    ERROR_VARIABLE err)
endif()
message("${out}${err}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} failed (${result})")
endif()

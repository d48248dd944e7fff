# whmcs_bind_generate(): C++ bindings for WHMCS API actions, generated from YAML
# schemas (schema/README.md) by the Python generator whmcs_bindgen.
#
#   whmcs_bind_generate(TARGET <target>
#                       SCHEMAS <file>...
#                       [OUTPUT_DIR <dir>]      # default ${CMAKE_CURRENT_BINARY_DIR}/whmcs_bind_generated/<target>
#                       [NAMESPACE <ns>])       # default whmcs::api
#
# Writes <OUTPUT_DIR>/<namespace as a path>/<action_snake_case>.hpp for each
# schema (so #include <whmcs/api/get_ticket.hpp> with the defaults), adds
# OUTPUT_DIR to <target>'s include directories and makes <target> build after
# the headers. The build regenerates a header whenever its schema, a generator
# source or a template changes; unchanged output is not rewritten, so nothing
# recompiles for nothing. Schemas are validated at configure time too, and
# editing one re-runs the configuration (its action name picks the file name).
#
# The generator needs a Python 3 that can `import jinja2, yaml`. Candidates, in
# order: the WHMCS_BIND_PYTHON cache variable, Python3_EXECUTABLE, `python3` on
# PATH, /usr/bin/python3, /usr/local/bin/python3. Using only the checked-in
# headers of whmcs-bind needs no Python at all: the search happens on the
# first call of a function of this file.
#
# WHMCS_BIND_GENERATOR_DIR names the directory that holds the `whmcs_bindgen`
# package. It defaults to ../generator beside this file (the source tree); an
# installed package config sets it before including this file.

include_guard(GLOBAL)

if(NOT DEFINED WHMCS_BIND_GENERATOR_DIR)
    set(WHMCS_BIND_GENERATOR_DIR "${CMAKE_CURRENT_LIST_DIR}/../generator")
endif()
get_filename_component(WHMCS_BIND_GENERATOR_DIR "${WHMCS_BIND_GENERATOR_DIR}" ABSOLUTE)
# Functions run in their caller's scope, where a variable set here may not be
# visible (add_subdirectory): keep the location in a global property.
set_property(GLOBAL PROPERTY WHMCS_BIND_GENERATOR_DIR "${WHMCS_BIND_GENERATOR_DIR}")

set(WHMCS_BIND_PYTHON "" CACHE FILEPATH
    "Python 3 interpreter with jinja2 and yaml for whmcs_bind_generate() (empty: search)")

# whmcs_bind_find_python(<var>)
# Sets <var> to a Python interpreter that can import jinja2 and yaml, or to
# <var>-NOTFOUND. The result is cached for later calls and configurations.
function(whmcs_bind_find_python out_var)
    if(_WHMCS_BIND_PYTHON_FOUND AND _WHMCS_BIND_PYTHON_FOUND_FOR STREQUAL "${WHMCS_BIND_PYTHON}")
        set(${out_var} "${_WHMCS_BIND_PYTHON_FOUND}" PARENT_SCOPE)
        return()
    endif()
    set(candidates "")
    if(WHMCS_BIND_PYTHON)
        list(APPEND candidates "${WHMCS_BIND_PYTHON}")
    endif()
    if(Python3_EXECUTABLE)
        list(APPEND candidates "${Python3_EXECUTABLE}")
    endif()
    find_program(path_python3 NAMES python3 NO_CACHE)
    if(path_python3)
        list(APPEND candidates "${path_python3}")
    endif()
    list(APPEND candidates /usr/bin/python3 /usr/local/bin/python3)
    list(REMOVE_DUPLICATES candidates)
    foreach(candidate IN LISTS candidates)
        if(NOT EXISTS "${candidate}")
            continue()
        endif()
        execute_process(COMMAND "${candidate}" -c "import jinja2, yaml"
                        RESULT_VARIABLE failed OUTPUT_QUIET ERROR_QUIET)
        if(NOT failed)
            message(STATUS "whmcs-bind: generator Python: ${candidate}")
            set(_WHMCS_BIND_PYTHON_FOUND "${candidate}" CACHE INTERNAL "")
            set(_WHMCS_BIND_PYTHON_FOUND_FOR "${WHMCS_BIND_PYTHON}" CACHE INTERNAL "")
            set(${out_var} "${candidate}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${out_var} "${out_var}-NOTFOUND" PARENT_SCOPE)
endfunction()

function(_whmcs_bind_require_python out_var)
    whmcs_bind_find_python(python)
    if(NOT python)
        message(FATAL_ERROR
            "whmcs_bind_generate() needs a Python 3 with the jinja2 and yaml modules, and found "
            "none (tried WHMCS_BIND_PYTHON, python3 on PATH, /usr/bin/python3). On Debian or "
            "Ubuntu: apt-get install python3-jinja2 python3-yaml; or set -DWHMCS_BIND_PYTHON= "
            "to an interpreter that has them.")
    endif()
    set(${out_var} "${python}" PARENT_SCOPE)
endfunction()

# Adds the commands that generate <schemas> into <header_dir>, and a custom
# target <custom_target> that runs them. Sets <out_headers> to the headers.
function(_whmcs_bind_add_generation custom_target header_dir namespace working_dir out_headers)
    set(schemas ${ARGN})
    _whmcs_bind_require_python(python)
    get_property(generator_dir GLOBAL PROPERTY WHMCS_BIND_GENERATOR_DIR)
    file(GLOB generator_sources CONFIGURE_DEPENDS
         "${generator_dir}/whmcs_bindgen/*.py"
         "${generator_dir}/whmcs_bindgen/templates/*.j2")
    if(NOT generator_sources)
        message(FATAL_ERROR "whmcs-bind: no generator in ${generator_dir}/whmcs_bindgen "
                            "(set WHMCS_BIND_GENERATOR_DIR)")
    endif()
    set(run_generator "${CMAKE_COMMAND}" -E env "PYTHONPATH=${generator_dir}"
        PYTHONDONTWRITEBYTECODE=1 "${python}" -m whmcs_bindgen)

    # The header's name comes from the action inside the schema: ask the
    # generator (which validates the schema on the way), and configure again
    # when a schema changes, in case its action was renamed.
    execute_process(COMMAND ${run_generator} outputs ${schemas}
                    WORKING_DIRECTORY "${working_dir}"
                    RESULT_VARIABLE failed OUTPUT_VARIABLE names ERROR_VARIABLE errors)
    if(failed)
        message(FATAL_ERROR "whmcs-bind: invalid schema:\n${errors}")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${schemas})
    string(STRIP "${names}" names)
    string(REPLACE "\n" ";" names "${names}")

    set(stamp_dir "${CMAKE_CURRENT_BINARY_DIR}/whmcs_bind_stamps/${custom_target}")
    file(MAKE_DIRECTORY "${stamp_dir}")
    set(headers "")
    set(stamps "")
    foreach(schema name IN ZIP_LISTS schemas names)
        set(header "${header_dir}/${name}")
        set(stamp "${stamp_dir}/${name}.stamp")
        # The stamp is the OUTPUT and the header a BYPRODUCT: the generator
        # leaves an unchanged header untouched, and the stamp keeps the rule
        # from running again on every build.
        file(RELATIVE_PATH shown "${working_dir}" "${schema}")
        add_custom_command(
            OUTPUT "${stamp}"
            BYPRODUCTS "${header}"
            COMMAND ${run_generator} generate "${schema}" --output-dir "${header_dir}"
                    --namespace "${namespace}" --quiet
            COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
            DEPENDS "${schema}" ${generator_sources}
            WORKING_DIRECTORY "${working_dir}"
            COMMENT "whmcs-bind: generating ${name} from ${shown}"
            VERBATIM)
        list(APPEND headers "${header}")
        list(APPEND stamps "${stamp}")
    endforeach()
    add_custom_target(${custom_target} DEPENDS ${stamps})
    set(${out_headers} "${headers}" PARENT_SCOPE)
endfunction()

function(whmcs_bind_generate)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "TARGET;OUTPUT_DIR;NAMESPACE" "SCHEMAS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "whmcs_bind_generate: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_TARGET OR NOT TARGET "${arg_TARGET}")
        message(FATAL_ERROR "whmcs_bind_generate: TARGET must name an existing target "
                            "(got '${arg_TARGET}')")
    endif()
    if(NOT arg_SCHEMAS)
        message(FATAL_ERROR "whmcs_bind_generate: SCHEMAS lists no schema")
    endif()
    if(NOT arg_NAMESPACE)
        set(arg_NAMESPACE "whmcs::api")
    endif()
    if(NOT arg_OUTPUT_DIR)
        set(arg_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/whmcs_bind_generated/${arg_TARGET}")
    endif()
    get_filename_component(output_dir "${arg_OUTPUT_DIR}" ABSOLUTE
                           BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
    set(schemas "")
    foreach(schema IN LISTS arg_SCHEMAS)
        get_filename_component(schema "${schema}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        if(NOT EXISTS "${schema}")
            message(FATAL_ERROR "whmcs_bind_generate: no schema file ${schema}")
        endif()
        list(APPEND schemas "${schema}")
    endforeach()
    string(REPLACE "::" "/" namespace_path "${arg_NAMESPACE}")

    _whmcs_bind_add_generation(${arg_TARGET}_whmcs_bind_generate
        "${output_dir}/${namespace_path}" "${arg_NAMESPACE}" "${CMAKE_CURRENT_SOURCE_DIR}"
        headers ${schemas})

    get_target_property(type ${arg_TARGET} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
        target_include_directories(${arg_TARGET} INTERFACE "$<BUILD_INTERFACE:${output_dir}>")
    else()
        target_include_directories(${arg_TARGET} PUBLIC "$<BUILD_INTERFACE:${output_dir}>")
    endif()
    add_dependencies(${arg_TARGET} ${arg_TARGET}_whmcs_bind_generate)
    set_property(TARGET ${arg_TARGET} APPEND PROPERTY WHMCS_BIND_GENERATED_HEADERS ${headers})
endfunction()

# Used by whmcs-bind's own build (option WHMCS_BIND_REGENERATE): regenerates
# the checked-in headers <include_dir>/*.hpp from <schema_dir>/*.yaml, in
# place and only when they change, through the custom target <custom_target>.
function(_whmcs_bind_regenerate_checked_in custom_target schema_dir include_dir source_dir)
    file(GLOB schemas CONFIGURE_DEPENDS "${schema_dir}/*.yaml")
    list(SORT schemas)
    _whmcs_bind_add_generation(${custom_target} "${include_dir}" "whmcs::api" "${source_dir}"
        headers ${schemas})
endfunction()

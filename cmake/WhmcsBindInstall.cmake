# Install rules for whmcs-bind, included by the top-level CMakeLists.txt when
# WHMCS_BIND_INSTALL is ON (by default only when whmcs-bind is the top-level
# project, so that add_subdirectory() users do not install us by accident).
#
# Layout under the prefix (nothing depends on the architecture, so all of it
# but the headers lives under share/):
#   include/whmcs/**                        the headers, generated ones included
#   share/cmake/whmcs_bind/                 package config, version, targets,
#                                           WhmcsBindGenerate.cmake
#   share/whmcs_bind/generator/whmcs_bindgen  the generator and its templates
#   share/pkgconfig/whmcs_bind.pc           for non-CMake builds
include_guard(GLOBAL)
include(CMakePackageConfigHelpers)

set(WHMCS_BIND_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/whmcs_bind" CACHE STRING
    "Where whmcs_bindConfig.cmake is installed, relative to the prefix")
set(WHMCS_BIND_INSTALL_GENERATORDIR "${CMAKE_INSTALL_DATADIR}/whmcs_bind/generator" CACHE STRING
    "Where the whmcs_bindgen package is installed, relative to the prefix")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/whmcs"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp")

# The generator's sources and templates only: no tests, no byte code.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/generator/whmcs_bindgen"
        DESTINATION "${WHMCS_BIND_INSTALL_GENERATORDIR}"
        FILES_MATCHING PATTERN "*.py" PATTERN "*.j2"
        PATTERN "__pycache__" EXCLUDE)

# Users write whmcs::bind and whmcs::bind_curl, as they do with add_subdirectory().
set_target_properties(whmcs_bind PROPERTIES EXPORT_NAME bind)
install(TARGETS whmcs_bind EXPORT whmcs_bindTargets)
install(EXPORT whmcs_bindTargets NAMESPACE whmcs::
        DESTINATION "${WHMCS_BIND_INSTALL_CMAKEDIR}")
# The libcurl transport has a file of its own so that the package config can
# load it only where libcurl is found: whmcs::bind needs no libcurl.
if(TARGET whmcs_bind_curl)
    set_target_properties(whmcs_bind_curl PROPERTIES EXPORT_NAME bind_curl)
    install(TARGETS whmcs_bind_curl EXPORT whmcs_bind_curlTargets)
    install(EXPORT whmcs_bind_curlTargets NAMESPACE whmcs::
            DESTINATION "${WHMCS_BIND_INSTALL_CMAKEDIR}")
endif()

configure_package_config_file(
    "${PROJECT_SOURCE_DIR}/cmake/whmcs_bindConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/whmcs_bindConfig.cmake"
    INSTALL_DESTINATION "${WHMCS_BIND_INSTALL_CMAKEDIR}"
    PATH_VARS WHMCS_BIND_INSTALL_GENERATORDIR)
# Header-only: one installed tree serves 32- and 64-bit consumers alike.
write_basic_package_version_file(
    "${PROJECT_BINARY_DIR}/whmcs_bindConfigVersion.cmake"
    COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/whmcs_bindConfig.cmake"
              "${PROJECT_BINARY_DIR}/whmcs_bindConfigVersion.cmake"
              "${PROJECT_SOURCE_DIR}/cmake/WhmcsBindGenerate.cmake"
        DESTINATION "${WHMCS_BIND_INSTALL_CMAKEDIR}")

# pkg-config finds the prefix from the .pc file's own place (${pcfiledir}), so
# an installed tree can move (cmake --install --prefix, DESTDIR) and still work.
set(pkgconfig_dir "${CMAKE_INSTALL_DATADIR}/pkgconfig")
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}" OR IS_ABSOLUTE "${pkgconfig_dir}")
    set(WHMCS_BIND_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
    file(RELATIVE_PATH to_include "/prefix/${pkgconfig_dir}" "/prefix/${CMAKE_INSTALL_INCLUDEDIR}")
    set(WHMCS_BIND_PC_INCLUDEDIR "\${pcfiledir}/${to_include}")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/whmcs_bind.pc.in"
               "${PROJECT_BINARY_DIR}/whmcs_bind.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/whmcs_bind.pc" DESTINATION "${pkgconfig_dir}")

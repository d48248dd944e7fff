#ifndef WHMCS_VERSION_HPP
#define WHMCS_VERSION_HPP

/// Release version of whmcs-bind (semantic versioning).
#define WHMCS_BIND_VERSION_MAJOR 0
#define WHMCS_BIND_VERSION_MINOR 1
#define WHMCS_BIND_VERSION_PATCH 0
#define WHMCS_BIND_VERSION_STRING "0.1.0"

/// Version of the contract between generated headers and the runtime (the
/// vocabulary in whmcs/meta.hpp). Generated headers refuse to compile against
/// a runtime with another value; bump it whenever that vocabulary changes.
#define WHMCS_BIND_METADATA_VERSION 1

#endif

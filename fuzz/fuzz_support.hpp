#ifndef WHMCS_FUZZ_FUZZ_SUPPORT_HPP
#define WHMCS_FUZZ_FUZZ_SUPPORT_HPP

// What the fuzz targets share: a loud failure for a broken invariant (so
// libFuzzer records the input), whatever the build's NDEBUG.

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace fuzz_support {

[[noreturn]] inline void broken(const char* invariant, std::string_view detail = {}) {
    std::fprintf(stderr, "\nINVARIANT BROKEN: %s\n%.*s\n", invariant,
                 static_cast<int>(detail.size()), detail.data());
    std::abort();
}

inline void check(bool ok, const char* invariant, std::string_view detail = {}) {
    if (!ok) broken(invariant, detail);
}

}  // namespace fuzz_support

#ifdef WHMCS_FUZZ_UBSAN_SUPPRESSIONS
// UBSan's defaults for every run of a target, however it is started: any
// report stops the run, except the one in ubsan.supp.
extern "C" const char* __ubsan_default_options() {
    return "halt_on_error=1:print_stacktrace=1:suppressions=" WHMCS_FUZZ_UBSAN_SUPPRESSIONS;
}
#endif

#endif

#ifndef WHMCS_TESTS_RUNTIME_TEST_SUPPORT_HPP
#define WHMCS_TESTS_RUNTIME_TEST_SUPPORT_HPP

// Helpers shared by the runtime tests.

#include "fixture.hpp"

#include <whmcs/json/decode.hpp>

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

namespace test_support {

/// The text of a file under tests/fixtures.
inline std::string fixture(const std::string& name) {
    return test_fixtures::read(name);
}

/// The error decoding `text` into T must give (it fails the test when the
/// decode succeeds).
template <class T>
whmcs::decode_error_info failure(std::string_view text,
                                 const whmcs::json::decode_options& options = {}) {
    auto result = whmcs::json::try_decode<T>(text, options);
    BOOST_REQUIRE_MESSAGE(!result.has_value(), "decoding unexpectedly succeeded: " << text);
    return result.error();
}

/// A row of a rejection table: input, error code, JSON Pointer.
struct rejected {
    std::string json;
    whmcs::decode_errc code;
    std::string path;
};

inline std::ostream& operator<<(std::ostream& out, const rejected& r) {
    return out << r.json << " -> " << whmcs::to_string(r.code) << " at " << r.path;
}

/// Checks one rejection row against decoding into T.
template <class T>
void check_rejected(const rejected& row) {
    const whmcs::decode_error_info error = failure<T>(row.json);
    BOOST_TEST(whmcs::to_string(error.code) == whmcs::to_string(row.code), error.message());
    BOOST_TEST(error.path == row.path, error.message());
    BOOST_TEST(!error.expected.empty(), error.message());
    BOOST_TEST(!error.found.empty(), error.message());
}

}  // namespace test_support

#endif

#ifndef WHMCS_TESTS_COMMON_FIXTURE_HPP
#define WHMCS_TESTS_COMMON_FIXTURE_HPP

// Reading the JSON fixtures under tests/fixtures, for every test program.

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace test_fixtures {

/// The bytes of tests/fixtures/<name>; throws when the file cannot be read.
inline std::string read(const std::string& name) {
    std::ifstream in(std::string(WHMCS_FIXTURES_DIR) + "/" + name, std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace test_fixtures

#endif

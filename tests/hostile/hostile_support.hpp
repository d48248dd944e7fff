#ifndef WHMCS_TESTS_HOSTILE_HOSTILE_SUPPORT_HPP
#define WHMCS_TESTS_HOSTILE_HOSTILE_SUPPORT_HPP

// Helpers for the hostile-response suite: the docs' example as text and as a
// document to mutate, and one check of "this text fails exactly so".

#include "fixture.hpp"

#include <whmcs/error.hpp>
#include <whmcs/json/decode.hpp>

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

namespace hostile {

/// The text of a file under tests/fixtures.
inline std::string fixture(const std::string& name) {
    return test_fixtures::read(name);
}

inline const std::string& docs_example() {
    static const std::string text = fixture("get_ticket_docs_example.json");
    return text;
}

/// The docs' example with the value at JSON Pointer `pointer` replaced by
/// the JSON text `value` (a missing member is added).
inline std::string docs_example_with(const std::string& pointer, const std::string& value) {
    rapidjson::Document doc;
    doc.Parse(docs_example().data(), docs_example().size());
    BOOST_REQUIRE(!doc.HasParseError());
    rapidjson::Document replacement(&doc.GetAllocator());
    replacement.Parse(value.data(), value.size());
    BOOST_REQUIRE_MESSAGE(!replacement.HasParseError(), "bad replacement " << value);
    const rapidjson::Pointer p(pointer.data(), pointer.size());
    BOOST_REQUIRE_MESSAGE(p.IsValid(), "bad pointer " << pointer);
    p.Set(doc, static_cast<rapidjson::Value&>(replacement));
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> writer(out);
    doc.Accept(writer);
    return std::string(out.GetString(), out.GetSize());
}

/// The docs' example with the raw JSON text `value` (any bytes, numbers kept
/// exactly as written) at JSON Pointer `pointer`.
inline std::string docs_example_with_raw(const std::string& pointer, const std::string& value) {
    const std::string marker = "\"@@RAW@@\"";
    std::string text = docs_example_with(pointer, marker);
    text.replace(text.find(marker), marker.size(), value);
    return text;
}

/// The error decoding `text` into T must give; fails the test on success.
template <class T>
whmcs::decode_error_info failure(std::string_view text,
                                 const whmcs::json::decode_options& options = {}) {
    auto result = whmcs::json::try_decode<T>(text, options);
    BOOST_REQUIRE_MESSAGE(!result.has_value(),
                          "decoding unexpectedly succeeded: " << text.substr(0, 200));
    return result.error();
}

/// Checks the code and path of an error, and that it says what was expected
/// and found.
inline void check_error(const whmcs::decode_error_info& e, whmcs::decode_errc code,
                        const std::string& path) {
    BOOST_TEST(whmcs::to_string(e.code) == whmcs::to_string(code), e.message());
    BOOST_TEST(e.path == path, e.message());
    BOOST_TEST(!e.expected.empty(), e.message());
    BOOST_TEST(!e.found.empty(), e.message());
    // Excerpts keep messages short whatever the input's size.
    BOOST_TEST(e.found.size() < 200u, e.message().substr(0, 300));
}

/// `depth` levels of `open`, then as many of `close`.
inline std::string nest(std::size_t depth, std::string_view open, std::string_view close) {
    std::string text;
    text.reserve(depth * (open.size() + close.size()));
    for (std::size_t i = 0; i < depth; ++i) text += open;
    for (std::size_t i = 0; i < depth; ++i) text += close;
    return text;
}

}  // namespace hostile

#endif

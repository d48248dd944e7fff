// Text that is not what a decoder hopes for: empty, not JSON, broken JSON,
// invalid UTF-8, nesting beyond the limit, oversized input.

#define BOOST_TEST_MODULE decode_text
#include "sample_types.hpp"
#include "test_support.hpp"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

namespace data = boost::unit_test::data;
using sample::every_kind;
using whmcs::decode_errc;

namespace {

struct text_row {
    std::string text;
    decode_errc code;
    std::string path;
    std::size_t offset;
    std::string found_contains;
};

std::ostream& operator<<(std::ostream& out, const text_row& row) {
    return out << test_support::rejected{row.text, row.code, row.path};
}

constexpr std::size_t npos = whmcs::decode_error_info::npos;

}  // namespace

const text_row bad_texts[] = {
    {"", decode_errc::empty_input, "", 0, "empty input"},
    {" \r\n\t", decode_errc::empty_input, "", 0, "only white space"},
    {"<!DOCTYPE html><html><head><title>Security Warning</title>", decode_errc::not_json, "", 0,
     "an HTML page"},
    {"\n<html><body>Oops</body></html>", decode_errc::not_json, "", 1, "an HTML page"},
    {"<?xml version=\"1.0\"?><whmcsapi><result>success</result></whmcsapi>", decode_errc::not_json,
     "", 0, "XML"},
    {"result=success;ticketid=1;tid=516757;", decode_errc::not_json, "", 0, "key=value text"},
    {"Internal Server Error", decode_errc::not_json, "", 0, "text that is not JSON"},
    {R"({"text": "a"} trailing)", decode_errc::syntax, "", 14, "more text"},
    {R"({"text": "a"}{})", decode_errc::syntax, "", 13, "more text"},
    {std::string("{\"text\": \"a\"}\0garbage", 21), decode_errc::syntax, "", 13, "NUL"},
    {std::string("{\"text\": \"a\0b\"}", 15), decode_errc::syntax, "/text", 11, ""},
    {R"({"text": "a")", decode_errc::syntax, "/text", 12, "end of the input"},
    {R"({"text": })", decode_errc::syntax, "/text", 9, ""},
    {R"({"text" "a"})", decode_errc::syntax, "/text", 8, "colon"},
    {R"({'text': 'a'})", decode_errc::syntax, "", 1, ""},
    {R"({"text": "a",})", decode_errc::syntax, "/text", 13, "name"},
    {R"({"i64": NaN})", decode_errc::syntax, "/i64", 8, ""},
    {R"({"i64": Infinity})", decode_errc::syntax, "/i64", 8, ""},
    {R"({"i64": -Infinity})", decode_errc::syntax, "/i64", 9, ""},
    {R"({"amount": 1e400})", decode_errc::out_of_range, "/amount", 11, ""},
    {R"({"i64": 01})", decode_errc::syntax, "/i64", 9, ""},
    {"{\"text\": \"tab\there\"}", decode_errc::syntax, "/text", 13, "\\t"},
    {"{\"text\": \"\xC3\x28\"}", decode_errc::invalid_utf8, "/text", 10, ""},
    {"{\"text\": \"\xED\xA0\x80\"}", decode_errc::invalid_utf8, "/text", 10, ""},
    {"{\"text\": \"\xF8\x88\x80\x80\x80\"}", decode_errc::invalid_utf8, "/text", 10, ""},
    {"{\"te\xFFxt\": 1}", decode_errc::invalid_utf8, "", 4, ""},
    {R"({"text": "\ud800"})", decode_errc::invalid_utf8, "/text", 10, "surrogate"},
    {R"({"text": "\ud800\u0041"})", decode_errc::invalid_utf8, "/text", 10, "surrogate"},
    {R"({"text": "\udc00"})", decode_errc::invalid_utf8, "/text", npos, "unpaired surrogate"},
    {R"({"text": "\uZZZZ"})", decode_errc::syntax, "/text", 10, "hex digit"},
    {R"({"text": "\q"})", decode_errc::syntax, "/text", 10, "escape"},
};

BOOST_DATA_TEST_CASE(bad_text_gives_a_clear_error, data::make(bad_texts), row) {
    const auto error = test_support::failure<every_kind>(row.text);
    BOOST_TEST(error.code == row.code, error.message());
    BOOST_TEST(error.path == row.path, error.message());
    BOOST_TEST(error.offset == row.offset, error.message());
    BOOST_TEST(error.found.find(row.found_contains) != std::string::npos, error.message());
}

BOOST_AUTO_TEST_CASE(not_json_error_quotes_the_start_of_the_text) {
    const auto error = test_support::failure<every_kind>(
        "<!DOCTYPE html>\n<html><head><title>Security Warning</title></head><body>Remove the "
        "install folder");
    BOOST_TEST(error.message() ==
               "at (root) (byte 0): not_json: expected JSON, found an HTML page: "
               "\"<!DOCTYPE html>\\n<html><head><title>Secur\"…");
}

BOOST_AUTO_TEST_CASE(white_space_around_the_value_is_fine) {
    BOOST_TEST(whmcs::json::decode<every_kind>(" \r\n{\"text\": \"a\"}\n\t ").text.value() == "a");
}

// ---------------------------------------------------------------- limits

std::string nested(std::size_t depth, const char* open, const char* close) {
    std::string text = R"({"text": "a", "deep": )";
    for (std::size_t i = 0; i < depth; ++i) text += open;
    for (std::size_t i = 0; i < depth; ++i) text += close;
    return text + "}";
}

BOOST_AUTO_TEST_CASE(nesting_within_the_limit_is_skipped) {
    BOOST_TEST(whmcs::json::decode<every_kind>(nested(60, "[", "]")).text.value() == "a");
}

BOOST_AUTO_TEST_CASE(nesting_beyond_the_limit_is_an_error_not_a_stack_overflow) {
    for (const char* open : {"[", "{\"k\":"}) {
        const auto error =
            test_support::failure<every_kind>(nested(200000, open, open[0] == '[' ? "]" : "}"));
        BOOST_TEST(error.code == decode_errc::too_deep);
        BOOST_TEST(error.path == "/deep");  // skipped values are not tracked level by level
        BOOST_TEST(error.expected == "at most 64 levels of nesting");
    }
}

BOOST_AUTO_TEST_CASE(max_depth_is_an_option_with_a_hard_ceiling) {
    whmcs::json::decode_options options;
    options.max_depth = 3;
    BOOST_TEST(test_support::failure<every_kind>(nested(3, "[", "]"), options).code ==
               decode_errc::too_deep);
    BOOST_TEST(whmcs::json::decode<every_kind>(nested(2, "[", "]"), options).text.value() == "a");
    options.max_depth = 1000000;
    const auto error = test_support::failure<every_kind>(nested(5000, "[", "]"), options);
    BOOST_TEST(error.expected == "at most 1024 levels of nesting");
}

BOOST_AUTO_TEST_CASE(input_larger_than_the_limit_is_refused_before_parsing) {
    whmcs::json::decode_options options;
    options.max_input_size = 16;
    const auto error = test_support::failure<every_kind>(R"({"text": "0123456789"})", options);
    BOOST_TEST(error.code == decode_errc::too_large);
    BOOST_TEST(error.found == "22 bytes");
    BOOST_TEST(whmcs::json::decode<every_kind>(R"({"text": "01"})", options).text.value() == "01");
}

BOOST_AUTO_TEST_CASE(a_ten_megabyte_string_decodes) {
    const std::string big(10u << 20, 'x');
    BOOST_TEST(whmcs::json::decode<every_kind>(R"({"text": ")" + big + "\"}").text->size() ==
               big.size());
}

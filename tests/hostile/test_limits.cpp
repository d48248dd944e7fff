// The decode limits at their boundaries: max_depth (nesting, with its hard
// ceiling) and max_input_size, each accepted exactly at the limit and refused
// one past it, through json::decode, try_decode and decode_response.

#define BOOST_TEST_MODULE limits
#include "hostile_support.hpp"

#include "fuzz_types.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/response.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

#include <cstdint>
#include <string>

namespace data = boost::unit_test::data;
namespace gt = whmcs::api::get_ticket;
using fuzz_types::every_kind;
using whmcs::decode_errc;
using whmcs::json::decode_options;

namespace {

/// An every_kind object (one level) holding `levels - 1` nested arrays in an
/// unknown member: `levels` levels of nesting in all.
std::string nested_to(std::size_t levels) {
    const std::string deep = levels == 1 ? "0" : hostile::nest(levels - 1, "[", "]");
    return R"({"text": "t", "id": 1, "deep": )" + deep + "}";
}

decode_options with_depth(std::size_t depth) {
    decode_options o;
    o.max_depth = depth;
    return o;
}

}  // namespace

BOOST_DATA_TEST_CASE(nesting_exactly_at_max_depth_is_accepted_and_one_more_level_refused,
                     data::make({std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{10},
                                 std::size_t{64}, std::size_t{100}, std::size_t{1023},
                                 std::size_t{1024}}),
                     depth) {
    const decode_options o = with_depth(depth);
    const auto at_limit = whmcs::json::try_decode<every_kind>(nested_to(depth), o);
    BOOST_TEST(at_limit.has_value(), (at_limit ? std::string() : at_limit.error().message()));
    const auto e = hostile::failure<every_kind>(nested_to(depth + 1), o);
    hostile::check_error(e, decode_errc::too_deep, "/deep");
    BOOST_TEST(e.expected == "at most " + std::to_string(depth) + " levels of nesting");
}

BOOST_AUTO_TEST_CASE(the_default_max_depth_is_64) {
    BOOST_TEST(decode_options{}.max_depth == 64u);
    BOOST_TEST(whmcs::json::try_decode<every_kind>(nested_to(64)).has_value());
    hostile::check_error(hostile::failure<every_kind>(nested_to(65)), decode_errc::too_deep,
                         "/deep");
}

BOOST_DATA_TEST_CASE(max_depth_above_the_hard_ceiling_acts_as_1024,
                     data::make({std::size_t{1025}, std::size_t{5000}, SIZE_MAX}), depth) {
    const decode_options o = with_depth(depth);
    BOOST_TEST(whmcs::json::try_decode<every_kind>(nested_to(1024), o).has_value());
    const auto e = hostile::failure<every_kind>(nested_to(1025), o);
    hostile::check_error(e, decode_errc::too_deep, "/deep");
    BOOST_TEST(e.expected == "at most 1024 levels of nesting");
    BOOST_TEST(decode_options::hard_max_depth == 1024u);
}

BOOST_AUTO_TEST_CASE(max_depth_zero_refuses_any_object_or_array_but_not_a_scalar) {
    const decode_options o = with_depth(0);
    hostile::check_error(hostile::failure<every_kind>("{}", o), decode_errc::too_deep, "");
    BOOST_TEST(whmcs::json::decode<std::int64_t>("42", o) == 42);
}

BOOST_AUTO_TEST_CASE(the_docs_example_needs_six_levels) {
    // response { replies { reply [ { attachments [ { (or [[]]) } ] } ] } };
    // the error names the list whose element goes one level too deep.
    BOOST_TEST(
        whmcs::json::try_decode<gt::response>(hostile::docs_example(), with_depth(6)).has_value());
    const auto e = hostile::failure<gt::response>(hostile::docs_example(), with_depth(5));
    hostile::check_error(e, decode_errc::too_deep, "/replies/reply/0/attachments");
}

BOOST_AUTO_TEST_CASE(decode_response_applies_max_depth) {
    BOOST_TEST(
        whmcs::decode_response<gt::response>(hostile::docs_example(), with_depth(6)).ticketid == 1);
    try {
        (void)whmcs::decode_response<gt::response>(hostile::docs_example(), with_depth(5));
        BOOST_FAIL("no decode_error");
    } catch (const whmcs::decode_error& e) {
        BOOST_TEST(e.code() == decode_errc::too_deep);
        BOOST_TEST(e.path() == "/replies/reply/0/attachments");
    }
}

// ------------------------------------------------------------ input size

namespace {

decode_options with_size(std::size_t size) {
    decode_options o;
    o.max_input_size = size;
    return o;
}

}  // namespace

BOOST_DATA_TEST_CASE(input_exactly_at_max_input_size_is_accepted_and_one_byte_more_refused,
                     data::make({std::size_t{0}, std::size_t{1}, std::size_t{100},
                                 std::size_t{3196}}),
                     extra) {
    // The docs' example padded with `extra` bytes of white space.
    const std::string text = hostile::docs_example() + std::string(extra, ' ');
    BOOST_TEST(whmcs::json::try_decode<gt::response>(text, with_size(text.size())).has_value());
    BOOST_TEST(whmcs::decode_response<gt::response>(text, with_size(text.size())).ticketid == 1);
    const auto e = hostile::failure<gt::response>(text, with_size(text.size() - 1));
    BOOST_TEST(e.code == decode_errc::too_large);
    BOOST_TEST(e.path == "");
    BOOST_TEST(e.offset == 0u);
    BOOST_TEST(e.expected == "at most " + std::to_string(text.size() - 1) + " bytes");
    BOOST_TEST(e.found == std::to_string(text.size()) + " bytes");
    BOOST_CHECK_THROW(whmcs::decode_response<gt::response>(text, with_size(text.size() - 1)),
                      whmcs::decode_error);
}

BOOST_AUTO_TEST_CASE(the_size_limit_comes_before_anything_else) {
    // Not even the text's first bytes are looked at: an oversized HTML page
    // is too_large, not not_json; an empty text fits any limit.
    BOOST_TEST(hostile::failure<gt::response>("<html>", with_size(5)).code ==
               decode_errc::too_large);
    BOOST_TEST(hostile::failure<gt::response>("  ", with_size(1)).code == decode_errc::too_large);
    BOOST_TEST(hostile::failure<gt::response>("", with_size(0)).code == decode_errc::empty_input);
}

BOOST_AUTO_TEST_CASE(the_default_max_input_size_is_64_mib) {
    BOOST_TEST(decode_options{}.max_input_size == std::size_t{64} << 20);
    const std::string text = hostile::docs_example_with_raw(
        "/extra", "\"" + std::string((64u << 20) - 3300, 'x') + "\"");
    BOOST_TEST_REQUIRE(text.size() <= decode_options{}.max_input_size);
    BOOST_TEST(whmcs::json::try_decode<gt::response>(text).has_value());
    const std::string over =
        text + std::string(decode_options{}.max_input_size - text.size() + 1, ' ');
    BOOST_TEST(hostile::failure<gt::response>(over).code == decode_errc::too_large);
}

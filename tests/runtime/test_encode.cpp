// Encoding: canonical JSON, the wire shape, errors, and decode(encode(x)) == x.

#define BOOST_TEST_MODULE encode
#include "described_equal.hpp"
#include "sample_types.hpp"
#include "test_support.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/encode.hpp>

using sample::every_kind;

namespace {

every_kind filled() {
    every_kind v;
    v.i64 = 7858259149;
    v.amount = whmcs::decimal(1595, 2);
    v.flag = true;
    v.text = "a \"quoted\"\r\n<b>";
    v.moment = whmcs::datetime{{2016, 1, 1}, 6, 26, 29};
    v.sort = sample::sort_order::desc;
    v.items = {sample::item{1, "one"}};
    v.words = {"x"};
    v.labels = {{"k", "v"}};
    v.renamed = "r";
    return v;
}

}  // namespace

BOOST_AUTO_TEST_CASE(canonical_json_uses_native_types_and_leaves_out_absent_optionals) {
    BOOST_TEST(whmcs::json::encode(filled()) ==
               R"({"i64":7858259149,"amount":15.95,"flag":true,"text":"a \"quoted\"\r\n<b>",)"
               R"("moment":"2016-01-01 06:26:29","sort":"DESC","items":[{"id":1,"name":"one"}],)"
               R"("bare":[],"words":["x"],"labels":{"k":"v"},"re-named":"r"})");
}

BOOST_AUTO_TEST_CASE(wire_shape_wraps_lists_and_sends_numbers_as_strings) {
    whmcs::json::encode_options options;
    options.wire_shape = true;
    BOOST_TEST(
        whmcs::json::encode(filled(), options) ==
        R"({"i64":"7858259149","amount":"15.95","flag":true,"text":"a \"quoted\"\r\n<b>",)"
        R"("moment":"2016-01-01 06:26:29","sort":"DESC","items":{"item":[{"id":"1","name":"one"}]},)"
        R"("bare":[],"words":["x"],"labels":{"k":"v"},"re-named":"r"})");
}

BOOST_AUTO_TEST_CASE(pretty_output_is_indented) {
    sample::item item{1, "a"};
    whmcs::json::encode_options options;
    options.pretty = true;
    BOOST_TEST(whmcs::json::encode(item, options) == "{\n    \"id\": 1,\n    \"name\": \"a\"\n}");
}

BOOST_AUTO_TEST_CASE(empty_dates_are_written_as_empty_strings) {
    sample::required_kinds v{1, "n", whmcs::datetime{}, {}};
    BOOST_TEST(whmcs::json::encode(v) == R"({"id":1,"name":"n","when":"","items":[]})");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error_naming_the_member) {
    every_kind v;
    v.items = {sample::item{1, "ok"}, sample::item{2, "bad \xC3"}};
    try {
        whmcs::json::encode(v);
        BOOST_FAIL("no exception");
    } catch (const whmcs::json::encode_error& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "cannot encode /items/1/name: a string that is not valid UTF-8");
    }
    whmcs::json::encode_options wire;
    wire.wire_shape = true;
    BOOST_CHECK_EXCEPTION(
        whmcs::json::encode(v, wire), whmcs::json::encode_error, [](const auto& e) {
            return std::string(e.what()).find("/items/item/1/name") != std::string::npos;
        });
}

BOOST_AUTO_TEST_CASE(enum_without_enumerator_is_an_error) {
    every_kind v;
    v.sort = static_cast<sample::sort_order>(7);
    BOOST_CHECK_THROW(whmcs::json::encode(v), whmcs::json::encode_error);
}

// ---------------------------------------------------------------- round trips

template <class T>
void check_round_trip(const T& value) {
    for (const bool wire : {false, true}) {
        whmcs::json::encode_options options;
        options.wire_shape = wire;
        const std::string text = whmcs::json::encode(value, options);
        const T back = whmcs::json::decode<T>(text);
        BOOST_TEST(test_support::described_equal(back, value), (wire ? "wire: " : "canonical: ")
                                                                   << text);
    }
}

BOOST_AUTO_TEST_CASE(round_trip_sample_values) {
    check_round_trip(filled());
    check_round_trip(every_kind{});
    check_round_trip(sample::required_kinds{-5, "", whmcs::datetime{}, {sample::item{0, ""}}});
}

BOOST_AUTO_TEST_CASE(round_trip_every_get_ticket_fixture) {
    for (const char* name : {"get_ticket_docs_example.json", "get_ticket_pre_7_10.json"}) {
        BOOST_TEST_CONTEXT(name) {
            check_round_trip(
                whmcs::json::decode<whmcs::api::get_ticket::response>(test_support::fixture(name)));
        }
    }
}

BOOST_AUTO_TEST_CASE(wire_shape_of_the_docs_example_decodes_like_the_original) {
    const auto original = whmcs::json::decode<whmcs::api::get_ticket::response>(
        test_support::fixture("get_ticket_docs_example.json"));
    whmcs::json::encode_options options;
    options.wire_shape = true;
    const std::string wire = whmcs::json::encode(original, options);
    BOOST_TEST(wire.find(R"("replies":{"reply":[)") != std::string::npos);
    BOOST_TEST(wire.find(R"("ticketid":"1")") != std::string::npos);
}

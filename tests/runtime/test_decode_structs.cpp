// Structs: required and optional members, null, unknown keys, duplicates,
// renamed keys, and the error each of them gives.

#define BOOST_TEST_MODULE decode_structs
#include "sample_types.hpp"
#include "test_support.hpp"

using sample::every_kind;
using sample::required_kinds;
using whmcs::decode_errc;

BOOST_AUTO_TEST_CASE(missing_optional_members_stay_empty) {
    const auto value = whmcs::json::decode<every_kind>("{}");
    BOOST_TEST(!value.i64.has_value());
    BOOST_TEST(!value.child.has_value());
    BOOST_TEST(value.items.empty());
    BOOST_TEST(value.labels.empty());
}

BOOST_AUTO_TEST_CASE(required_members_decode) {
    const auto value = whmcs::json::decode<required_kinds>(
        R"({"id": "3", "name": "n", "when": "2016-01-01 06:26:29"})");
    BOOST_TEST(value.id == 3);
    BOOST_TEST(value.name == "n");
    BOOST_TEST(value.when.to_string() == "2016-01-01 06:26:29");
    BOOST_TEST(value.items.empty());  // a missing list is an empty list
}

BOOST_AUTO_TEST_CASE(missing_required_member_is_named) {
    const auto error = test_support::failure<required_kinds>(R"({"id": 1, "when": ""})");
    BOOST_TEST(error.code == decode_errc::missing_member);
    BOOST_TEST(error.path == "/name");
    BOOST_TEST(error.expected == "string");
}

BOOST_AUTO_TEST_CASE(null_required_member_counts_as_missing) {
    const auto error =
        test_support::failure<required_kinds>(R"({"id": null, "name": "n", "when": ""})");
    BOOST_TEST(error.code == decode_errc::missing_member);
    BOOST_TEST(error.path == "/id");
    BOOST_TEST(error.found == "null");
}

BOOST_AUTO_TEST_CASE(missing_member_message_names_the_version_that_added_it) {
    const auto error = test_support::failure<sample::versioned>("{}");
    BOOST_TEST(error.path == "/added_later");
    BOOST_TEST(error.expected == "integer (added in WHMCS 8.0)");
}

BOOST_AUTO_TEST_CASE(nested_struct_errors_carry_the_full_path) {
    const auto error = test_support::failure<every_kind>(R"({"child": {"id": 1, "name": {}}})");
    BOOST_TEST(error.code == decode_errc::type_mismatch);
    BOOST_TEST(error.path == "/child/name");
    BOOST_TEST(error.message() == "at /child/name: type_mismatch: expected string, found object");
}

BOOST_AUTO_TEST_CASE(struct_rejects_scalars_and_arrays) {
    BOOST_TEST(test_support::failure<every_kind>(R"({"child": 5})").path == "/child");
    BOOST_TEST(test_support::failure<every_kind>(R"({"child": []})").code ==
               decode_errc::type_mismatch);
    BOOST_TEST(test_support::failure<every_kind>(R"([])").path == "");
    BOOST_TEST(test_support::failure<every_kind>(R"("text")").code == decode_errc::type_mismatch);
}

BOOST_AUTO_TEST_CASE(renamed_member_uses_its_wire_key) {
    BOOST_TEST(whmcs::json::decode<every_kind>(R"({"re-named": "x"})").renamed.value() == "x");
    BOOST_TEST(!whmcs::json::decode<every_kind>(R"({"renamed": "x"})").renamed.has_value());
}

BOOST_AUTO_TEST_CASE(members_decode_in_any_order) {
    const auto value = whmcs::json::decode<required_kinds>(R"({"when": "", "name": "n", "id": 2})");
    BOOST_TEST(value.id == 2);
    BOOST_TEST(value.name == "n");
}

BOOST_AUTO_TEST_CASE(duplicate_keys_keep_the_last_value) {
    const auto value = whmcs::json::decode<every_kind>(
        R"({"text": "first", "text": "second", "child": {"id": 1, "name": "a"}, "child": {"id": 2, "name": "b"}})");
    BOOST_TEST(value.text.value() == "second");
    BOOST_TEST(value.child->id == 2);
}

// ---------------------------------------------------------------- unknown keys

const char* const grown_api =
    R"({"id": 1, "name": "n", "when": "", "new_field": {"deep": [1, {"x": 2}]},
    "items": [{"id": 1, "name": "a", "extra": true}], "a/b": 1})";

BOOST_AUTO_TEST_CASE(unknown_keys_are_ignored_by_default) {
    const auto value = whmcs::json::decode<required_kinds>(grown_api);
    BOOST_TEST(value.items.size() == 1u);
}

BOOST_AUTO_TEST_CASE(unknown_keys_are_reported_as_pointers) {
    whmcs::json::decode_report report;
    whmcs::json::decode<required_kinds>(grown_api, {}, report);
    const std::vector<std::string> expected{"/new_field", "/items/0/extra", "/a~1b"};
    BOOST_TEST(report.unknown_keys == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unknown_keys_can_be_rejected) {
    whmcs::json::decode_options options;
    options.unknown = whmcs::json::unknown_keys::reject;
    const auto error = test_support::failure<required_kinds>(grown_api, options);
    BOOST_TEST(error.code == decode_errc::unknown_member);
    BOOST_TEST(error.path == "/new_field");
    BOOST_TEST(error.found == "key \"new_field\"");
}

BOOST_AUTO_TEST_CASE(errors_inside_skipped_values_still_point_at_them) {
    const auto error =
        test_support::failure<required_kinds>(R"({"id": 1, "name": "n", "when": "", "zz": [1, })");
    BOOST_TEST(error.code == decode_errc::syntax);
    BOOST_TEST(error.path == "/zz");
}

// ---------------------------------------------------------------- results

BOOST_AUTO_TEST_CASE(try_decode_returns_value_or_error_without_throwing) {
    auto good = whmcs::json::try_decode<required_kinds>(R"({"id": 1, "name": "n", "when": ""})");
    BOOST_REQUIRE(good);
    BOOST_TEST(good->id == 1);
    BOOST_TEST(good.value().name == "n");

    auto bad = whmcs::json::try_decode<required_kinds>(R"({"id": "x"})");
    BOOST_REQUIRE(!bad);
    BOOST_TEST(bad.error().path == "/id");
    BOOST_CHECK_THROW(bad.value(), whmcs::decode_error);
}

BOOST_AUTO_TEST_CASE(decode_throws_the_same_information) {
    try {
        whmcs::json::decode<required_kinds>(R"({"id": "12abc"})");
        BOOST_FAIL("no exception");
    } catch (const whmcs::decode_error& e) {
        BOOST_TEST(e.code() == decode_errc::invalid_value);
        BOOST_TEST(e.path() == "/id");
        BOOST_TEST(e.expected() == "integer");
        BOOST_TEST(e.found() == "string \"12abc\"");
        BOOST_TEST(e.offset() == whmcs::decode_error_info::npos);
        BOOST_TEST(std::string(e.what()) ==
                   "at /id: invalid_value: expected integer, found string \"12abc\"");
    }
}

BOOST_AUTO_TEST_CASE(long_values_are_cut_in_messages) {
    const std::string long_text(500, 'x');
    const auto error = test_support::failure<required_kinds>(R"({"id": ")" + long_text + "\"}");
    BOOST_TEST(error.found.size() < 60u);
    BOOST_TEST(error.found.find("…") != std::string::npos);
}

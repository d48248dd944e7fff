// Duplicate keys, which JSON allows and PHP's json_encode never writes: the
// LAST value of a member or map key wins, null included; the first error
// wins over any later value; index-keyed list objects keep every element.

#define BOOST_TEST_MODULE duplicate_keys
#include "hostile_support.hpp"

#include "fuzz_types.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/response.hpp>

namespace gt = whmcs::api::get_ticket;
using fuzz_types::every_kind;
using whmcs::decode_errc;

namespace {

/// The docs' example with `extra` (one or more "key": value members) added
/// as the last members of the top-level object.
std::string docs_example_ending_with(const std::string& extra) {
    std::string text = hostile::docs_example_with("/result", "\"success\"");
    text.insert(text.rfind('}'), "," + extra);
    return text;
}

every_kind every(const std::string& members) {
    return whmcs::json::decode<every_kind>(R"({"text": "t", "id": 1, )" + members + "}");
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_last_value_of_a_repeated_member_wins) {
    const auto t = whmcs::json::decode<gt::response>(
        docs_example_ending_with(R"("ticketid": "2", "subject": "x")"));
    BOOST_TEST(t.ticketid == 2);
    BOOST_TEST(t.subject == "x");
    BOOST_TEST(every(R"("i8": 1, "i8": 2, "i8": 3)").i8.value() == 3);
    BOOST_TEST(every(R"("text": "b")").text == "b");
}

BOOST_AUTO_TEST_CASE(a_repeated_member_inside_a_list_element_keeps_its_last_value) {
    std::string text = hostile::docs_example();
    const std::string first = R"("message": "Hey, \r\n\r\nThis is a second reply!)";
    text.insert(text.find(first), R"("message": "overridden", )");
    text.replace(text.find(R"("replyid": "2")"), 14, R"("replyid": "2", "replyid": "22")");
    const auto t = whmcs::json::decode<gt::response>(text);
    BOOST_TEST(t.replies.at(2).message.find("second reply") != std::string::npos);
    BOOST_TEST(t.replies.at(2).replyid.value() == 22);
}

BOOST_AUTO_TEST_CASE(a_repeated_list_replaces_the_first_one) {
    const auto t = whmcs::json::decode<gt::response>(docs_example_ending_with(
        R"("replies": {"reply": []}, "notes": {"note": [{"noteid": 9, "date": "",)"
        R"( "message": "m", "admin": "a"}]})"));
    BOOST_TEST(t.replies.empty());
    BOOST_TEST(t.notes.size() == 1u);
    BOOST_TEST(t.notes.at(0).noteid == 9);
    // Inside one list object, a repeated wrapper key replaces the list too.
    const auto v =
        every(R"("items": {"item": [{"id": 1, "name": "a"}], "item": [{"id": 2, "name": "b"}]})");
    BOOST_TEST(v.items.size() == 1u);
    BOOST_TEST(v.items.at(0).id == 2);
}

BOOST_AUTO_TEST_CASE(the_last_value_of_a_repeated_map_key_wins) {
    const auto v = every(
        R"("labels": {"k": "1", "other": "x", "k": "2"}, "leaves": {"a": {"id": 1, "name": "one"},)"
        R"( "a": {"id": 2, "name": "two"}})");
    BOOST_TEST(v.labels.size() == 2u);
    BOOST_TEST(v.labels.at("k") == "2");
    BOOST_TEST(v.leaves.at("a").id == 2);
    BOOST_TEST(v.leaves.at("a").name == "two");
    BOOST_TEST(!v.leaves.at("a").on.has_value());  // nothing of the first value is left
}

BOOST_AUTO_TEST_CASE(a_repeated_member_is_reset_before_its_last_value_is_read) {
    // The later object does not merge into the earlier one.
    const auto v =
        every(R"("child": {"id": 1, "name": "a", "on": true}, "child": {"id": 2, "name": "b"})");
    BOOST_TEST(v.child->id == 2);
    BOOST_TEST(!v.child->on.has_value());
}

BOOST_AUTO_TEST_CASE(a_null_after_a_value_leaves_an_optional_member_empty) {
    BOOST_TEST(!every(R"("i64": 5, "i64": null)").i64.has_value());
    BOOST_TEST(every(R"("words": ["a"], "words": null)").words.empty());
}

BOOST_AUTO_TEST_CASE(a_null_after_a_value_of_a_required_member_is_missing) {
    hostile::check_error(
        hostile::failure<gt::response>(docs_example_ending_with(R"("subject": null)")),
        decode_errc::missing_member, "/subject");
}

BOOST_AUTO_TEST_CASE(the_first_error_wins_over_a_later_good_value) {
    hostile::check_error(
        hostile::failure<gt::response>(
            hostile::docs_example_with("/ticketid", "\"x\"").insert(1, R"("ticketid": "x",)")),
        decode_errc::invalid_value, "/ticketid");
    hostile::check_error(
        hostile::failure<gt::response>(docs_example_ending_with(R"("ticketid": "x")")),
        decode_errc::invalid_value, "/ticketid");
}

BOOST_AUTO_TEST_CASE(index_keyed_list_objects_keep_every_element_in_input_order) {
    // {"0": a, "0": b} is no map: each index key adds an element, in the
    // order of the input (the indexes are not positions).
    const auto v = every(R"("bare": {"1": {"id": 1, "name": "a"}, "0": {"id": 2, "name": "b"},)"
                         R"( "1": {"id": 3, "name": "c"}})");
    BOOST_TEST(v.bare.size() == 3u);
    BOOST_TEST(v.bare.at(0).id == 1);
    BOOST_TEST(v.bare.at(1).id == 2);
    BOOST_TEST(v.bare.at(2).id == 3);
}

BOOST_AUTO_TEST_CASE(a_repeated_envelope_key_keeps_its_last_value_too) {
    // decode_response follows the same rule: the answer is an error only if
    // the last "result" says so, and its last "message" is the one reported.
    BOOST_TEST(whmcs::decode_response<gt::response>(
                   docs_example_ending_with(R"("result": "error", "result": "success")"))
                   .ticketid == 1);
    try {
        (void)whmcs::decode_response<gt::response>(
            R"({"result": "success", "message": "first", "result": "error", "message": "Ticket ID Not Found"})");
        BOOST_FAIL("no api_error");
    } catch (const whmcs::api_error& e) {
        BOOST_TEST(e.message() == "Ticket ID Not Found");
    }
    BOOST_CHECK_THROW((void)whmcs::decode_response<gt::response>(
                          docs_example_ending_with(R"("result": "success", "result": "error")")),
                      whmcs::api_error);
}

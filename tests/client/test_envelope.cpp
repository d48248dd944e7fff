// whmcs::decode_response: error envelopes, warnings, and text that is not JSON.
#define BOOST_TEST_MODULE envelope
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "test_requests.hpp"

#include <whmcs/response.hpp>
#include <whmcs/transport.hpp>

#include <ostream>
#include <string>

namespace bdata = boost::unit_test::data;
using test_api::ticket;

namespace {

const char* const success =
    R"({"result":"success","ticketid":"1","subject":"Hello","status":"Open",)"
    R"("replies":{"reply":[{"replyid":"0","name":"A","message":"m"}]}})";

// Boost.Describe's macros pass an empty variadic argument (no bases), which
// clang's -Wpedantic reports before C++20; the generated headers do the same.
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wgnu-zero-variadic-macro-arguments"
#endif

/// A response type that declares no envelope key at all.
struct counter {
    std::optional<std::int64_t> count;
};
BOOST_DESCRIBE_STRUCT(counter, (), (count))

struct text_case {
    const char* body;
    const char* looks_like;
    friend std::ostream& operator<<(std::ostream& os, const text_case& c) {
        return os << c.looks_like;
    }
};

const text_case not_json[] = {
    {"<!DOCTYPE html><html><head><title>Security Warning</title>", "an HTML page"},
    {"result=success;ticketid=1;", "key=value text"},
    {"<?xml version=\"1.0\"?><whmcsapi><result>success</result></whmcsapi>", "XML"},
};

bool is_api_error(const whmcs::api_error& e, const std::string& message) {
    BOOST_TEST(e.message() == message);
    BOOST_TEST(e.http_status() == 200);
    return true;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(envelope)

BOOST_AUTO_TEST_CASE(decodes_a_successful_answer) {
    whmcs::response_notes notes;
    const ticket t = whmcs::decode_response<ticket>(success, {}, notes);
    BOOST_TEST(t.ticketid == 1);
    BOOST_TEST(t.status == "Open");
    BOOST_TEST(t.replies.size() == 1u);
    BOOST_TEST(notes.warnings.empty());
    BOOST_TEST(notes.report.unknown_keys.empty());
}

BOOST_AUTO_TEST_CASE(result_error_becomes_api_error_with_the_servers_message) {
    BOOST_CHECK_EXCEPTION(
        whmcs::decode_response<ticket>(R"({"result":"error","message":"Ticket ID Not Found"})"),
        whmcs::api_error,
        [](const whmcs::api_error& e) { return is_api_error(e, "Ticket ID Not Found"); });
}

BOOST_AUTO_TEST_CASE(status_error_without_result_becomes_api_error) {
    BOOST_CHECK_EXCEPTION(
        whmcs::decode_response<ticket>(R"({"status":"error","message":"Domain not found"})"),
        whmcs::api_error,
        [](const whmcs::api_error& e) { return is_api_error(e, "Domain not found"); });
}

BOOST_AUTO_TEST_CASE(a_ticket_status_beside_result_success_is_no_error) {
    const std::string body =
        std::string(success).replace(std::string(success).find("Open"), 4, "error");
    BOOST_TEST(whmcs::decode_response<ticket>(body).status == "error");
}

BOOST_AUTO_TEST_CASE(an_error_without_message_still_throws) {
    BOOST_CHECK_EXCEPTION(
        whmcs::decode_response<ticket>(R"({"result":"error"})"), whmcs::api_error,
        [](const whmcs::api_error& e) { return is_api_error(e, "(the server sent no message)"); });
}

BOOST_AUTO_TEST_CASE(an_error_that_fits_the_response_type_still_throws) {
    // Every member of these types is optional, so the typed decode succeeds.
    BOOST_CHECK_THROW(
        whmcs::decode_response<test_api::nothing>(R"({"result":"error","message":"x"})"),
        whmcs::api_error);
    BOOST_CHECK_THROW(whmcs::decode_response<counter>(R"({"result":"error","message":"x"})"),
                      whmcs::api_error);
}

BOOST_AUTO_TEST_CASE(an_error_is_reported_under_strict_decoding_too) {
    whmcs::json::decode_options strict;
    strict.unknown = whmcs::json::unknown_keys::reject;
    BOOST_CHECK_EXCEPTION(whmcs::decode_response<ticket>(
                              R"({"result":"error","message":"Ticket ID Not Found"})", strict),
                          whmcs::api_error, [](const whmcs::api_error& e) {
                              return is_api_error(e, "Ticket ID Not Found");
                          });
}

BOOST_AUTO_TEST_CASE(a_warning_reaches_the_notes) {
    const std::string body = R"({"result":"success","warning":"Email not sent","ticketid":1,)"
                             R"("subject":"s","status":"Open","extra":1})";
    whmcs::response_notes notes;
    const ticket t = whmcs::decode_response<ticket>(body, {}, notes);
    BOOST_TEST(t.ticketid == 1);
    BOOST_TEST(notes.warnings == std::vector<std::string>{"Email not sent"});
    // The report lists real drift, not the envelope.
    BOOST_TEST(notes.report.unknown_keys == std::vector<std::string>{"/extra"});
}

BOOST_AUTO_TEST_CASE(a_list_of_warnings_gives_one_note_each) {
    whmcs::response_notes notes;
    whmcs::decode_response<counter>(R"({"result":"success","warning":["a","b"],"count":2})", {},
                                    notes);
    BOOST_TEST(notes.warnings == (std::vector<std::string>{"a", "b"}));
}

BOOST_AUTO_TEST_CASE(strict_decoding_accepts_a_warning_but_still_rejects_drift) {
    whmcs::json::decode_options strict;
    strict.unknown = whmcs::json::unknown_keys::reject;
    whmcs::response_notes notes;
    const std::string ok =
        R"({"result":"success","warning":"w","ticketid":1,"subject":"s","status":"Open"})";
    BOOST_TEST(whmcs::decode_response<ticket>(ok, strict, notes).ticketid == 1);
    BOOST_TEST(notes.warnings == std::vector<std::string>{"w"});

    const std::string drift =
        R"({"result":"success","warning":"w","ticketid":1,"subject":"s","status":"Open","new":2})";
    BOOST_CHECK_EXCEPTION(whmcs::decode_response<ticket>(drift, strict), whmcs::decode_error,
                          [](const whmcs::decode_error& e) {
                              BOOST_TEST(e.code() == whmcs::decode_errc::unknown_member);
                              BOOST_TEST(e.path() == "/new");
                              return true;
                          });
}

BOOST_DATA_TEST_CASE(text_that_is_not_json_is_a_decode_error_saying_what_it_looks_like,
                     bdata::make(not_json), c) {
    BOOST_CHECK_EXCEPTION(
        whmcs::decode_response<ticket>(c.body), whmcs::decode_error,
        [&](const whmcs::decode_error& e) {
            BOOST_TEST(e.code() == whmcs::decode_errc::not_json);
            BOOST_TEST(std::string(e.what()).find(c.looks_like) != std::string::npos);
            return true;
        });
}

BOOST_AUTO_TEST_CASE(a_success_that_does_not_fit_is_a_decode_error) {
    BOOST_CHECK_EXCEPTION(whmcs::decode_response<ticket>(R"({"result":"success","ticketid":"x1"})"),
                          whmcs::decode_error, [](const whmcs::decode_error& e) {
                              BOOST_TEST(e.path() == "/ticketid");
                              return true;
                          });
}

BOOST_AUTO_TEST_CASE(http_error_keeps_the_status_and_the_json_message) {
    const whmcs::api_error e =
        whmcs::detail::http_error(403, R"({"result":"error","message":"Invalid IP 203.0.113.5"})");
    BOOST_TEST(e.http_status() == 403);
    BOOST_TEST(e.message() == "Invalid IP 203.0.113.5");
    BOOST_TEST(std::string(e.what()) == "WHMCS API error (HTTP 403): Invalid IP 203.0.113.5");
}

BOOST_AUTO_TEST_CASE(http_error_without_json_quotes_a_short_excerpt) {
    const whmcs::api_error html =
        whmcs::detail::http_error(500, "\n<html><body><h1>Internal Server Error</h1><p>" +
                                           std::string(500, 'x') + "</p></body></html>");
    BOOST_TEST(html.http_status() == 500);
    BOOST_TEST(html.message().rfind("an HTML page: \"<html><body><h1>Internal Server Error", 0) ==
               0);
    BOOST_TEST(html.message().size() < 120u);
    BOOST_TEST(whmcs::detail::http_error(502, "").message() == "(empty body)");
}

BOOST_AUTO_TEST_CASE(hostile_bodies_of_http_errors_are_bounded) {
    const std::string deep = "{\"a\":" + std::string(200000, '[');
    BOOST_TEST(whmcs::detail::http_error(500, deep).message().size() < 120u);
    const whmcs::api_error bad_utf8 = whmcs::detail::http_error(403, "{\"message\":\"bad \xC0\"}");
    BOOST_TEST(bad_utf8.message().rfind("body: ", 0) == 0);  // not the unreadable message
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_a_decode_error_not_a_crash) {
    const std::string deep = "{\"result\":\"error\",\"x\":" + std::string(200000, '[');
    BOOST_CHECK_THROW(whmcs::decode_response<ticket>(deep), whmcs::decode_error);
}

BOOST_AUTO_TEST_CASE(redact_url_hides_user_information_and_query) {
    BOOST_TEST(whmcs::redact_url("https://u:p@example.com/includes/api.php?accesskey=x") ==
               "https://…@example.com/includes/api.php?…");
    BOOST_TEST(whmcs::redact_url("http://127.0.0.1:8080/includes/api.php") ==
               "http://127.0.0.1:8080/includes/api.php");
    BOOST_TEST(whmcs::redact_url("https://example.com/a@b#frag") == "https://example.com/a@b#…");
}

BOOST_AUTO_TEST_SUITE_END()

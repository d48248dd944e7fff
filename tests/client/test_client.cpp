// whmcs::client over a scripted in-process transport: what is sent, what each
// kind of answer becomes, and that no error shows the credentials.
#define BOOST_TEST_MODULE client
#include <boost/test/unit_test.hpp>

#include "parse_form.hpp"
#include "test_requests.hpp"

#include <whmcs/client.hpp>

#include <memory>
#include <string>
#include <vector>

namespace {

const std::string identifier = "IDENT-4a1b";
const std::string secret = "S3CR3T-9f8e7d6c";
const std::string endpoint = "https://billing.example.com/includes/api.php";

/// Records each post and answers with a fixed reply, or throws.
struct scripted_transport : whmcs::http_transport {
    whmcs::http_answer answer{200, "{}"};
    bool fail = false;
    std::vector<std::pair<std::string, std::string>> posts;  // (url, body)

    whmcs::http_answer post(const std::string& url, const std::string& body) override {
        posts.emplace_back(url, body);
        if (fail)
            throw whmcs::transport_error("POST " + whmcs::redact_url(url) +
                                         " failed: connection refused");
        return answer;
    }
};

struct fixture {
    std::shared_ptr<scripted_transport> transport = std::make_shared<scripted_transport>();
    whmcs::client api{endpoint, whmcs::credentials::api(identifier, secret), transport};

    test_api::get_ticket by_id(std::int64_t id) const {
        test_api::get_ticket r;
        r.ticketid = id;
        return r;
    }
};

/// Runs `call` expecting an exception of type E, and checks its message
/// holds neither credential.
template <class E, class F>
E expect_error(F&& call) {
    try {
        call();
    } catch (const E& e) {
        const std::string what = e.what();
        BOOST_TEST(what.find(secret) == std::string::npos);
        BOOST_TEST(what.find(identifier) == std::string::npos);
        return e;
    }
    BOOST_FAIL("no exception");
    throw;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(client, fixture)

BOOST_AUTO_TEST_CASE(call_posts_the_encoded_request_and_returns_the_response) {
    transport->answer = {200,
                         R"({"result":"success","ticketid":"42","subject":"Hi","status":"Open",)"
                         R"("replies":{"reply":{"name":"A","message":"m"}}})"};
    const test_api::ticket t = api.call(by_id(42));
    BOOST_TEST(t.ticketid == 42);
    BOOST_TEST(t.replies.size() == 1u);
    BOOST_TEST_REQUIRE(transport->posts.size() == 1u);
    BOOST_TEST(transport->posts[0].first == endpoint);
    const auto fields = test_form::parse_form(transport->posts[0].second);
    BOOST_TEST(test_form::value(fields, "action") == "GetTicket");
    BOOST_TEST(test_form::value(fields, "ticketid") == "42");
    BOOST_TEST(test_form::value(fields, "responsetype") == "json");
    BOOST_TEST(test_form::value(fields, "identifier") == identifier);
    BOOST_TEST(test_form::value(fields, "secret") == secret);
}

BOOST_AUTO_TEST_CASE(a_broken_request_is_rejected_before_anything_is_sent) {
    expect_error<whmcs::request_error>([&] { api.call(test_api::get_ticket{}); });
    BOOST_TEST(transport->posts.empty());
}

BOOST_AUTO_TEST_CASE(an_error_envelope_becomes_api_error) {
    transport->answer = {200, R"({"result":"error","message":"Ticket ID Not Found"})"};
    const auto e = expect_error<whmcs::api_error>([&] { api.call(by_id(404)); });
    BOOST_TEST(e.message() == "Ticket ID Not Found");
    BOOST_TEST(e.http_status() == 200);
}

BOOST_AUTO_TEST_CASE(http_403_keeps_its_status_and_message) {
    transport->answer = {403, R"({"result":"error","message":"Invalid IP 203.0.113.5"})"};
    const auto e = expect_error<whmcs::api_error>([&] { api.call(by_id(1)); });
    BOOST_TEST(e.http_status() == 403);
    BOOST_TEST(e.message() == "Invalid IP 203.0.113.5");
}

BOOST_AUTO_TEST_CASE(an_html_page_is_a_decode_error) {
    transport->answer = {200, "<!DOCTYPE html><html><title>Security Warning</title></html>"};
    const auto e = expect_error<whmcs::decode_error>([&] { api.call(by_id(1)); });
    BOOST_TEST(e.code() == whmcs::decode_errc::not_json);
}

BOOST_AUTO_TEST_CASE(transport_errors_pass_through) {
    transport->fail = true;
    expect_error<whmcs::transport_error>([&] { api.call(by_id(1)); });
}

BOOST_AUTO_TEST_CASE(warnings_reach_the_caller_through_notes) {
    transport->answer = {
        200,
        R"({"result":"success","warning":"Cache stale","ticketid":1,"subject":"s","status":"Open"})"};
    whmcs::response_notes notes;
    api.call(by_id(1), notes);
    BOOST_TEST(notes.warnings == std::vector<std::string>{"Cache stale"});
}

BOOST_AUTO_TEST_CASE(decode_options_apply_to_answers) {
    whmcs::client_options strict;
    strict.decode.unknown = whmcs::json::unknown_keys::reject;
    const whmcs::client strict_api(endpoint, whmcs::credentials::api(identifier, secret), transport,
                                   strict);
    transport->answer = {
        200, R"({"result":"success","ticketid":1,"subject":"s","status":"Open","new":1})"};
    BOOST_CHECK_THROW(strict_api.call(by_id(1)), whmcs::decode_error);
    BOOST_CHECK_NO_THROW(api.call(by_id(1)));
}

BOOST_AUTO_TEST_CASE(the_endpoint_shown_to_people_is_redacted) {
    const whmcs::client c("https://user:pw@example.com/includes/api.php?accesskey=k",
                          whmcs::credentials::api(identifier, secret), transport);
    BOOST_TEST(c.endpoint_for_display() == "https://…@example.com/includes/api.php?…");
}

BOOST_AUTO_TEST_CASE(a_null_transport_is_refused) {
    BOOST_CHECK_THROW(whmcs::client(endpoint, whmcs::credentials::api(identifier, secret), nullptr),
                      std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()

// The libcurl transport and the client against the fake WHMCS server
// (tests/fake_server, started by a CTest fixture; its port file is named by
// the WHMCS_FAKE_SERVER_DIR environment variable).
#define BOOST_TEST_MODULE client_curl
#include <boost/test/unit_test.hpp>

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/client.hpp>
#include <whmcs/transport/curl.hpp>

#include <boost/describe/class.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace gt = whmcs::api::get_ticket;
using namespace std::chrono_literals;

// Boost.Describe's macros pass an empty variadic argument (no bases), which
// clang's -Wpedantic reports before C++20; the generated headers do the same.
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wgnu-zero-variadic-macro-arguments"
#endif

namespace echo {

/// The fake server's /echo answer: the parameters as PHP would parse them.
struct response {
    std::string result;
    std::map<std::string, std::string> params;
    std::string user_agent;
};
BOOST_DESCRIBE_STRUCT(response, (), (result, params, user_agent))

struct request {
    std::optional<std::string> ticketnum;
    std::optional<std::string> subject;  // not a GetTicket parameter; WHMCS ignores extras
    static constexpr std::string_view whmcs_action = "GetTicket";
    using whmcs_response = response;
};
BOOST_DESCRIBE_STRUCT(request, (), (ticketnum, subject))

}  // namespace echo

namespace {

// Must match tests/fake_server/fake_whmcs.py.
const std::string identifier = "test-identifier";
const std::string secret = "test-secret S3cr3t&=+%";

std::string state_file(const std::string& name) {
    const char* dir = std::getenv("WHMCS_FAKE_SERVER_DIR");
    BOOST_TEST_REQUIRE(dir != nullptr, "WHMCS_FAKE_SERVER_DIR is not set: run through ctest");
    return std::string(dir) + "/" + name;
}

std::string read_port(const std::string& name) {
    std::ifstream in(state_file(name));
    std::string port;
    in >> port;
    return port;
}

std::string base_url() {
    return "http://127.0.0.1:" + read_port("port");
}

whmcs::client make_client(const std::string& prefix, whmcs::curl_options options = {},
                          const std::string& password = secret) {
    return whmcs::client(base_url() + prefix + "/includes/api.php",
                         whmcs::credentials::api(identifier, password),
                         std::make_shared<whmcs::curl_transport>(std::move(options)));
}

gt::request ticket_id(std::int64_t id) {
    gt::request r;
    r.ticketid = id;
    return r;
}

/// Runs `call`, expecting E, and checks that its message shows no credential.
template <class E, class F>
E expect_error(F&& call) {
    try {
        call();
    } catch (const E& e) {
        const std::string what = e.what();
        BOOST_TEST(what.find(secret) == std::string::npos);
        BOOST_TEST(what.find("S3cr3t") == std::string::npos);
        BOOST_TEST(what.find(identifier) == std::string::npos);
        return e;
    }
    BOOST_FAIL("no exception");
    throw;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(client_curl)

BOOST_AUTO_TEST_CASE(get_ticket_returns_the_docs_example) {
    const gt::response t = make_client("").call(ticket_id(1));
    BOOST_TEST(t.ticketid == 1);
    BOOST_TEST(t.tid == "516757");
    BOOST_TEST(t.subject == "This is a sample ticket");
    BOOST_TEST(t.replies.size() == 3u);
    BOOST_TEST(t.notes.size() == 1u);
}

BOOST_AUTO_TEST_CASE(ticketnum_and_sort_order_reach_the_server) {
    gt::request r;
    r.ticketnum = "516757";
    r.repliessort = gt::replies_sort::desc;
    const gt::response t = make_client("").call(r);
    BOOST_TEST_REQUIRE(t.replies.size() == 3u);
    BOOST_TEST(*t.replies.front().replyid == 2);  // the fake server reverses for DESC
}

BOOST_AUTO_TEST_CASE(ticket_not_found_is_an_api_error_with_status_200) {
    const auto e = expect_error<whmcs::api_error>([] { make_client("").call(ticket_id(404)); });
    BOOST_TEST(e.message() == "Ticket ID Not Found");
    BOOST_TEST(e.http_status() == 200);
}

BOOST_AUTO_TEST_CASE(http_403_from_the_ip_allow_list_keeps_status_and_message) {
    const auto e =
        expect_error<whmcs::api_error>([] { make_client("/ipblocked").call(ticket_id(1)); });
    BOOST_TEST(e.http_status() == 403);
    BOOST_TEST(e.message() == "Invalid IP 203.0.113.5");
}

BOOST_AUTO_TEST_CASE(wrong_credentials_are_refused_without_echoing_them) {
    const auto e = expect_error<whmcs::api_error>(
        [] { make_client("", {}, "wrong-secret").call(ticket_id(1)); });
    BOOST_TEST(e.http_status() == 403);
    BOOST_TEST(e.message() == "Authentication Failed");
}

BOOST_AUTO_TEST_CASE(an_access_key_is_sent_with_the_credentials) {
    auto creds = whmcs::credentials::api(identifier, secret);
    creds.set_access_key("test-accesskey");
    const whmcs::client good(base_url() + "/includes/api.php", creds,
                             std::make_shared<whmcs::curl_transport>());
    BOOST_TEST(good.call(ticket_id(1)).ticketid == 1);
    creds.set_access_key("wrong-key");
    const whmcs::client bad(base_url() + "/includes/api.php", creds,
                            std::make_shared<whmcs::curl_transport>());
    BOOST_TEST(expect_error<whmcs::api_error>([&] { bad.call(ticket_id(1)); }).http_status() ==
               403);
}

BOOST_AUTO_TEST_CASE(an_html_page_is_a_decode_error) {
    const auto e =
        expect_error<whmcs::decode_error>([] { make_client("/html").call(ticket_id(1)); });
    BOOST_TEST(e.code() == whmcs::decode_errc::not_json);
    BOOST_TEST(std::string(e.what()).find("an HTML page") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_reply_slower_than_the_timeout_is_a_transport_error) {
    whmcs::curl_options o;
    o.total_timeout = 1s;
    const auto started = std::chrono::steady_clock::now();
    const auto e =
        expect_error<whmcs::transport_error>([&] { make_client("/slow", o).call(ticket_id(1)); });
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    BOOST_TEST(std::string(e.what()).find("timed out") != std::string::npos);
    BOOST_TEST(waited.count() < 2900);  // the server answers after 3 s
}

BOOST_AUTO_TEST_CASE(refused_connections_are_transport_errors) {
    // Port 1 on loopback: nothing listens there in a test environment.
    const whmcs::client c("http://127.0.0.1:1/includes/api.php",
                          whmcs::credentials::api(identifier, secret),
                          std::make_shared<whmcs::curl_transport>());
    const auto e = expect_error<whmcs::transport_error>([&] { c.call(ticket_id(1)); });
    BOOST_TEST(std::string(e.what()).find("http://127.0.0.1:1/includes/api.php") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(tricky_values_reach_the_server_as_one_parameter_each) {
    echo::request r;
    r.ticketnum = "1&action=DeleteTicket";
    r.subject = "a+b = 100% \"sure\"\r\nnext line caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC";
    const echo::response answer = make_client("/echo").call(r);
    BOOST_TEST(answer.params.at("ticketnum") == *r.ticketnum);
    BOOST_TEST(answer.params.at("subject") == *r.subject);
    BOOST_TEST(answer.params.at("action") == "GetTicket");
    BOOST_TEST(answer.params.at("responsetype") == "json");
    BOOST_TEST(answer.params.size() == 4u);  // credentials are left out by the server
}

BOOST_AUTO_TEST_CASE(the_user_agent_names_the_library_and_version) {
    echo::request r;
    r.ticketnum = "1";
    BOOST_TEST(make_client("/echo").call(r).user_agent == "whmcs-bind/" WHMCS_BIND_VERSION_STRING);
}

BOOST_AUTO_TEST_CASE(tls_certificates_are_verified_by_default) {
    const std::string tls_port = read_port("tls_port");
    if (tls_port.empty()) {
        BOOST_TEST_MESSAGE("no HTTPS endpoint (openssl missing): skipped");
        return;
    }
    const std::string url = "https://127.0.0.1:" + tls_port + "/includes/api.php";
    const auto creds = whmcs::credentials::api(identifier, secret);
    const whmcs::client strict(url, creds, std::make_shared<whmcs::curl_transport>());
    expect_error<whmcs::transport_error>([&] { strict.call(ticket_id(1)); });

    whmcs::curl_options trusting;
    trusting.ca_file = state_file("cert.pem");
    BOOST_TEST(whmcs::client(url, creds, std::make_shared<whmcs::curl_transport>(trusting))
                   .call(ticket_id(1))
                   .ticketid == 1);

    whmcs::curl_options insecure;
    insecure.insecure_disable_tls_verification = true;
    BOOST_TEST(whmcs::client(url, creds, std::make_shared<whmcs::curl_transport>(insecure))
                   .call(ticket_id(1))
                   .ticketid == 1);
}

BOOST_AUTO_TEST_SUITE_END()

// The libcurl transport's safe defaults: TLS verification on unless turned
// off by a flag that says what it does, no redirects, and failures that show
// neither the URL's user information and query nor the request body.
// (tests/client/test_client_curl.cpp checks verification against a real TLS
// endpoint.)

#define BOOST_TEST_MODULE transport_safety
#include <boost/test/unit_test.hpp>

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/client.hpp>
#include <whmcs/transport/curl.hpp>

#include <memory>
#include <string>

namespace {

const std::string secret = "SECRET-f0e1d2c3b4a59687";
const std::string access_key = "AKEY-13579bdf02468ace";

}  // namespace

BOOST_AUTO_TEST_CASE(tls_verification_is_on_by_default_and_off_only_by_an_explicit_flag) {
    const whmcs::curl_options defaults;
    BOOST_TEST(!defaults.insecure_disable_tls_verification);
    BOOST_TEST(defaults.ca_file.empty());  // the system's trust store
    BOOST_TEST(whmcs::curl_transport().options().insecure_disable_tls_verification == false);
}

BOOST_AUTO_TEST_CASE(a_failed_post_shows_neither_credentials_in_the_url_nor_the_body) {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const std::string url =
        "http://user:" + secret + "@127.0.0.1:1/includes/api.php?accesskey=" + access_key;
    whmcs::curl_transport transport;
    try {
        (void)transport.post(url, "identifier=x&secret=" + secret + "&accesskey=" + access_key);
        BOOST_FAIL("no transport_error");
    } catch (const whmcs::transport_error& e) {
        const std::string what = e.what();
        BOOST_TEST(what.find(secret) == std::string::npos, what);
        BOOST_TEST(what.find(access_key) == std::string::npos, what);
        BOOST_TEST(what.find("127.0.0.1:1/includes/api.php") != std::string::npos, what);
    }
}

BOOST_AUTO_TEST_CASE(a_client_over_curl_fails_without_showing_its_credentials) {
    auto creds = whmcs::credentials::api("IDENT-0a1b2c3d4e5f", secret);
    creds.set_access_key(access_key);
    const whmcs::client api("https://127.0.0.1:1/includes/api.php", creds,
                            std::make_shared<whmcs::curl_transport>());
    whmcs::api::get_ticket::request r;
    r.ticketid = 1;
    try {
        (void)api.call(r);
        BOOST_FAIL("no transport_error");
    } catch (const whmcs::transport_error& e) {
        const std::string what = e.what();
        BOOST_TEST(what.find(secret) == std::string::npos, what);
        BOOST_TEST(what.find(access_key) == std::string::npos, what);
        BOOST_TEST(what.find("IDENT-0a1b2c3d4e5f") == std::string::npos, what);
    }
}

// whmcs::credentials: the two schemes, and that no value ever shows.
#define BOOST_TEST_MODULE credentials
#include <boost/test/unit_test.hpp>

#include "test_requests.hpp"

#include <whmcs/credentials.hpp>
#include <whmcs/form/encode.hpp>

#include <sstream>
#include <string>

namespace {

const std::string secret = "TopSecret-9f8e7d";

bool has_no_secret(const whmcs::error& e) {
    const std::string what = e.what();
    BOOST_TEST(what.find(secret) == std::string::npos);
    return true;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(credentials)

BOOST_AUTO_TEST_CASE(printing_shows_placeholders_not_values) {
    auto c = whmcs::credentials::api("my-identifier", secret);
    c.set_access_key("my-access-key");
    std::ostringstream out;
    out << c;
    BOOST_TEST(out.str() ==
               "whmcs::credentials{api_key, identifier=<redacted>, secret=<redacted>, "
               "accesskey=<redacted>}");
}

BOOST_AUTO_TEST_CASE(admin_digest_must_be_32_hex_digits_and_is_not_quoted) {
    BOOST_CHECK_EXCEPTION(whmcs::credentials::admin_md5("admin", secret), whmcs::request_error,
                          has_no_secret);
    const std::string almost = "zz" + std::string(30, 'a');
    BOOST_CHECK_EXCEPTION(whmcs::credentials::admin_md5("admin", almost), whmcs::request_error,
                          [&](const whmcs::request_error& e) {
                              return std::string(e.what()).find(almost) == std::string::npos;
                          });
}

BOOST_AUTO_TEST_CASE(empty_values_are_rejected) {
    BOOST_CHECK_THROW(whmcs::credentials::api("", secret), whmcs::request_error);
    BOOST_CHECK_THROW(whmcs::credentials::api("id", ""), whmcs::request_error);
    BOOST_CHECK_THROW(whmcs::credentials::admin_md5("", std::string(32, 'a')),
                      whmcs::request_error);
}

BOOST_AUTO_TEST_CASE(removing_the_access_key) {
    auto c = whmcs::credentials::api("id", secret);
    c.set_access_key("k");
    BOOST_TEST(c.has_access_key());
    c.set_access_key("");
    BOOST_TEST(!c.has_access_key());
}

BOOST_AUTO_TEST_CASE(request_errors_do_not_contain_the_secret) {
    const auto c = whmcs::credentials::api("id", secret);
    BOOST_CHECK_EXCEPTION(whmcs::form::encode(test_api::get_ticket{}, c), whmcs::request_error,
                          has_no_secret);
    test_api::get_ticket bad;
    bad.ticketnum = secret + "\xFF";  // even a value equal to the secret is not quoted
    BOOST_CHECK_EXCEPTION(whmcs::form::encode(bad, c), whmcs::request_error, has_no_secret);
}

BOOST_AUTO_TEST_CASE(a_secret_that_is_not_utf8_is_rejected_without_quoting_it) {
    const auto c = whmcs::credentials::api("id", secret + "\xC0");
    test_api::get_ticket r;
    r.ticketid = 1;
    BOOST_CHECK_EXCEPTION(whmcs::form::encode(r, c), whmcs::request_error,
                          [](const whmcs::request_error& e) {
                              BOOST_TEST(std::string(e.what()) ==
                                         "GetTicket request: credential secret is not valid UTF-8");
                              return has_no_secret(e);
                          });
}

BOOST_AUTO_TEST_SUITE_END()

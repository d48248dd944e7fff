// whmcs::form::encode: request structs as PHP http_build_query bodies.
#define BOOST_TEST_MODULE form_encode
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "parse_form.hpp"
#include "test_requests.hpp"

#include <whmcs/credentials.hpp>
#include <whmcs/form/encode.hpp>

#include <ostream>
#include <string>

namespace bdata = boost::unit_test::data;
using test_api::get_ticket;

namespace {

struct escape_case {
    const char* value;
    const char* encoded;
    friend std::ostream& operator<<(std::ostream& os, const escape_case& c) {
        return os << c.encoded;
    }
};

const escape_case escape_cases[] = {
    {"plain-text_1.0", "plain-text_1.0"},  // unreserved bytes stay
    {"a b", "a+b"},                        // RFC 1738: space as '+'
    {"a+b", "a%2Bb"},
    {"a&b", "a%26b"},
    {"a=b", "a%3Db"},
    {"100%", "100%25"},
    {"line\r\nnext", "line%0D%0Anext"},
    {"tab\there", "tab%09here"},
    {"~*'()!", "%7E%2A%27%28%29%21"},  // PHP's urlencode leaves only - _ . alone
    {"[0]/?#", "%5B0%5D%2F%3F%23"},
    {"caf\xC3\xA9", "caf%C3%A9"},                        // é
    {"\xE6\x97\xA5\xE6\x9C\xAC", "%E6%97%A5%E6%9C%AC"},  // 日本
    {"\xF0\x9F\x8E\xAB", "%F0%9F%8E%AB"},                // 🎫
    {"", ""},
};

get_ticket by_number(const std::string& ticketnum) {
    get_ticket r;
    r.ticketnum = ticketnum;
    return r;
}

const auto api_creds = whmcs::credentials::api("ID-123", "s3cr3t value&x");

}  // namespace

BOOST_AUTO_TEST_SUITE(form_encode)

BOOST_AUTO_TEST_CASE(encodes_parameters_then_action_and_responsetype) {
    get_ticket r;
    r.ticketid = 1;
    BOOST_TEST(whmcs::form::encode(r) == "ticketid=1&action=GetTicket&responsetype=json");
}

BOOST_AUTO_TEST_CASE(appends_api_credentials_last) {
    get_ticket r;
    r.ticketid = 1;
    BOOST_TEST(
        whmcs::form::encode(r, api_creds) ==
        "ticketid=1&action=GetTicket&responsetype=json&identifier=ID-123&secret=s3cr3t+value%26x");
}

BOOST_AUTO_TEST_CASE(appends_admin_username_md5_and_accesskey) {
    auto creds = whmcs::credentials::admin_md5("admin", "5F4DCC3B5AA765D61D8327DEB882CF99");
    creds.set_access_key("key/1");
    get_ticket r;
    r.ticketid = 7;
    BOOST_TEST(whmcs::form::encode(r, creds) ==
               "ticketid=7&action=GetTicket&responsetype=json&username=admin"
               "&password=5f4dcc3b5aa765d61d8327deb882cf99&accesskey=key%2F1");
}

BOOST_DATA_TEST_CASE(escapes_values_like_php_urlencode, bdata::make(escape_cases), c) {
    BOOST_TEST(whmcs::form::encode(by_number(c.value)) ==
               std::string("ticketnum=") + c.encoded + "&action=GetTicket&responsetype=json");
}

BOOST_DATA_TEST_CASE(values_parse_back_unchanged, bdata::make(escape_cases), c) {
    const auto fields = test_form::parse_form(whmcs::form::encode(by_number(c.value), api_creds));
    BOOST_TEST(test_form::value(fields, "ticketnum") == c.value);
    BOOST_TEST(test_form::value(fields, "secret") == "s3cr3t value&x");
}

BOOST_AUTO_TEST_CASE(a_value_cannot_inject_another_parameter) {
    const std::string body = whmcs::form::encode(by_number("1&action=DeleteTicket"), api_creds);
    BOOST_TEST(body.find("1%26action%3DDeleteTicket") != std::string::npos);
    const auto fields = test_form::parse_form(body);
    BOOST_TEST(fields.size() == 5u);
    BOOST_TEST(test_form::value(fields, "ticketnum") == "1&action=DeleteTicket");
    BOOST_TEST(test_form::value(fields, "action") == "GetTicket");
}

BOOST_AUTO_TEST_CASE(leaves_out_unset_optionals) {
    get_ticket r;
    r.ticketnum = "516757";
    BOOST_TEST(whmcs::form::encode(r) == "ticketnum=516757&action=GetTicket&responsetype=json");
}

BOOST_AUTO_TEST_CASE(writes_enums_by_wire_value) {
    get_ticket r;
    r.ticketid = 1;
    r.repliessort = test_api::replies_sort::desc;
    BOOST_TEST(whmcs::form::encode(r) ==
               "ticketid=1&repliessort=DESC&action=GetTicket&responsetype=json");
}

BOOST_AUTO_TEST_CASE(rejects_an_enum_value_outside_its_enumerators) {
    get_ticket r;
    r.ticketid = 1;
    r.repliessort = static_cast<test_api::replies_sort>(7);
    BOOST_CHECK_EXCEPTION(whmcs::form::encode(r), whmcs::request_error,
                          [](const whmcs::request_error& e) {
                              const std::string what = e.what();
                              BOOST_TEST(what.find("repliessort") != std::string::npos);
                              BOOST_TEST(what.find("ASC, DESC") != std::string::npos);
                              return true;
                          });
}

BOOST_AUTO_TEST_CASE(writes_every_kind_of_parameter) {
    test_api::every_param p{};
    p.text = "x y";
    p.yes = true;
    p.no = false;
    p.small = -42;
    p.big = 7858259149;
    p.unsigned_big = 18446744073709551615u;
    whmcs::decimal::parse("15.95", p.amount);
    whmcs::date::parse("2016-01-01", p.due);
    whmcs::datetime::parse("2016-01-01 06:26:29", p.when);
    p.tags = {"a", "b c"};
    p.customfields = {{"1", "one"}, {"two words", "2"}};
    p.items = {{"Hosting", {}}, {"Domain", {}}};
    whmcs::decimal::parse("-1.00", p.items[1].amount);
    p.renamed = "r";
    BOOST_TEST(whmcs::form::encode(p) ==
               "text=x+y&yes=1&no=0&small=-42&big=7858259149&unsigned_big=18446744073709551615"
               "&amount=15.95&due=2016-01-01&when=2016-01-01+06%3A26%3A29"
               "&tags%5B0%5D=a&tags%5B1%5D=b+c"
               "&customfields%5B1%5D=one&customfields%5Btwo+words%5D=2"
               "&items%5B0%5D%5Bdescription%5D=Hosting&items%5B0%5D%5Bamount%5D=0"
               "&items%5B1%5D%5Bdescription%5D=Domain&items%5B1%5D%5Bamount%5D=-1.00"
               "&re+named%5B%5D=r&action=AddThing&responsetype=json");
}

BOOST_AUTO_TEST_CASE(nested_keys_parse_back_as_php_array_keys) {
    test_api::every_param p{};
    p.items = {{"a&b=c", {}}};
    const auto fields = test_form::parse_form(whmcs::form::encode(p));
    BOOST_TEST(test_form::value(fields, "items[0][description]") == "a&b=c");
}

BOOST_AUTO_TEST_CASE(at_least_one_constraint_is_checked_before_encoding) {
    BOOST_CHECK_EXCEPTION(
        whmcs::form::encode(get_ticket{}, api_creds), whmcs::request_error,
        [](const whmcs::request_error& e) {
            const std::string what = e.what();
            BOOST_TEST(what.find("GetTicket request") != std::string::npos);
            BOOST_TEST(what.find("either ticketid or ticketnum is required") != std::string::npos);
            BOOST_TEST(what.find("at least one of ticketid, ticketnum") != std::string::npos);
            return true;
        });
}

BOOST_AUTO_TEST_CASE(exactly_one_constraint_rejects_none_and_two) {
    test_api::pick_one p;
    BOOST_CHECK_THROW(whmcs::form::encode(p), whmcs::request_error);
    p.clientid = 3;
    p.email = "a@example.com";
    BOOST_CHECK_EXCEPTION(
        whmcs::form::encode(p), whmcs::request_error, [](const whmcs::request_error& e) {
            const std::string what = e.what();
            BOOST_TEST(what.find("exactly one of clientid, email, ids") != std::string::npos);
            BOOST_TEST(what.find("2 set") != std::string::npos);
            return true;
        });
}

BOOST_AUTO_TEST_CASE(exactly_one_constraint_counts_a_non_empty_list_as_given) {
    test_api::pick_one p;
    p.ids = {1, 2};
    BOOST_TEST(whmcs::form::encode(p) ==
               "ids%5B0%5D=1&ids%5B1%5D=2&action=PickOne&responsetype=json");
}

BOOST_AUTO_TEST_CASE(rejects_a_string_that_is_not_utf8_naming_the_member) {
    BOOST_CHECK_EXCEPTION(
        whmcs::form::encode(by_number("ab\xC3(")), whmcs::request_error,
        [](const whmcs::request_error& e) {
            BOOST_TEST(std::string(e.what()) == "GetTicket request: ticketnum is not valid UTF-8");
            return true;
        });
}

BOOST_AUTO_TEST_CASE(names_the_path_of_a_nested_bad_value) {
    test_api::every_param p{};
    p.items = {{"ok", {}}, {"bad\xFF", {}}};
    BOOST_CHECK_EXCEPTION(
        whmcs::form::encode(p), whmcs::request_error, [](const whmcs::request_error& e) {
            BOOST_TEST(std::string(e.what()) ==
                       "AddThing request: items[1].description is not valid UTF-8");
            return true;
        });
}

BOOST_AUTO_TEST_SUITE_END()
